/**
 * Every object of our W3C export checked against the requirements of the W3C Web Annotation
 * Data Model (Recommendation, 23 February 2017, https://www.w3.org/TR/annotation-model/),
 * written out as a table: one named requirement per row, with the section it comes from, the
 * kind of object it applies to, a check, and an object that violates it (so each check is seen
 * to fail on bad input, not only to pass on ours). MUST rows are the model's requirements;
 * SHOULD rows are recommendations we chose to follow; CORROBORATE rows are our own promises.
 */
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../core/model/project';
import { buildW3c } from '../../../core/io/w3c';
import { ANNO_CONTEXT, MOTIVATIONS } from '../../../core/io/w3c-vocab';
import { richProject, richSources } from './w3c-fixtures';

type Json = Record<string, unknown>;
type Kind =
  'collection' | 'page' | 'annotation' | 'textualBody' | 'specificResource' | 'quote' | 'position';

interface Requirement {
  name: string;
  level: 'MUST' | 'SHOULD' | 'CORROBORATE';
  section: string;
  kind: Kind;
  check: (object: Json) => boolean;
  violation: Json;
}

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const isIri = (value: unknown): boolean =>
  typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value);
const isNonNegativeInteger = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const XSD_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const single = (object: Json, key: string, test: (v: unknown) => boolean): boolean => {
  const values = asArray(object[key]);
  return values.length === 1 && test(values[0]);
};
const atMostOne = (object: Json, key: string, test: (v: unknown) => boolean): boolean => {
  const values = asArray(object[key]);
  return values.length === 0 || (values.length === 1 && test(values[0]));
};
const hasContext = (object: Json): boolean => {
  const contexts = asArray(object['@context']);
  return contexts.length > 0 && contexts.includes(ANNO_CONTEXT);
};
const hasType = (object: Json, type: string): boolean => asArray(object.type).includes(type);
const isResource = (value: unknown): boolean =>
  isIri(value) ||
  (typeof value === 'object' &&
    value !== null &&
    (isIri((value as Json).id) || 'value' in value || 'source' in value || 'items' in value));
const knownMotivation = (value: unknown): boolean =>
  (MOTIVATIONS as readonly unknown[]).includes(value) || isIri(value);

const annotation: Json = {
  '@context': ANNO_CONTEXT,
  id: 'urn:x:1',
  type: 'Annotation',
  target: 'urn:x:t',
};

