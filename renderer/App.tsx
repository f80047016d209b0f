import { useEffect, useState } from 'react';
import type { CorpusListing } from '../electron/ipc/contract';
import type { Host } from './host/host';
import { SourcePane } from './components/SourcePane';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; listing: CorpusListing }
  | { status: 'failed'; error: string };

/** The workspace: the sources side by side. */
export function App({ host }: { host: Host }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    host.loadCorpus().then(
      (listing) => live && setState({ status: 'ready', listing }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Corroborate</span>
        {state.status === 'ready' ? (
          <span className="app-status">{state.listing.sources.length} sources</span>
        ) : null}
      </header>
      {state.status === 'loading' ? <p className="app-message">Loading sources…</p> : null}
      {state.status === 'failed' ? (
        <p className="app-message error" role="alert">
          The sources could not be loaded: {state.error}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          {state.listing.problems.map((problem) => (
            <p key={problem.file} className="app-message error" role="alert">
              {problem.file} was not opened: {problem.error}
            </p>
          ))}
          <main className="panes">
            {state.listing.sources.map((source, index) => (
              <SourcePane key={source.id} source={source} position={index + 1} />
            ))}
          </main>
        </>
      ) : null}
    </div>
  );
}
