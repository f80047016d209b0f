/**
 * Orders two strings by UTF-16 code units, the same on every machine. For identifiers, paths and
 * type codes: `localeCompare` would make the order depend on the analyst's locale, and its first
 * call loads the ICU collator (tens of milliseconds on the page's opening path).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
