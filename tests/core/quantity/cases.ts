/** Shared expectation builders for the figure tables: [low, high, lowInclusive, highInclusive, approximate]. */
export type Interval = [number | null, number | null, boolean, boolean, boolean];

export const exact = (n: number): Interval => [n, n, true, true, false];
export const atLeast = (n: number): Interval => [n, null, true, false, false];
export const moreThan = (n: number): Interval => [n, null, false, false, false];
export const upTo = (n: number): Interval => [null, n, false, true, false];
export const lessThan = (n: number): Interval => [null, n, false, false, false];
export const about = (low: number, high: number): Interval => [low, high, true, true, true];
export const nearly = (low: number, n: number): Interval => [low, n, true, false, true];
export const justOver = (n: number, high: number): Interval => [n, high, false, true, true];
export const range = (a: number, b: number): Interval => [a, b, true, true, false];
export const vague = (low: number): Interval => [low, null, true, false, true];
