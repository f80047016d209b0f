import { useMemo } from 'react';
import { diffWords, type Change } from 'diff';

/** Milliseconds a word diff may take before it gives up (jsdiff then returns undefined). */
export const QUOTE_DIFF_TIMEOUT = 50;

export interface QuoteDiffProps {
  a: string;
  b: string;
  labelA: string;
  labelB: string;
  /** Overrides {@link QUOTE_DIFF_TIMEOUT}; tests pass a tiny one. */
  timeout?: number;
}

/**
 * Word-level differences between two quotes, bounded in time: jsdiff returns `undefined` when
 * the timeout passes, and then both quotes are shown plainly. Pure, so it can be memoised.
 */
export function diffQuotes(a: string, b: string, timeout = QUOTE_DIFF_TIMEOUT): Change[] | null {
  return diffWords(a, b, { timeout }) ?? null;
}

/**
 * Two quotes as one line: words only in the first are marked <del>, words only in the second
 * <ins>, so "at least 143 people" vs "at least 150 people" reads "at least [143][150] people".
 * Too different to diff in time: both quotes plainly, with a note saying so.
 */
export function QuoteDiff({ a, b, labelA, labelB, timeout = QUOTE_DIFF_TIMEOUT }: QuoteDiffProps) {
  const changes = useMemo(() => diffQuotes(a, b, timeout), [a, b, timeout]);

  if (!changes) {
    return (
      <div className="quote-diff quote-diff-plain" data-testid="quote-diff">
        <p className="quote-diff-note" role="note">
          These quotes are too different to compare word by word.
        </p>
        <p className="quote-diff-quote">
          <span className="quote-diff-label">{labelA}:</span> <q>{a}</q>
        </p>
        <p className="quote-diff-quote">
          <span className="quote-diff-label">{labelB}:</span> <q>{b}</q>
        </p>
      </div>
    );
  }

  const same = changes.every((change) => !change.added && !change.removed);
  return (
    <div className="quote-diff" data-testid="quote-diff">
      <p className="quote-diff-legend">
        <span className="quote-diff-key quote-diff-key-removed">{labelA}</span>{' '}
        <span aria-hidden="true">→</span>
        <span className="compare-sr-only"> compared with </span>{' '}
        <span className="quote-diff-key quote-diff-key-added">{labelB}</span>
        {same ? <span className="quote-diff-same"> · same words</span> : null}
      </p>
      <p className="quote-diff-text">
        {changes.map((change, index) =>
          change.removed ? (
            <del key={index} className="quote-diff-removed" title={`only in ${labelA}`}>
              {change.value}
            </del>
          ) : change.added ? (
            <ins key={index} className="quote-diff-added" title={`only in ${labelB}`}>
              {change.value}
            </ins>
          ) : (
            <span key={index} className="quote-diff-common">
              {change.value}
            </span>
          ),
        )}
      </p>
    </div>
  );
}
