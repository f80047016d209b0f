/**
 * Pretty JSON of a large document assembled from its array elements, each element written once
 * per object: the project of a long source holds thousands of claims, an autosave changes one of
 * them, and checking and writing all of them again took a whole frame budget ten times over.
 * The memo is keyed by element object, so it relies on what the app already relies on (undo
 * history, derived views): a project's claims and sources are values, never changed in place.
 */

/** What an element check gives: the canonical value, or nothing when the element is invalid. */
export type Canonical = (value: unknown) => { ok: true; value: unknown } | { ok: false };

/**
 * What one array's last writing left: each element's text, by element object, and the joined
 * text of each run of ELEMENTS_PER_RUN elements with the elements it was made from, so an array
 * of 20,000 claims with one appended joins one run again, not 17 MB of text.
 */
export interface ElementMemo {
  texts: WeakMap<object, string>;
  runs: { members: readonly unknown[]; text: string }[];
}

/** An empty {@link ElementMemo}. */
export function createElementMemo(): ElementMemo {
  return { texts: new WeakMap(), runs: [] };
}

/** Elements whose texts are joined and kept together (see ElementMemo). */
const ELEMENTS_PER_RUN = 256;

/** Indentation of an element of a top-level array in two-space JSON. */
const ELEMENT_INDENT = '    ';

/**
 * One element as `JSON.stringify(canonical, null, 2)` writes it inside a top-level array (every
 * line after the first indented by four spaces), or null when the check refuses it.
 */
function elementJson(element: unknown, canonical: Canonical, memo: ElementMemo): string | null {
  const keyed = typeof element === 'object' && element !== null;
  const known = keyed ? memo.texts.get(element) : undefined;
  if (known !== undefined) return known;
  const checked = canonical(element);
  if (!checked.ok) return null;
  const text = JSON.stringify(checked.value, null, 2).replaceAll('\n', `\n${ELEMENT_INDENT}`);
  if (keyed) memo.texts.set(element, text);
  return text;
}

/**
 * A top-level array as two-space JSON writes it, from its elements' memoised texts, as pieces
 * (brackets, separators and the runs' joined texts) to be written one after another; null when
 * an element is invalid (the caller then writes the document the slow, whole way).
 */
export function arrayJsonPieces(
  elements: readonly unknown[],
  canonical: Canonical,
  memo: ElementMemo,
): string[] | null {
  if (elements.length === 0) return ['[]'];
  const separator = `,\n${ELEMENT_INDENT}`;
  const pieces = [`[\n${ELEMENT_INDENT}`];
  const runs = Math.ceil(elements.length / ELEMENTS_PER_RUN);
  for (let run = 0; run < runs; run += 1) {
    const members = elements.slice(run * ELEMENTS_PER_RUN, (run + 1) * ELEMENTS_PER_RUN);
    const runText = runJson(members, memo.runs[run], canonical, memo);
    if (runText === null) return null;
    memo.runs[run] = { members, text: runText };
    if (run > 0) pieces.push(separator);
    pieces.push(runText);
  }
  memo.runs.length = runs;
  pieces.push('\n  ]');
  return pieces;
}

/**
 * Pieces as one string, joined with +, which V8 keeps as a rope of the pieces until the string
 * is read through, rather than copying them all into a new string: a copy of a 17 MB project
 * text took ~100-230 ms of a page's thread in Chromium (the store hands the pieces themselves
 * to its worker, see renderer/host/blob-maker.ts).
 */
export function concatenated(pieces: readonly string[]): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}

/**
 * Writes and keeps ahead the joined text of every run of `elements` that {@link arrayJson} would
 * have to join, yielding after each one: the first save of a project just opened joins 17 MB of
 * element texts, ~60 ms in one task. Stops at an invalid element (arrayJson then refuses).
 */
export function* prepareArrayJson(
  elements: readonly unknown[],
  canonical: Canonical,
  memo: ElementMemo,
): Generator<void, void, void> {
  const runs = Math.ceil(elements.length / ELEMENTS_PER_RUN);
  for (let run = 0; run < runs; run += 1) {
    const members = elements.slice(run * ELEMENTS_PER_RUN, (run + 1) * ELEMENTS_PER_RUN);
    const known = memo.runs[run];
    if (known && sameMembers(known.members, members)) continue;
    const text = runJson(members, known, canonical, memo);
    if (text === null) return;
    memo.runs[run] = { members, text };
    yield;
  }
}

function sameMembers(known: readonly unknown[], members: readonly unknown[]): boolean {
  return (
    known.length === members.length && known.every((member, index) => member === members[index])
  );
}

/** One run's joined text: the one kept when its elements are the same objects, else made anew. */
function runJson(
  members: readonly unknown[],
  known: ElementMemo['runs'][number] | undefined,
  canonical: Canonical,
  memo: ElementMemo,
): string | null {
  if (known && sameMembers(known.members, members)) return known.text;
  const parts: string[] = [];
  for (const element of members) {
    const text = elementJson(element, canonical, memo);
    if (text === null) return null;
    parts.push(text);
  }
  return parts.join(`,\n${ELEMENT_INDENT}`);
}

/**
 * Two-space JSON of `head` with the value of each top-level key in `arrays` replaced by the
 * pieces given for it, so those keys keep their place in the head's key order; as pieces.
 */
export function withArrays(
  head: Record<string, unknown>,
  arrays: Record<string, readonly string[]>,
): string[] {
  const marked = { ...head };
  for (const key of Object.keys(arrays)) marked[key] = `\u0000${key}\u0000`;
  const text = JSON.stringify(marked, null, 2);
  const places = Object.entries(arrays).map(([key, pieces]) => {
    const mark = `\n  ${JSON.stringify(key)}: ${JSON.stringify(`\u0000${key}\u0000`)}`;
    const at = text.indexOf(mark);
    if (at < 0) throw new Error(`withArrays: "${key}" is not a key of the head`);
    return { at, end: at + mark.length, opening: `\n  ${JSON.stringify(key)}: `, pieces };
  });
  const out: string[] = [];
  let from = 0;
  for (const place of places.sort((a, b) => a.at - b.at)) {
    out.push(text.slice(from, place.at), place.opening, ...place.pieces);
    from = place.end;
  }
  out.push(text.slice(from));
  return out;
}
