import type { ComparedGroup } from '../compare/index';
import type { Gazetteer } from '../places/gazetteer';
import type { Claim } from '../model/claim';
import { CREDIBILITY_WORDS } from '../model/admiralty';
import { claimValueText } from '../compare/value-text';
import type { Project } from '../model/project';
import { deriveGroups } from '../compare/derive';
import { mergeSources, type SourceInfo } from '../model/source-info';
import type {
  W3cBodyField,
  W3cClaimAnnotation,
  W3cCollection,
  W3cGroupAnnotation,
  W3cSourceResource,
  W3cTextualBody,
} from './w3c-types';
import {
  claimIri,
  codePointOffset,
  collectionIri,
  groupIri,
  isXsdDateTime,
  pageIri,
  sourceIri,
  W3C_CONTEXT,
  W3C_FORMAT,
  W3C_VERSION,
  type Motivation,
} from './w3c-vocab';

export type * from './w3c-types';

function body(field: W3cBodyField, purpose: Motivation, value: string): W3cTextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain', 'corroborate:field': field };
}

/**
 * The bodies of a claim's annotation, one TextualBody per field, in a fixed order:
 * type and measure classify, the analyst's tags tag, event/subject/value/speakers describe,
 * the note comments and the credibility assesses. Required fields that are empty are left out
 * (import reads them back as ""); optional ones are written whenever they are set.
 */
function claimBodies(claim: Claim): W3cTextualBody[] {
  const bodies = [body('type', 'classifying', claim.type)];
  if (claim.measure) bodies.push(body('measure', 'classifying', claim.measure));
  for (const tag of claim.tags) bodies.push(body('tag', 'tagging', tag));
  if (claim.event) bodies.push(body('event', 'describing', claim.event));
  if (claim.subject !== undefined) bodies.push(body('subject', 'describing', claim.subject));
  if (claim.value) {
    bodies.push({
      ...body('value', 'describing', claimValueText(claim.value)),
      'corroborate:value': claim.value,
    });
  }
  if (claim.attributedTo) bodies.push(body('attributedTo', 'describing', claim.attributedTo));
  if (claim.attributedTarget !== undefined) {
    bodies.push(body('attributedTarget', 'describing', claim.attributedTarget));
  }
  if (claim.note) bodies.push(body('note', 'commenting', claim.note));
  if (claim.credibility !== undefined) {
    bodies.push({
      ...body(
        'credibility',
        'assessing',
        `${claim.credibility} (${CREDIBILITY_WORDS[claim.credibility]})`,
      ),
      'corroborate:credibility': claim.credibility,
    });
  }
  return bodies;
}

function sourceResource(claim: Claim, source: SourceInfo | undefined): W3cSourceResource {
  const resource: W3cSourceResource = {
    id: sourceIri(claim.target.sourceId),
    type: 'Text',
    format: 'text/plain',
    'corroborate:contentHash': claim.target.contentHash,
  };
  if (source?.metadata.language) resource.language = source.metadata.language;
  const url = source?.metadata.url;
  if (url && /^https?:\/\/[^\s<>"]+$/i.test(url)) resource.via = url;
  return resource;
}

/** One claim as a Web Annotation (see {@link exportW3c}). */
export function claimAnnotation(claim: Claim, source?: SourceInfo): W3cClaimAnnotation {
  const { quote, position, contentHash } = claim.target;
  const text = source?.text !== undefined && source.contentHash === contentHash ? source.text : '';
  const annotation: W3cClaimAnnotation = {
    '@context': W3C_CONTEXT,
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: 'describing',
    body: claimBodies(claim),
    target: {
      type: 'SpecificResource',
      source: sourceResource(claim, source),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
        },
        {
          type: 'TextPositionSelector',
          start: text ? codePointOffset(text, position.start) : position.start,
          end: text ? codePointOffset(text, position.end) : position.end,
        },
      ],
      'corroborate:position': { start: position.start, end: position.end },
    },
    'corroborate:claim': {
      id: claim.id,
      sourceId: claim.target.sourceId,
      created: claim.created,
      modified: claim.modified,
    },
  };
  if (claim.revision) annotation['corroborate:claim'].revision = claim.revision;
  if (isXsdDateTime(claim.created)) annotation.created = claim.created;
  if (isXsdDateTime(claim.modified)) annotation.modified = claim.modified;
  return annotation;
}

/** A compared group of two or more claims as a linking annotation over their annotations. */
export function groupAnnotation(group: ComparedGroup): W3cGroupAnnotation {
  return {
    '@context': W3C_CONTEXT,
    id: groupIri(group.id),
    type: 'Annotation',
    motivation: 'linking',
    body: [body('verdict', 'assessing', `${group.verdict}: ${group.explanation}`)],
    target: group.items.map((item) => claimIri(item.id)),
    'corroborate:group': {
      id: group.id,
      verdict: group.verdict,
      measure: group.measure,
      event: group.event,
    },
  };
}

/**
 * Builds the W3C Web Annotation export as one AnnotationCollection with a single embedded
 * AnnotationPage (model section 5), chosen over a bare array because a collection is itself a
 * JSON-LD document with a context, an id, a label and a total, and an annotation server can
 * ingest its page as it is. Every claim is an Annotation (motivation `describing`) whose target
 * is a SpecificResource on the source (`urn:corroborate:source:<id>`, with its content hash)
 * carrying both a TextQuoteSelector and a TextPositionSelector; the position selector counts
 * Unicode code points as the model requires when the source text is given (and matches the
 * hash), else it repeats our UTF-16 offsets, which agree for text without astral characters.
 * Every group of two or more claims becomes a `linking` annotation whose targets are the claims'
 * annotations. Each annotation repeats the @context so it stays valid when copied out alone.
 * Corroborate-only details travel in `corroborate:*` properties so {@link importW3c} can read
 * the file back without loss. `now` stamps the export; nothing else reads the clock.
 */
export function buildW3c(
  project: Project,
  sources: readonly SourceInfo[] | undefined,
  now: string,
  gazetteer?: Gazetteer,
): W3cCollection {
  const merged = mergeSources(project, sources);
  const byId = new Map(merged.map((source) => [source.id, source]));
  const claims = project.claims.map((claim) =>
    claimAnnotation(claim, byId.get(claim.target.sourceId)),
  );
  const links = deriveGroups(project, { sources, ...(gazetteer ? { gazetteer } : {}) })
    .groups.filter((group) => group.items.length > 1)
    .map(groupAnnotation);
  const items = [...claims, ...links];
  const collection: W3cCollection = {
    '@context': W3C_CONTEXT,
    id: collectionIri(project.id),
    type: 'AnnotationCollection',
    label: project.name,
    total: items.length,
    'corroborate:format': W3C_FORMAT,
    'corroborate:version': W3C_VERSION,
    'corroborate:exportedAt': now,
    'corroborate:project': { id: project.id, name: project.name },
    'corroborate:sources': project.sources.map((s) => ({
      id: s.id,
      title: s.title,
      metadata: s.metadata,
      contentHash: s.contentHash,
    })),
  };
  if (items.length > 0) {
    collection.first = {
      id: pageIri(project.id),
      type: 'AnnotationPage',
      partOf: collection.id,
      startIndex: 0,
      items,
    };
  }
  return collection;
}

/** {@link buildW3c} as pretty-printed JSON-LD text (two spaces, trailing newline). */
export function exportW3c(
  project: Project,
  sources: readonly SourceInfo[] | undefined,
  now: string,
  gazetteer?: Gazetteer,
): string {
  return `${JSON.stringify(buildW3c(project, sources, now, gazetteer), null, 2)}\n`;
}