const REQUIREMENTS: Requirement[] = [
  // 3.1 Annotations
  {
    name: 'Annotation @context includes the anno.jsonld context',
    level: 'MUST',
    section: '3.1',
    kind: 'annotation',
    check: hasContext,
    violation: { ...annotation, '@context': 'http://example.org/other.jsonld' },
  },
  {
    name: 'Annotation has exactly one id, an IRI',
    level: 'MUST',
    section: '3.1',
    kind: 'annotation',
    check: (o) => single(o, 'id', isIri),
    violation: { ...annotation, id: 'claim 1' },
  },
  {
    name: 'Annotation type includes "Annotation"',
    level: 'MUST',
    section: '3.1',
    kind: 'annotation',
    check: (o) => hasType(o, 'Annotation'),
    violation: { ...annotation, type: 'Note' },
  },
  {
    name: 'Annotation has one or more targets',
    level: 'MUST',
    section: '3.1',
    kind: 'annotation',
    check: (o) => asArray(o.target).length > 0,
    violation: { ...annotation, target: [] },
  },
  {
    name: 'Every body and target is an IRI or a recognised resource object',
    level: 'MUST',
    section: '3.2',
    kind: 'annotation',
    check: (o) => [...asArray(o.body), ...asArray(o.target)].every(isResource),
    violation: { ...annotation, body: [{ purpose: 'tagging' }] },
  },
  {
    name: 'Annotation does not have both body and bodyValue',
    level: 'MUST',
    section: '3.2.5',
    kind: 'annotation',
    check: (o) => !('body' in o && 'bodyValue' in o),
    violation: { ...annotation, body: 'urn:x:b', bodyValue: 'text' },
  },
  {
    name: 'bodyValue, if present, is exactly one string',
    level: 'MUST',
    section: '3.2.5',
    kind: 'annotation',
    check: (o) => atMostOne(o, 'bodyValue', (v) => typeof v === 'string'),
    violation: { ...annotation, bodyValue: ['a', 'b'] },
  },
  {
    name: 'Annotation has one or more bodies',
    level: 'SHOULD',
    section: '3.1',
    kind: 'annotation',
    check: (o) => asArray(o.body).length > 0,
    violation: annotation,
  },
  ...(['created', 'modified', 'generated'] as const).map((key): Requirement => ({
    name: `${key}, if present, is one xsd:dateTime`,
    level: 'MUST',
    section: '3.3.1',
    kind: 'annotation',
    check: (o) => atMostOne(o, key, (v) => typeof v === 'string' && XSD_DATE_TIME.test(v)),
    violation: { ...annotation, [key]: '22 March 2024' },
  })),
  {
    name: 'created/modified carry a time zone',
    level: 'SHOULD',
    section: '3.3.1',
    kind: 'annotation',
    check: (o) =>
      ['created', 'modified'].every((k) =>
        atMostOne(o, k, (v) => /(Z|[+-]\d{2}:\d{2})$/.test(String(v))),
      ),
    violation: { ...annotation, created: '2024-03-22T10:00:00' },
  },
  {
    name: 'motivation values are motivations the model defines (or IRIs of extensions)',
    level: 'MUST',
    section: '3.3.5',
    kind: 'annotation',
    check: (o) => asArray(o.motivation).every(knownMotivation),
    violation: { ...annotation, motivation: 'fact checking' },
  },
  {
    name: 'a linking annotation targets the annotations it links, by IRI',
    level: 'CORROBORATE',
    section: '3.3.5',
    kind: 'annotation',
    check: (o) =>
      o.motivation !== 'linking' ||
      (asArray(o.target).length >= 2 && asArray(o.target).every(isIri)),
    violation: { ...annotation, motivation: 'linking', target: ['urn:x:a'] },
  },
  // 3.2.4 Embedded Textual Body
  {
    name: 'TextualBody has exactly one value, a string',
    level: 'MUST',
    section: '3.2.4',
    kind: 'textualBody',
    check: (o) => single(o, 'value', (v) => typeof v === 'string'),
    violation: { type: 'TextualBody', purpose: 'tagging' },
  },
  {
    name: 'TextualBody purposes are motivations the model defines',
    level: 'MUST',
    section: '3.3.5',
    kind: 'textualBody',
    check: (o) => asArray(o.purpose).every(knownMotivation),
    violation: { type: 'TextualBody', value: 'x', purpose: 'remark' },
  },
  {
    name: 'TextualBody format, if present, is exactly one',
    level: 'SHOULD',
    section: '3.2.1',
    kind: 'textualBody',
    check: (o) => atMostOne(o, 'format', (v) => typeof v === 'string'),
    violation: { type: 'TextualBody', value: 'x', format: ['text/plain', 'text/html'] },
  },
  // 4 Specific Resources
  {
    name: 'SpecificResource has exactly one source, an IRI or a resource with an IRI id',
    level: 'MUST',
    section: '4',
    kind: 'specificResource',
    check: (o) => single(o, 'source', (v) => isIri(v) || isIri((v as Json | null)?.id)),
    violation: { type: 'SpecificResource', source: [{ id: 'urn:a' }, { id: 'urn:b' }] },
  },
  {
    name: 'SpecificResource carries the SpecificResource type',
    level: 'SHOULD',
    section: '4',
    kind: 'specificResource',
    check: (o) => hasType(o, 'SpecificResource'),
    violation: { source: 'urn:a' },
  },
  {
    name: 'every selector is an IRI or an object with a type',
    level: 'MUST',
    section: '4.2',
    kind: 'specificResource',
    check: (o) =>
      asArray(o.selector).every((s) => isIri(s) || typeof (s as Json | null)?.type === 'string'),
    violation: { type: 'SpecificResource', source: 'urn:a', selector: [{ exact: 'x' }] },
  },
  {
    name: 'a CORROBORATE target has both a TextQuoteSelector and a TextPositionSelector',
    level: 'CORROBORATE',
    section: '4.2',
    kind: 'specificResource',
    check: (o) =>
      ['TextQuoteSelector', 'TextPositionSelector'].every((t) =>
        asArray(o.selector).some((s) => (s as Json).type === t),
      ),
    violation: {
      type: 'SpecificResource',
      source: 'urn:a',
      selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
    },
  },
  // 4.2.4 Text Quote Selector
  {
    name: 'TextQuoteSelector has exactly one exact, a string',
    level: 'MUST',
    section: '4.2.4',
    kind: 'quote',
    check: (o) => single(o, 'exact', (v) => typeof v === 'string'),
    violation: { type: 'TextQuoteSelector', prefix: 'a' },
  },
  {
    name: 'TextQuoteSelector has at most one prefix and one suffix, strings',
    level: 'MUST',
    section: '4.2.4',
    kind: 'quote',
    check: (o) => ['prefix', 'suffix'].every((k) => atMostOne(o, k, (v) => typeof v === 'string')),
    violation: { type: 'TextQuoteSelector', exact: 'x', prefix: ['a', 'b'] },
  },
  // 4.2.5 Text Position Selector
  {
    name: 'TextPositionSelector has exactly one start, a non-negative integer',
    level: 'MUST',
    section: '4.2.5',
    kind: 'position',
    check: (o) => single(o, 'start', isNonNegativeInteger),
    violation: { type: 'TextPositionSelector', start: -1, end: 3 },
  },
  {
    name: 'TextPositionSelector has exactly one end, a non-negative integer',
    level: 'MUST',
    section: '4.2.5',
    kind: 'position',
    check: (o) => single(o, 'end', isNonNegativeInteger),
    violation: { type: 'TextPositionSelector', start: 1, end: 2.5 },
  },
  {
    name: 'TextPositionSelector start is not after end',
    level: 'CORROBORATE',
    section: '4.2.5',
    kind: 'position',
    check: (o) => (o.start as number) <= (o.end as number),
    violation: { type: 'TextPositionSelector', start: 5, end: 3 },
  },
  // 5 Collections
  {
    name: 'AnnotationCollection @context includes the anno.jsonld context',
    level: 'MUST',
    section: '5.1',
    kind: 'collection',
    check: hasContext,
    violation: { id: 'urn:c', type: 'AnnotationCollection' },
  },
  {
    name: 'AnnotationCollection has exactly one id, an IRI',
    level: 'MUST',
    section: '5.1',
    kind: 'collection',
    check: (o) => single(o, 'id', isIri),
    violation: { '@context': ANNO_CONTEXT, type: 'AnnotationCollection' },
  },
  {
    name: 'AnnotationCollection type includes "AnnotationCollection"',
    level: 'MUST',
    section: '5.1',
    kind: 'collection',
    check: (o) => hasType(o, 'AnnotationCollection'),
    violation: { '@context': ANNO_CONTEXT, id: 'urn:c', type: 'Collection' },
  },
  {
    name: 'a collection with annotations links its first page',
    level: 'MUST',
    section: '5.1',
    kind: 'collection',
    check: (o) =>
      (o.total as number) === 0 ||
      single(o, 'first', (v) => isIri(v) || hasType(v as Json, 'AnnotationPage')),
    violation: { '@context': ANNO_CONTEXT, id: 'urn:c', type: 'AnnotationCollection', total: 2 },
  },
  {
    name: 'total, if present, is one non-negative integer',
    level: 'MUST',
    section: '5.1',
    kind: 'collection',
    check: (o) => atMostOne(o, 'total', isNonNegativeInteger),
    violation: { '@context': ANNO_CONTEXT, id: 'urn:c', type: 'AnnotationCollection', total: -1 },
  },
  {
    name: 'label, if present, is text',
    level: 'MUST',
    section: '5.1',
    kind: 'collection',
    check: (o) => asArray(o.label).every((v) => typeof v === 'string'),
    violation: { '@context': ANNO_CONTEXT, id: 'urn:c', type: 'AnnotationCollection', label: 7 },
  },
  {
    name: 'AnnotationPage has exactly one id, an IRI',
    level: 'MUST',
    section: '5.2',
    kind: 'page',
    check: (o) => single(o, 'id', isIri),
    violation: { type: 'AnnotationPage', items: [] },
  },
  {
    name: 'AnnotationPage type includes "AnnotationPage"',
    level: 'MUST',
    section: '5.2',
    kind: 'page',
    check: (o) => hasType(o, 'AnnotationPage'),
    violation: { id: 'urn:p', type: 'Page', items: [] },
  },
  {
    name: 'AnnotationPage has an items list of one or more annotations or IRIs',
    level: 'MUST',
    section: '5.2',
    kind: 'page',
    check: (o) =>
      Array.isArray(o.items) &&
      o.items.length > 0 &&
      o.items.every((i) => isIri(i) || hasType(i as Json, 'Annotation')),
    violation: { id: 'urn:p', type: 'AnnotationPage', items: [] },
  },
  {
    name: 'partOf and startIndex, if present, are one IRI and one non-negative integer',
    level: 'MUST',
    section: '5.2',
    kind: 'page',
    check: (o) =>
      atMostOne(o, 'partOf', (v) => isIri(v) || isIri((v as Json | null)?.id)) &&
      atMostOne(o, 'startIndex', isNonNegativeInteger),
    violation: { id: 'urn:p', type: 'AnnotationPage', items: ['urn:a'], startIndex: 'zero' },
  },
];

