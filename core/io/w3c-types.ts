import type { Claim, ClaimValue, TextPositionSelector, TextQuoteSelector } from '../model/claim';
import type { ExportSource } from './export-json';
import type { Motivation, W3C_CONTEXT } from './w3c-vocab';

/** Which claim field a TextualBody carries (`corroborate:field`), so import can read it back. */
export type W3cBodyField =
  | 'type'
  | 'measure'
  | 'event'
  | 'subject'
  | 'value'
  | 'attributedTo'
  | 'attributedTarget'
  | 'note'
  | 'tag'
  | 'credibility'
  | 'verdict';

/** A Web Annotation TextualBody (section 3.2.4) with our field marker. */
export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: Motivation;
  value: string;
  format: 'text/plain';
  'corroborate:field': W3cBodyField;
  /** The structured claim value next to its text rendering (value bodies only). */
  'corroborate:value'?: ClaimValue;
  /** Admiralty credibility as a number (credibility bodies only). */
  'corroborate:credibility'?: number;
}

/** The text an annotation targets: a Corroborate source, identified with its content hash. */
export interface W3cSourceResource {
  id: string;
  type: 'Text';
  format: 'text/plain';
  language?: string;
  /** "sha256:..." of the canonical text the selectors were made on. */
  'corroborate:contentHash': string;
  /** The page the text was captured from, when the source records an http(s) URL. */
  via?: string;
}

/** A SpecificResource target (section 4) with both text selectors. */
export interface W3cTarget {
  type: 'SpecificResource';
  source: W3cSourceResource;
  selector: [TextQuoteSelector, TextPositionSelector];
  /** Our own offsets, UTF-16 code units; the TextPositionSelector counts code points. */
  'corroborate:position': { start: number; end: number };
}

/** Everything about a claim the standard properties do not hold exactly. */
export interface W3cClaimRecord {
  id: string;
  sourceId: string;
  created: string;
  modified: string;
  /** Set when a source revision changed or removed the quoted words. */
  revision?: Claim['revision'];
}

/** One claim as a Web Annotation. */
export interface W3cClaimAnnotation {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created?: string;
  modified?: string;
  body: W3cTextualBody[];
  target: W3cTarget;
  'corroborate:claim': W3cClaimRecord;
}

/** A group of claims as a linking annotation whose targets are the claims' annotations. */
export interface W3cGroupAnnotation {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  body: W3cTextualBody[];
  target: string[];
  'corroborate:group': { id: string; verdict: string; measure: string; event: string };
}

export type W3cAnnotation = W3cClaimAnnotation | W3cGroupAnnotation;

/** A page of annotations (section 5.2); we embed one page holding everything. */
export interface W3cPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: W3cAnnotation[];
}

/** The export document: an AnnotationCollection (section 5.1). */
export interface W3cCollection {
  '@context': typeof W3C_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: W3cPage;
  'corroborate:format': string;
  'corroborate:version': number;
  'corroborate:exportedAt': string;
  'corroborate:project': { id: string; name: string };
  'corroborate:sources': ExportSource[];
}

/** A linking annotation read back: which claims Corroborate grouped, and its verdict then. */
export interface W3cGroupLink {
  id: string;
  claimIds: string[];
  verdict: string;
}

/** What `importW3c` gives back. */
export interface W3cImport {
  exportedAt: string;
  project: { id: string; name: string };
  sources: ExportSource[];
  claims: Claim[];
  groups: W3cGroupLink[];
}
