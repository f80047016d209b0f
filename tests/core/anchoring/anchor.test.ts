import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSpan } from '../../../core/anchoring';
import type { AnchorResult } from '../../../core/anchoring';

const TEXT =
  'Gunmen attacked Crocus City Hall near Moscow on 22 March. The attack killed at least 143 people, officials said on Sunday. Another 80 were injured.';

function targetFor(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = text.indexOf(quote, start + 1);
  return describeSpan(text, start, start + quote.length, 's', 'sha256:test');
}

/** What the result says in words: status, the text it points at, and the method or old quote. */
function summary(text: string, result: AnchorResult): string {
  if (result.status === 'orphan') return 'orphan';
  const at = text.slice(result.start, result.end);
  return result.status === 'anchored'
    ? `anchored ${result.method} "${at}"`
    : `changed "${result.oldQuote}" -> "${result.newQuote}"`;
}

describe('anchor', () => {
  it.each([
    ['unchanged text', TEXT, 'anchored position "143"'],
    ['text inserted before', `BREAKING: ${TEXT}`, 'anchored quote "143"'],
    ['text inserted after', `${TEXT} More to follow.`, 'anchored position "143"'],
    ['figure changed 143 -> 150', TEXT.replace('143', '150'), 'changed "143" -> "150"'],
    [
      'figure changed and text inserted before',
      `Update: ${TEXT.replace('143', '150')}`,
      'changed "143" -> "150"',
    ],
    ['digit appended (1430)', TEXT.replace('143', '1430'), 'changed "143" -> "1430"'],
    ['digit group (1,143)', TEXT.replace('143', '1,143'), 'changed "143" -> "1,143"'],
    ['decimal (143.5)', TEXT.replace('143', '143.5'), 'changed "143" -> "143.5"'],
    [
      'qualifier and figure rewritten',
      TEXT.replace('at least 143', 'more than 150'),
      'changed "143" -> "more than 150"',
    ],
    [
      'same figure in another sentence, passage deleted',
      'Another 80 were injured. In 2019, 143 villagers were rescued by the army.',
      'orphan',
    ],
    ['passage deleted', 'Another 80 were injured. Nothing else is known.', 'orphan'],
    ['quoted words deleted', TEXT.replace('at least 143 people', 'people'), 'orphan'],
    ['empty text', '', 'orphan'],
  ])('%s', (_name, revised, expected) => {
    const result = anchor(revised, targetFor(TEXT, '143'));
    expect(summary(revised, result)).toBe(expected);
  });

  it('picks the duplicated quote whose context matches, not the nearer one', () => {
    const text = 'On Monday 143 people were evacuated. ' + TEXT;
    const target = targetFor(TEXT, '143');
    const moved =
      'Reports: the attack killed at least 143 people, officials said on Sunday. On Monday 143 people were evacuated. ';
    const result = anchor(moved, target);
    expect(result).toMatchObject({ status: 'anchored', method: 'quote' });
    if (result.status === 'anchored')
      expect(moved.slice(result.start - 9, result.start)).toBe('at least ');
    expect(anchor(text, target)).toMatchObject({
      status: 'anchored',
      start: text.lastIndexOf('143'),
    });
  });

  it('among equally good duplicates, chooses the one nearest the old position', () => {
    const para = 'The attack killed at least 143 people, officials said. ';
    const text = para.repeat(5);
    const third = targetFor(text, '143', 2);
    const shifted = `XX${text}`;
    const result = anchor(shifted, third);
    expect(result).toMatchObject({ status: 'anchored', start: third.position.start + 2 });
  });

  it('reports the quote found by its context when the position and quote search fail', () => {
    const target = targetFor(TEXT, 'at least 143 people');
    const revised = TEXT.replace('at least 143 people', 'at least 150 people');
    expect(summary(revised, anchor(revised, target))).toBe(
      'changed "at least 143 people" -> "at least 150 people"',
    );
  });

  it('trusts a long unique quote whose surroundings were rewritten', () => {
    const quote = 'killed at least 143 people';
    const target = targetFor(TEXT, quote);
    const revised = `Completely new introduction here. The gunmen ${quote} in the hall, a rewritten ending.`;
    expect(summary(revised, anchor(revised, target))).toBe(`anchored quote "${quote}"`);
  });

  it('an empty quote is an orphan, never a guess', () => {
    expect(anchor(TEXT, describeSpan(TEXT, 10, 10, 's', 'h')).status).toBe('orphan');
  });

  it('handles a 1 MB text with the claim near the end, and a 100 KB quote', () => {
    const filler = 'Unrelated paragraph about the weather and markets.\n\n'.repeat(20_000);
    const big = filler + TEXT;
    const target = targetFor(big, '143');
    const revised = `Intro.\n\n${big.replace('at least 143', 'at least 150')}`;
    expect(summary(revised, anchor(revised, target))).toBe('changed "143" -> "150"');
    const hugeQuote = describeSpan(big, 0, 100_000, 's', 'h');
    expect(anchor(`Intro.\n\n${big}`, hugeQuote)).toMatchObject({ status: 'anchored', start: 8 });
  });
});

describe('describe', () => {
  it.each([
    ['middle', TEXT.indexOf('143'), 3, 32, 32],
    ['start of text', 0, 6, 0, 32],
    ['end of text', TEXT.length - 8, 8, 32, 0],
  ])('stores up to 32 characters of context (%s)', (_name, start, length, prefix, suffix) => {
    const target = describeSpan(TEXT, start, start + length, 'src', 'sha256:x');
    expect(target.quote.exact).toBe(TEXT.slice(start, start + length));
    expect(target.quote.prefix).toHaveLength(prefix);
    expect(target.quote.suffix).toHaveLength(suffix);
    expect(target.position).toEqual({ type: 'TextPositionSelector', start, end: start + length });
    expect(target).toMatchObject({ sourceId: 'src', contentHash: 'sha256:x' });
  });

  it('never splits a surrogate pair at the context edges', () => {
    const text = `${'😀'.repeat(20)}x143y${'😀'.repeat(20)}`;
    const start = text.indexOf('143');
    const target = describeSpan(text, start, start + 3, 's', 'h');
    expect(target.quote.prefix).toBe(`${'😀'.repeat(15)}x`);
    expect(target.quote.suffix).toBe(`y${'😀'.repeat(15)}`);
  });

  it.each([
    [-1, 2],
    [5, 2],
    [0, TEXT.length + 1],
    [0.5, 2],
  ])('rejects the invalid span [%s, %s)', (start, end) => {
    expect(() => describeSpan(TEXT, start, end, 's', 'h')).toThrow(RangeError);
  });
});