/** Every object of an export, sorted by the kind of requirement that applies to it. */
function objectsOf(doc: Json): Record<Kind, Json[]> {
  const out: Record<Kind, Json[]> = {
    collection: [doc],
    page: [],
    annotation: [],
    textualBody: [],
    specificResource: [],
    quote: [],
    position: [],
  };
  const page = doc.first as Json | undefined;
  if (page) out.page.push(page);
  for (const item of asArray(page?.items) as Json[]) {
    out.annotation.push(item);
    for (const body of asArray(item.body) as Json[])
      if (hasType(body, 'TextualBody')) out.textualBody.push(body);
    for (const target of asArray(item.target)) {
      if (typeof target !== 'object' || target === null || !('source' in target)) continue;
      out.specificResource.push(target);
      for (const selector of asArray((target as Json).selector) as Json[]) {
        if (selector.type === 'TextQuoteSelector') out.quote.push(selector);
        if (selector.type === 'TextPositionSelector') out.position.push(selector);
      }
    }
  }
  return out;
}

const NOW = '2024-05-01T00:00:00.000Z';
const exported = JSON.parse(JSON.stringify(buildW3c(richProject(), richSources(), NOW))) as Json;
const objects = objectsOf(exported);
const empty = JSON.parse(
  JSON.stringify(buildW3c(createProject({ id: 'e', name: 'Empty', now: NOW }), [], NOW)),
) as Json;

