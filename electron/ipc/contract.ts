/**
 * The one list of IPC channels between the renderer and the main process: a method map that the
 * preload, the handlers and the renderer's Electron host all type against. Add a channel here
 * first; the compiler then demands its handler and its preload function.
 */
import type { Source } from '../../core/model/source';

export interface CorroborateApi {
  /** The shipped corpus articles, loaded and checked by core in the main process. */
  listCorpus(): Promise<CorpusListing>;
}

/** Sources that loaded, and the files that did not with the reason. */
export interface CorpusListing {
  sources: Source[];
  problems: { file: string; error: string }[];
}

/** Channel name of every method. Names are namespaced so a log line says which part spoke. */
export const channels = {
  listCorpus: 'corpus:list',
} as const satisfies Record<keyof CorroborateApi, string>;

export type ChannelName = (typeof channels)[keyof typeof channels];
