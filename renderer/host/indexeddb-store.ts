/**
 * The web build's project storage: serialised project text in IndexedDB. Storing the text (not a
 * structured clone) means a stored project goes through the same parser as a file on disk, so a
 * corrupt or newer-version project is caught the same way. What a save replaces is decided by
 * the caller (see project-slot.ts) inside the same transaction as the write.
 *
 * Each text is written as a small record, a random stamp and the text as a Blob (StoredText), not
 * as a string: reading a 17 MB string back out of IndexedDB took ~240 ms of the page's time on
 * every save (the read that checks what the save replaces), and writing it and its backup as
 * strings ~160 ms more. A record is read without its text; when its stamp is the one this store
 * last wrote or read, the text is already known, and a backup of it is the same record put under
 * another key (the Blob is not copied). A new text's Blob is made in a worker (blob-maker.ts):
 * turning 17 MB into UTF-8 took 90-270 ms of the page's time. Plain strings, as earlier versions
 * and other writers leave them, are still read.
 */
import { blobHere, makeBlob } from './blob-maker';

const DATABASE = 'corroborate';
const STORE = 'projects';

export const PROJECT_KEY = 'default';
export const BACKUP_KEY = 'default.backup';
export const HISTORY_KEY = 'default.history';

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () =>
      reject(new Error('IndexedDB is blocked by another Corroborate tab. Close the other tab.'));
  });
}

function settle(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('IndexedDB write was aborted (storage full?)'));
  });
}

/**
 * What to write once the current value of a key is known: entries to put (all in the same
 * transaction), or an Error to write nothing and reject with.
 */
export type UpdatePlan = (current: string | null) => Record<string, string> | Error;

export interface TextStore {
  read(key: string): Promise<string | null>;
  /**
   * Makes the stored form of a text about to be written by `update` (whose plan names it only
   * inside the transaction), off the page's thread where it can; a no-op where there is nothing
   * to make. `pieces`, when given, are the text's own pieces in order (see makeBlob). `write`
   * does this itself.
   */
  prepare(text: string, pieces?: readonly string[]): Promise<void>;
  /** Writes `text` under `key`; `pieces` as for prepare. */
  write(key: string, text: string, pieces?: readonly string[]): Promise<void>;
  /** Reads `key` and writes what `plan` returns in one transaction: old and new, never half. */
  update(key: string, plan: UpdatePlan): Promise<void>;
  /** Keys starting with `prefix`, in key order. */
  keys(prefix: string): Promise<string[]>;
  remove(key: string): Promise<void>;
}

/** A text as this store writes it: a stamp that changes with every write, and the text. */
interface StoredText {
  stamp: string;
  text: Blob;
}

function isStoredText(value: unknown): value is StoredText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredText).stamp === 'string' &&
    (value as StoredText).text instanceof Blob
  );
}

/**
 * What one attempt of update returns when the current record's text is not known: it is read
 * outside the transaction (a Blob cannot be read inside one) and the update starts again.
 */
class NeedsText {
  constructor(readonly record: StoredText) {}
}

/** How many times update re-reads a record another tab keeps replacing before it gives up. */
const UPDATE_ATTEMPTS = 4;

/** Texts whose Blobs prepare holds at once (see `prepared`). */
const PREPARED_AT_MOST = 3;

