/**
 * Vocabulary shared by the W3C Web Annotation export and import: contexts, IRIs, the
 * Corroborate extension terms and the offset conversion the TextPositionSelector needs.
 */

/** The Web Annotation JSON-LD context; every annotation and collection names it first. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Namespace of Corroborate's extension terms. `.invalid` never resolves (RFC 2606), so the IRI
 * cannot be mistaken for a document to fetch; the terms are described in this file instead.
 */
export const CORROBORATE_NS = 'https://corroborate.invalid/ns#';

/** Value of `corroborate:format` on an exported collection: how import recognises our files. */
export const W3C_FORMAT = 'corroborate-w3c';
/** Value of `corroborate:version`: bumped when the shape of our W3C export changes. */
export const W3C_VERSION = 1;

/**
 * The extension context, listed after the Web Annotation one. It only adds `corroborate:*`
 * terms (the model forbids redefining its own keys). Structured values are JSON literals
 * (`@json`, JSON-LD 1.1) so Linked Data processors keep them verbatim instead of guessing
 * triples from their keys.
 */
export const EXTENSION_CONTEXT = {
  '@version': 1.1,
  corroborate: CORROBORATE_NS,
  'corroborate:claim': { '@type': '@json' },
  'corroborate:value': { '@type': '@json' },
  'corroborate:position': { '@type': '@json' },
  'corroborate:project': { '@type': '@json' },
  'corroborate:sources': { '@type': '@json' },
  'corroborate:group': { '@type': '@json' },
} as const;

/** `@context` of every exported object: the annotation context first, then ours. */
export const W3C_CONTEXT = [ANNO_CONTEXT, EXTENSION_CONTEXT] as const;

/** Motivations (and body purposes) the Web Annotation model defines (section 3.3.5). */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes any string for an IRI segment. Never throws: a lone surrogate (which
 * `encodeURIComponent` rejects) becomes U+FFFD. Not invertible in that corner, which is why
 * the raw ids also travel in the `corroborate:claim` record.
 */
export function iriSegment(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * The annotation IRI of a claim: `urn:uuid:` for the UUIDs the app generates (globally unique
 * by construction), else `urn:corroborate:claim:<id>`. The `corroborate` URN namespace is
 * informal (not registered with IANA); the IRIs are identifiers, not addresses.
 */
export function claimIri(claimId: string): string {
  return UUID.test(claimId)
    ? `urn:uuid:${claimId.toLowerCase()}`
    : `urn:corroborate:claim:${iriSegment(claimId)}`;
}

/** The IRI of a source as annotations target it. */
export function sourceIri(sourceId: string): string {
  return `urn:corroborate:source:${iriSegment(sourceId)}`;
}

/** The IRI of a group's linking annotation. */
export function groupIri(groupId: string): string {
  return `urn:corroborate:group:${iriSegment(groupId)}`;
}

/** The IRI of a project's annotation collection. */
export function collectionIri(projectId: string): string {
  return `urn:corroborate:project:${iriSegment(projectId)}`;
}

/** The IRI of the single page embedded in a project's collection. */
export function pageIri(projectId: string): string {
  return `${collectionIri(projectId)}:page:0`;
}

/** True for an absolute IRI (a scheme, a colon, then no spaces or angle brackets). */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value);
}

/** xsd:dateTime with a time zone, as the model requires for created/modified/generated. */
export function isXsdDateTime(value: string): boolean {
  return /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);
}

/**
 * Converts a UTF-16 offset into `text` to a count of Unicode code points, the unit the Web
 * Annotation model requires for TextPositionSelector (section 4.2.5); our own offsets are
 * UTF-16 code units. An offset inside a surrogate pair counts the pair as one code point.
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  const end = Math.min(utf16Offset, text.length);
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (isPair && i + 1 < end) i += 1;
    points += 1;
  }
  return points + Math.max(0, utf16Offset - text.length);
}
