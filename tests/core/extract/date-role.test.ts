import { describe, expect, it } from 'vitest';
import { dateRole, type DateRole } from '../../../core/extract/date-role';
import { findDates } from '../../../core/extract/dates';
import { extractSuggestions } from '../../../core/extract/index';
import { parseSourceFile } from '../../../core/io/source-file';
import { tokenize } from '../../../core/quantity/tokens';

/** The role of the first date found in a sentence. */
function roleOfFirstDate(text: string): DateRole | null {
  const tokens = tokenize(text, 0, text.length);
  const [date] = findDates(text, tokens, 0, text.length, '2025-05-14');
  if (!date) return null;
  const first = tokens.findIndex((t) => t.start >= date.start);
  let last = first;
  while ((tokens[last + 1]?.end ?? Infinity) <= date.end) last += 1;
  return dateRole(tokens, first, last);
}

describe('what a date in a sentence dates', () => {
  it.each<[string, DateRole]>([
    ['The bombing on May 9 killed 12 people.', 'event'],
    ['May 12 (Wire) -- Officials lowered the toll to 30.', 'dateline'],
    ['HARBOURTOWN, May 12 (Wire) – A blast hit the port.', 'dateline'],
    ['May 12 — A blast hit the port.', 'dateline'],
    ['On May 12 the authorities reduced the number killed to 30.', 'revision'],
    ['The toll rose to 44 on May 12.', 'revision'],
    ['Health officials revise the count again on May 12.', 'revision'],
    ['The ministry said on May 12 that 30 had died.', 'telling'],
    ['It was the deadliest blast since 2019.', 'period'],
    ['On May 12 a car bomb exploded near the port.', 'event'],
  ])('%s -> %s', (text, role) => {
    expect(roleOfFirstDate(text)).toBe(role);
  });
});

function claimDates(text: string): Array<[string, string | undefined]> {
  const parsed = parseSourceFile({ id: 't', content: `---\npublished: 2025-05-14\n---\n${text}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return extractSuggestions(parsed.value)
    .filter((s) => s.type === 'casualty')
    .map((s) => [s.quote, s.eventDate]);
}

describe('the date a casualty figure takes', () => {
  it.each<[string, Array<[string, string | undefined]>]>([
    ['A blast on May 9 killed 12 people.', [['12 people', '2025-05-09']]],
    // A day of reporting dates no claim: the figure keeps its event's date (the source's).
    ['May 12 (Wire) -- The blast killed 12 people.', [['12 people', undefined]]],
    ['On May 13 the authorities lowered the number of dead to 30.', [['30', undefined]]],
  ])('%s', (text, expected) => {
    expect(claimDates(text)).toEqual(expected);
  });
});
