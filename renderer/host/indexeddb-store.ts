/**
 * The web build's project storage: serialised project text in IndexedDB. Storing the text (not a
 * structured clone) means a stored project goes through the same parser as a file on disk, so a
 * corrupt or newer-version project is caught the same way. What a save replaces is decided by
 * the caller (see project-rotation.ts) inside the same transaction as the write.
 */
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
  write(key: string, text: string): Promise<void>;
  /** Reads `key` and writes what `plan` returns in one transaction: old and new, never half. */
  update(key: string, plan: UpdatePlan): Promise<void>;
  /** Keys starting with `prefix`, in key order. */
  keys(prefix: string): Promise<string[]>;
  remove(key: string): Promise<void>;
}

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
  return {
    async read(key) {
      const transaction = (await db()).transaction(STORE, 'readonly');
      const request = transaction.objectStore(STORE).get(key);
      await settle(transaction);
      const value: unknown = request.result;
      return typeof value === 'string' ? value : null;
    },
    async write(key, text) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).put(text, key);
      await settle(transaction);
    },
    async update(key, plan) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const current = store.get(key);
      const outcome: { refused?: Error } = {};
      current.onsuccess = () => {
        const value: unknown = current.result;
        const entries = plan(typeof value === 'string' ? value : null);
        if (entries instanceof Error) {
          outcome.refused = entries;
          return;
        }
        for (const [name, text] of Object.entries(entries)) store.put(text, name);
      };
      await settle(transaction);
      if (outcome.refused) throw outcome.refused;
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
    },
  };
}
