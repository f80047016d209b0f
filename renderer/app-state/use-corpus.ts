import { useEffect, useState } from 'react';
import type { CorpusListing } from '../../contract/ipc';
import { errorMessage } from '../components/error-message';
import type { Host } from '../host/host';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; listing: CorpusListing }
  | { status: 'failed'; error: string };

/** The shipped corpus, loaded once per host; a failure is kept as a readable message. */
export function useCorpus(host: Host): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    host.loadCorpus().then(
      (listing) => live && setState({ status: 'ready', listing }),
      (error: unknown) => live && setState({ status: 'failed', error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [host]);
  return state;
}
