import type { TextStore } from '../../../renderer/host/indexeddb-store';

/** A TextStore in a Map, with IndexedDB's contract (update is all-or-nothing), for host tests. */
export function memoryStore(initial: Record<string, string> = {}): TextStore & {
  entries: Map<string, string>;
} {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    read: (key) => Promise.resolve(entries.get(key) ?? null),
    prepare: () => Promise.resolve(),
    write: (key, text) => {
      entries.set(key, text);
      return Promise.resolve();
    },
    update: (key, plan) => {
      const planned = plan(entries.get(key) ?? null);
      if (planned instanceof Error) return Promise.reject(planned);
      for (const [name, text] of Object.entries(planned)) entries.set(name, text);
      return Promise.resolve();
    },
    keys: (prefix) =>
      Promise.resolve([...entries.keys()].filter((key) => key.startsWith(prefix)).sort()),
    remove: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}
