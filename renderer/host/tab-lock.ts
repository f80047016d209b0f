/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

/** How long a new tab waits for the lock before asking (a reloading tab releases it by then). */
export const LOCK_WAIT_MS = 1500;

/**
 * One writer per project among the tabs of a browser profile, with the Web Locks API: the tab
 * that holds the lock saves; a second tab asks the analyst whether to take over (stealing the
 * lock, after which the first tab's saves are refused with the reason) or to stay read-only.
 * Nothing is ever decided silently. Trade-off: without Web Locks (very old browsers) every tab
 * may write, and the project slot's check of what it last saw is what stops an overwrite.
 */
export interface TabLock {
  /** Becomes the writer, asking the analyst when another tab is; resolves when decided. */
  claim(ask: (question: string) => Promise<boolean>): Promise<void>;
  /** Why this tab may not write (read-only, or another tab took over), or null when it may. */
  readonly problem: string | null;
}

export function createTabLock(name: string, locks: LockManagerLike | undefined): TabLock {
  let problem: string | null = null;
  let claimed: Promise<void> | null = null;

  /** Requests the lock and holds it for the tab's life; true once held, false if not granted. */
  const hold = (options: { steal?: boolean; signal?: AbortSignal }) =>
    new Promise<boolean>((granted) => {
      if (!locks) return granted(true);
      locks
        .request(name, options, (lock) => {
          granted(lock !== null);
          // Held until the tab closes or another tab takes over (then this request rejects).
          return lock === null ? undefined : new Promise<never>(() => undefined);
        })
        .catch((error: unknown) => {
          granted(false);
          if (error instanceof Error && error.name === 'AbortError' && problem === null)
            problem =
              'Another tab took over this project, so this tab no longer saves. Reload this tab to continue there with the latest version.';
        });
    });

  async function decide(ask: (question: string) => Promise<boolean>): Promise<void> {
    if (await hold({ signal: AbortSignal.timeout(LOCK_WAIT_MS) })) return;
    problem = null;
    const takeOver = await ask(
      'This project is open in another Corroborate tab. Take over editing here? The other tab then stops saving. (Cancel opens it here read-only.)',
    );
    if (takeOver && (await hold({ steal: true }))) return;
    problem =
      'This tab is read-only because the project is open in another tab. Reload this tab and choose to take over to edit here.';
  }

  return {
    claim(ask) {
      claimed ??= decide(ask);
      return claimed;
    },
    get problem() {
      return problem;
    },
  };
}
