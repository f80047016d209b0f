/**
 * The web build's project storage: serialised project text in IndexedDB. Storing the text (not a
 * structured clone) means a stored project goes through the same parser as a file on disk, so a
 * corrupt or newer-version project is caught the same way. Each save first copies the previous
 * good text to a backup key.
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

export interface TextStore {
  read(key: string): Promise<string | null>;
  write(key: string, text: string): Promise<void>;
  /** Writes `text` under `key`, after copying the current value of `key` to `backupKey`. */
  writeWithBackup(key: string, backupKey: string, text: string): Promise<void>;
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
    async writeWithBackup(key, backupKey, text) {
      const transaction = (await db()).transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const current = store.get(key);
      current.onsuccess = () => {
        if (typeof current.result === 'string') store.put(current.result, backupKey);
        store.put(text, key);
      };
      await settle(transaction);
    },
  };
}
