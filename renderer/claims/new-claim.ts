import { describe } from '../../core/anchoring';
import type { Claim, ClaimType, ClaimValue } from '../../core/model/claim';
import type { Source } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import { parseFigure } from '../../core/quantity';

export interface ClaimDraftInput {
  id: string;
  now: string;
  source: Source;
  start: number;
  end: number;
  type: ClaimType;
  measure: string;
  /** Suggestions of this source: one overlapping the selection pre-fills event, speaker, value. */
  suggestions: readonly Suggestion[];
}

function overlaps(suggestion: Suggestion, start: number, end: number): boolean {
  return suggestion.start < end && start < suggestion.end;
}

/** The value the selected words state: a figure for casualties and counts, else none yet. */
function valueFromQuote(type: ClaimType, quote: string, language: string): ClaimValue | null {
  if (type !== 'casualty' && type !== 'count') return null;
  // Read in the source's language: "не менее 137" is >= 137 in a Russian source.
  const figure = parseFigure(quote, undefined, language);
  return figure ? { kind: 'figure', figure } : null;
}

/**
 * A new claim on the selected words, pre-filled so the analyst confirms instead of typing: the
 * figure read from the quote, and event, speaker and subject from a suggestion on the same words
 * of the same type, when Corroborate found one.
 */
export function draftClaim(input: ClaimDraftInput): Claim {
  const { source, start, end, type } = input;
  const quote = source.text.slice(start, end);
  const hint = input.suggestions.find(
    (suggestion) => suggestion.type === type && overlaps(suggestion, start, end),
  );
  const sameMeasure = hint && hint.measure === input.measure;
  const claim: Claim = {
    id: input.id,
    type,
    tags: [],
    target: describe(source.text, start, end, source.id, source.contentHash),
    event: hint?.eventCue ?? '',
    measure: input.measure,
    value:
      valueFromQuote(type, quote, source.metadata.language) ?? (sameMeasure ? hint.value : null),
    attributedTo: hint?.attributedTo ?? '',
    note: '',
    created: input.now,
    modified: input.now,
  };
  if (sameMeasure && hint.subject) claim.subject = hint.subject;
  if (hint?.attributedTarget) claim.attributedTarget = hint.attributedTarget;
  return claim;
}
