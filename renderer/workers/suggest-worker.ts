import { extractSuggestions } from '../../core/extract';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';

/**
 * A request: which sources to read (`key` is echoed back to match the reply). Many short sources
 * go in one request, so they come back in one reply and the app re-derives once, not per source.
 */
export interface SuggestRequest {
  key: number;
  sources: Source[];
}

/** The reply: the suggestions found in each source of the request, in its order. */
export interface SuggestReply {
  key: number;
  suggestions: Suggestion[][];
}

/** The part of a dedicated worker's global scope used here (the DOM typings describe a window). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SuggestRequest>) => void): void;
  postMessage(message: SuggestReply): void;
}
const scope = self as unknown as WorkerScope;

/**
 * Finds the suggestions of large sources, or of many short ones, off the UI thread (the same core
 * extractor): a 1 MB text, or 200 short reports, take a few hundred ms, which would otherwise
 * hold up the first paint of the text.
 */
scope.addEventListener('message', (event) => {
  const { key, sources } = event.data;
  scope.postMessage({ key, suggestions: sources.map((source) => extractSuggestions(source)) });
});
