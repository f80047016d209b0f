/**
 * A lookup table keyed by words from the text, with no prototype: `'constructor' in table` and
 * `table['toString']` must not find Object's own members, or an article mentioning a
 * "constructor" would read as a number. Use it for every table indexed by input words.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
