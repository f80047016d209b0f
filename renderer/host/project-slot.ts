import type { ProjectLoad } from './host';
import { BACKUP_KEY, PROJECT_KEY, type TextStore } from './indexeddb-store';
import { projectFormat, type ProjectFormat } from './lazy-formats';

/** Where kept-aside projects live: `default.kept.<time>.<why>`, never written over. */
export const KEPT_PREFIX = 'default.kept.';
/** How many replaced (readable) projects are kept; unreadable ones are never removed. */
export const KEPT_PREVIOUS = 5;

const LOCATION = 'this browser (IndexedDB)';

export interface SlotOptions {
  /** Asks the analyst a yes/no question (window.confirm in the app). */
  ask: (question: string) => Promise<boolean>;
  /** The current time as ISO 8601 (a parameter so tests can name keys). */
  now?: () => string;
}

/**
 * The browser's one project slot, guarded so that nothing it could not read is ever lost. A
 * damaged or newer-version project is copied, bytes untouched, to a key of its own the analyst
 * is told; New and Open ask before replacing such a project and keep a readable one aside too;
 * the backup only ever receives a readable copy, so rotating it never drops the last good one.
 * A save also checks that the slot still holds what this tab last saw, so a write made by
 * another tab is never silently replaced (the tab lock makes that rare; this makes it safe).
 */
export interface ProjectSlot {
  load(): Promise<ProjectLoad>;
  /**
   * Writes `text` as the project; the replaced text goes to the backup or, if unreadable, aside.
   * `pieces`, when given, are the text's own pieces in order, which the store sends on as they
   * are instead of copying the text into one string (see makeBlob).
   */
  save(text: string, pieces?: readonly string[]): Promise<void>;
  /**
   * Before New or Open replaces the project: keeps the current one aside (asking first when it
   * could not be read). A phrase naming where it is kept ('' for an empty slot), or null when
   * the analyst cancels.
   */
  prepareReplace(what: string): Promise<string | null>;
}

type Why = 'unreadable' | 'previous';

/** Another tab (or window) wrote the slot since this tab last looked: never write over that. */
function changedElsewhere(): Error {
  return new Error(
    'The project was changed in another tab since this tab read it, so nothing was saved over it. Reload this tab to continue from the latest version (export your work as JSON first to keep it).',
  );
}

export function createProjectSlot(store: TextStore, options: SlotOptions): ProjectSlot {
  const now = options.now ?? (() => new Date().toISOString());
  /** The text this tab last read or wrote in the slot, known to be readable. */
  let good: string | null = null;
  /** What this tab last saw in the slot (null: empty); undefined before it first looked. */
  let seen: string | null | undefined;
  /** Texts already kept aside, with their key, so a reload does not keep them twice. */
  const kept = new Map<string, string>();
  const readable = (text: string, format: ProjectFormat) =>
    text === good || format.parseProject(text).ok;
  const keyFor = (why: Why) => `${KEPT_PREFIX}${now()}.${why}`;

  async function keptKeyOf(text: string): Promise<string | null> {
    const known = kept.get(text);
    if (known) return known;
    for (const key of await store.keys(KEPT_PREFIX)) {
      if ((await store.read(key)) === text) {
        kept.set(text, key);
        return key;
      }
    }
    return null;
  }

  async function keepAside(text: string, why: Why): Promise<string> {
    const existing = await keptKeyOf(text);
    if (existing) return existing;
    const key = keyFor(why);
    await store.write(key, text);
    kept.set(text, key);
    if (why === 'previous') {
      const previous = (await store.keys(KEPT_PREFIX)).filter((k) => k.endsWith('.previous'));
      for (const old of previous.slice(0, Math.max(0, previous.length - KEPT_PREVIOUS)))
        await store.remove(old);
    }
    return key;
  }

  return {
    async load() {
      const { parseProject } = await projectFormat();
      let text: string | null;
      try {
        text = await store.read(PROJECT_KEY);
      } catch (error) {
        return {
          status: 'error',
          error: `The browser storage could not be read (${String(error)}).`,
          location: LOCATION,
        };
      }
      seen = text;
      if (text === null) return { status: 'none', location: LOCATION };
      const parsed = parseProject(text);
      if (parsed.ok) {
        good = text;
        return { status: 'loaded', project: parsed.value, location: LOCATION };
      }
      const key = await keepAside(text, 'unreadable');
      return {
        status: 'error',
        error: `${parsed.error} Its bytes are kept unchanged in this browser under "${key}".`,
        location: LOCATION,
      };
    },

    async save(text, pieces) {
      const format = await projectFormat();
      await store.prepare(text, pieces);
      await store.update(PROJECT_KEY, (current) => {
        if (seen !== undefined && current !== seen && current !== text) return changedElsewhere();
        const entries: Record<string, string> = { [PROJECT_KEY]: text };
        if (current === null || current === text) return entries;
        if (readable(current, format)) entries[BACKUP_KEY] = current;
        else if (!kept.has(current)) {
          const key = keyFor('unreadable');
          entries[key] = current;
          kept.set(current, key);
        }
        return entries;
      });
      good = text;
      seen = text;
    },

    async prepareReplace(what) {
      const format = await projectFormat();
      const text = await store.read(PROJECT_KEY);
      if (seen !== undefined && text !== seen) throw changedElsewhere();
      if (text === null) return '';
      if (readable(text, format)) {
        const key = await keepAside(text, 'previous');
        return `the previous project is kept in this browser as "${key}"`;
      }
      const key = await keepAside(text, 'unreadable');
      const go = await options.ask(
        `The project stored in this browser could not be read (damaged, or saved by a newer version). It is kept aside, unchanged, as "${key}" and stays there. ${what} anyway?`,
      );
      return go ? `the project that could not be read stays kept aside as "${key}"` : null;
    },
  };
}