describe('W3C Web Annotation Data Model conformance', () => {
  it('the export has something of every kind to check', () => {
    for (const kind of Object.keys(objects) as Kind[])
      expect(objects[kind].length, kind).toBeGreaterThan(0);
    expect(objects.annotation.some((a) => a.motivation === 'linking')).toBe(true);
  });

  it.each(REQUIREMENTS.map((r) => [`${r.level} ${r.section} ${r.name}`, r] as const))(
    '%s',
    (_label, requirement) => {
      const failing = objects[requirement.kind].filter((object) => !requirement.check(object));
      expect(failing, JSON.stringify(failing[0])).toEqual([]);
      expect(requirement.check(requirement.violation), 'the check must reject its violation').toBe(
        false,
      );
    },
  );

  it.each(REQUIREMENTS.filter((r) => r.kind === 'collection').map((r) => [r.name, r] as const))(
    "an empty project's collection: %s",
    (_label, requirement) => {
      expect(requirement.check(empty)).toBe(true);
    },
  );

  it('extension contexts do not redefine Web Annotation terms (section 6)', () => {
    const [first, ...extensions] = asArray(exported['@context']);
    expect(first).toBe(ANNO_CONTEXT);
    for (const extension of extensions as Json[]) {
      for (const key of Object.keys(extension))
        expect(key).toMatch(/^(@version|corroborate(:.*)?)$/);
    }
  });
});
