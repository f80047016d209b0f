import { extractSuggestions } from '../../core/extract';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';

/** A request: which source to read (`key` is echoed back to match the reply). */
export interface SuggestRequest {
  key: number;
  source: Source;
}

/** The reply: the suggestions found in that source. */
export interface SuggestReply {
  key: number;
  suggestions: Suggestion[];
}

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void;
  postMessage(message: SuggestReply): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Finds the suggestions of a large source off the UI thread (the same core extractor): on a 1 MB
 * text it takes a few hundred ms, which would otherwise hold up the first paint of the text.
 */
scope.addEventListener('message', (event) => {
  const { key, source } = event.data;
  scope.postMessage({ key, suggestions: extractSuggestions(source) });
});