/** A TextStore over IndexedDB; one transaction per write, so a crash leaves old or new, never half. */
export function indexedDbStore(factory: IDBFactory = indexedDB): TextStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () =>
    (database ??= openDatabase(factory).then((opened) => {
      // Another tab upgrading or deleting the database must not be blocked by this one.
      opened.onversionchange = () => {
        opened.close();
        database = null;
      };
      return opened;
    }));
  /** Per key, the record this store last wrote or read there and its text (update's keys only). */
  const known = new Map<string, { stamp: string; text: string }>();
  /** Keys update has been used on: their texts are kept in `known`, others are not held. */
  const updated = new Set<string>([PROJECT_KEY]);
  /**
   * Blobs made ahead (prepare) for texts about to be written, until they are. Two saves can be
   * in flight (the one after opening and the first tag's): with one slot, the second's Blob
   * replaced the first's and each made its 5 MB Blob again in its transaction, 80-120 ms a task.
   * A list compared with ===, not a map keyed by the texts: hashing a 5 MB text (and flattening
   * it first) took ~65 ms of the page's thread.
   */
  const prepared: { text: string; blob: Blob }[] = [];

  async function prepare(text: string, pieces?: readonly string[]): Promise<void> {
    const blob = await makeBlob(text, pieces);
    // The oldest go first: a text superseded before it was written is not held on to for ever.
    if (prepared.length >= PREPARED_AT_MOST) prepared.shift();
    prepared.push({ text, blob });
  }

  /** The Blob made ahead for `text` (it is the same string object, so === is instant). */
  function preparedBlob(text: string): Blob | undefined {
    return prepared.find((entry) => entry.text === text)?.blob;
  }

  /** Forgets the Blob made ahead for a text once it is written. */
  function forgetPrepared(text: string): void {
    const index = prepared.findIndex((entry) => entry.text === text);
    if (index >= 0) prepared.splice(index, 1);
  }

  /** A new record for `text`, with the Blob made ahead for it when there is one. */
  function storedText(text: string): StoredText {
    return { stamp: crypto.randomUUID(), text: preparedBlob(text) ?? blobHere(text) };
  }

  /** The text of a stored value; null for none (or a value that is not a text). */
  async function textOf(key: string, value: unknown): Promise<string | null> {
    if (typeof value === 'string') return value;
    if (!isStoredText(value)) return null;
    const cached = known.get(key);
    if (cached?.stamp === value.stamp) return cached.text;
    const text = await value.text.text();
    if (updated.has(key)) known.set(key, { stamp: value.stamp, text });
    return text;
  }

  /** The current text of a value read inside update's transaction, if it is known without reading. */
  function currentText(key: string, value: unknown): string | null | NeedsText {
    if (typeof value === 'string') return value;
    if (!isStoredText(value)) return null;
    const cached = known.get(key);
    return cached?.stamp === value.stamp ? cached.text : new NeedsText(value);
  }

  async function updateOnce(key: string, plan: UpdatePlan): Promise<NeedsText | null> {
    const transaction = (await db()).transaction(STORE, 'readwrite');
    const store = transaction.objectStore(STORE);
    const request = store.get(key);
    const outcome: { refused?: Error; needs?: NeedsText } = {};
    const written = new Map<string, { stamp: string; text: string }>();
    request.onsuccess = () => {
      const value: unknown = request.result;
      const current = currentText(key, value);
      if (current instanceof NeedsText) {
        outcome.needs = current;
        return; // nothing is written: the text is read outside and the update starts again
      }
      const entries = plan(current);
      if (entries instanceof Error) {
        outcome.refused = entries;
        return;
      }
      for (const [name, text] of Object.entries(entries)) {
        // The current text written again (the backup) is the same record: no copy of its Blob.
        const record = text === current && isStoredText(value) ? value : storedText(text);
        store.put(record, name);
        written.set(name, { stamp: record.stamp, text });
      }
    };
    await settle(transaction);
    if (outcome.refused) throw outcome.refused;
    if (outcome.needs) return outcome.needs;
    for (const [name, entry] of written) {
      forgetPrepared(entry.text);
      if (updated.has(name)) known.set(name, entry);
      else known.delete(name);
    }
    return null;
  }

  return {
    async read(key) {
      const transaction = (await db()).transaction(STORE, 'readonly');
      const request = transaction.objectStore(STORE).get(key);
      await settle(transaction);
      return textOf(key, request.result);
    },
    prepare,
    async write(key, text, pieces) {
      await prepare(text, pieces);
      const record = storedText(text);
      const transaction = (await db()).transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put(record, key);
      await settle(transaction);
      forgetPrepared(text);
      if (updated.has(key)) known.set(key, { stamp: record.stamp, text });
    },
    async update(key, plan) {
      updated.add(key);
      for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt += 1) {
        const needs = await updateOnce(key, plan);
        if (!needs) return;
        // Written by another tab (or before a reload): read its text once, then decide again.
        await textOf(key, needs.record);
      }
      throw new Error(
        'The project kept changing in another tab while this tab was saving, so nothing was saved. Close the other tab, then edit again.',
      );
    },
    async keys(prefix) {
      const transaction = (await db()).transaction(STORE, 'readonly');
      const request = transaction
        .objectStore(STORE)
        .getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
      await settle(transaction);
      return request.result.filter((key): key is string => typeof key === 'string');
    },
    async remove(key) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).delete(key);
      await settle(transaction);
      known.delete(key);
    },
  };
}
