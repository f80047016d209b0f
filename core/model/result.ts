/** A value or a readable reason: how every parser in core reports bad input without throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a readable error message (what happened and what to do) as a failure. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}
