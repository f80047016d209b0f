import {
  compareClaims,
  itemFromSuggestion,
  sourceLookup,
  type ComparableItem,
  type ComparedGroup,
} from '../../../core/compare';
import type { ClaimType } from '../../../core/model/claim';
import type { Source } from '../../../core/model/source';
import type { Suggestion } from '../../../core/model/suggestion';
import type { Figure } from '../../../core/quantity/figure';
import { sourcesById } from '../../../renderer/compare/group-view';

/** Figures as the parser reads them, by wording: the same table the core compare tests use. */
import { F } from '../../core/compare/helpers';

export { F };

export const SOURCES: Pick<Source, 'id' | 'metadata'>[] = [
  {
    id: '000_16df6a53eee4503d',
    metadata: {
      title: 'Perspectives: ISKP intensifying online propaganda',
      capture: 'web-page',
      language: 'en',
      published: null,
      reliability: 'B',
    },
  },
  {
    id: '003_94a029406cfc69e9',
    metadata: {
      title: 'ISKP (2015-2024): propaganda and recruitment',
      capture: 'web-page',
      language: 'en',
      published: null,
    },
  },
];

export const SOURCES_BY_ID = sourcesById(SOURCES);

export interface Spec {
  source: '000' | '003';
  at: number;
  quote: string;
  measure: string;
  cue: string;
  figure?: Figure;
  date?: string;
  type?: ClaimType;
}

const idOf = (short: '000' | '003') =>
  (SOURCES.find((source) => source.id.startsWith(short)) as Pick<Source, 'id'>).id;

/** A comparable item as the extractor would propose it, with the figure's own wording. */
export function item(spec: Spec): ComparableItem {
  const sourceId = idOf(spec.source);
  const type = spec.type ?? (spec.date ? 'date' : 'casualty');
  const suggestion: Suggestion = {
    id: `${sourceId}:${type}:${spec.at}-${spec.at + spec.quote.length}`,
    sourceId,
    type,
    start: spec.at,
    end: spec.at + spec.quote.length,
    quote: spec.quote,
    measure: spec.measure,
    value: spec.figure
      ? { kind: 'figure', figure: spec.figure }
      : spec.date
        ? { kind: 'date', date: spec.date }
        : null,
    attributedTo: '',
    eventCue: spec.cue,
  };
  return itemFromSuggestion(suggestion, sourceLookup(SOURCES));
}

/**
 * One group per verdict: deaths compatible (the corpus case), injured in conflict, arrests
 * agreeing, a single-source date and a single source contradicting itself about hostages.
 */
export function sampleGroups(): ComparedGroup[] {
  return compareClaims([
    item({
      source: '000',
      at: 100,
      quote: 'at least 143 people',
      measure: 'deaths',
      cue: 'Crocus City Hall',
      figure: F.atLeast(143),
    }),
    item({
      source: '003',
      at: 200,
      quote: 'more than 130 people',
      measure: 'deaths',
      cue: 'Crocus City Hall',
      figure: F.moreThan(130),
    }),
    item({
      source: '000',
      at: 400,
      quote: '180 injured',
      measure: 'injured',
      cue: 'Crocus City Hall',
      figure: F.exact(180),
    }),
    item({
      source: '003',
      at: 500,
      quote: '107 injured',
      measure: 'injured',
      cue: 'Crocus City Hall',
      figure: F.exact(107),
    }),
    item({
      source: '000',
      at: 700,
      quote: '11 people were detained',
      measure: 'arrests',
      cue: 'Crocus City Hall',
      figure: F.exact(11),
      type: 'count',
    }),
    item({
      source: '003',
      at: 800,
      quote: '11 suspects arrested',
      measure: 'arrests',
      cue: 'Crocus City Hall',
      figure: F.exact(11),
      type: 'count',
    }),
    item({
      source: '000',
      at: 1500,
      quote: 'in August 2021',
      measure: 'date',
      cue: 'Abbey Gate bombing',
      date: '2021-08',
    }),
    item({
      source: '003',
      at: 2000,
      quote: '13 hostages',
      measure: 'hostages',
      cue: 'Termez raid',
      figure: F.exact(13),
    }),
    item({
      source: '003',
      at: 2600,
      quote: '17 hostages',
      measure: 'hostages',
      cue: 'Termez raid',
      figure: F.exact(17),
    }),
  ]);
}
