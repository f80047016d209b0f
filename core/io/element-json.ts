/**
 * Pretty JSON of a large document assembled from its array elements, each element written once
 * per object: the project of a long source holds thousands of claims, an autosave changes one of
 * them, and checking and writing all of them again took a whole frame budget ten times over.
 * The memo is keyed by element object, so it relies on what the app already relies on (undo
 * history, derived views): a project's claims and sources are values, never changed in place.
 */

/** What an element check gives: the canonical value, or nothing when the element is invalid. */
export type Canonical = (value: unknown) => { ok: true; value: unknown } | { ok: false };

/** Canonical JSON text of elements already written, by element object, one memo per kind. */
export type ElementMemo = WeakMap<object, string>;

/** Indentation of an element of a top-level array in two-space JSON. */
const ELEMENT_INDENT = '    ';

/**
 * One element as `JSON.stringify(canonical, null, 2)` writes it inside a top-level array (every
 * line after the first indented by four spaces), or null when the check refuses it.
 */
export function elementJson(
  element: unknown,
  canonical: Canonical,
  memo: ElementMemo,
): string | null {
  const keyed = typeof element === 'object' && element !== null;
  const known = keyed ? memo.get(element) : undefined;
  if (known !== undefined) return known;
  const checked = canonical(element);
  if (!checked.ok) return null;
  const text = JSON.stringify(checked.value, null, 2).replaceAll('\n', `\n${ELEMENT_INDENT}`);
  if (keyed) memo.set(element, text);
  return text;
}

/**
 * A top-level array as two-space JSON writes it, from its elements' memoised texts; null when
 * an element is invalid (the caller then writes the document the slow, whole way).
 */
export function arrayJson(
  elements: readonly unknown[],
  canonical: Canonical,
  memo: ElementMemo,
): string | null {
  if (elements.length === 0) return '[]';
  const parts: string[] = [];
  for (const element of elements) {
    const text = elementJson(element, canonical, memo);
    if (text === null) return null;
    parts.push(text);
  }
  return `[\n${ELEMENT_INDENT}${parts.join(`,\n${ELEMENT_INDENT}`)}\n  ]`;
}

/**
 * Two-space JSON of `head` with the value of each top-level key in `arrays` replaced by the text
 * given for it, so those keys keep their place in the head's key order.
 */
export function withArrays(head: Record<string, unknown>, arrays: Record<string, string>): string {
  const marked = { ...head };
  for (const key of Object.keys(arrays)) marked[key] = `\u0000${key}\u0000`;
  let text = JSON.stringify(marked, null, 2);
  for (const [key, json] of Object.entries(arrays)) {
    const mark = `\n  ${JSON.stringify(key)}: ${JSON.stringify(`\u0000${key}\u0000`)}`;
    const at = text.indexOf(mark);
    if (at < 0) throw new Error(`withArrays: "${key}" is not a key of the head`);
    text = `${text.slice(0, at)}\n  ${JSON.stringify(key)}: ${json}${text.slice(at + mark.length)}`;
  }
  return text;
}
