import { describe, expect, it } from 'vitest';
import {
  compareClaims,
  itemFromSuggestion,
  itemValueText,
  sourceLookup,
  type ComparedGroup,
} from '../../../core/compare';
import { extractSuggestions } from '../../../core/extract/index';
import { loadSource } from './load-source';

const CORPUS = ['corpus/000_16df6a53eee4503d.md', 'corpus/003_94a029406cfc69e9.md'];
const FIXTURES = [
  'kabul-airport',
  'kabul-embassy',
  'moscow-early-wire',
  'moscow-review',
  'termez-rockets',
].map((name) => `tests/fixtures/articles/${name}.md`);

/** The whole pipeline with no hand tagging: load, extract, group, judge. */
function compareFiles(paths: string[]): ComparedGroup[] {
  const sources = paths.map(loadSource);
  const lookup = sourceLookup(sources);
  return compareClaims(
    sources.flatMap((source) =>
      extractSuggestions(source).map((s) => itemFromSuggestion(s, lookup)),
    ),
  );
}

const short = (id: string) => id.slice(0, 3);
/** A group as "source: value subject" lines, to find it and to read failures. */
const says = (group: ComparedGroup) =>
  group.items.map(
    (item) =>
      `${short(item.sourceId)}: ${[item.value?.kind === 'date' ? item.value.date : itemValueText(item), item.subject].filter(Boolean).join(' ')}`,
  );

function find(groups: ComparedGroup[], measure: string, ...values: string[]): ComparedGroup {
  const found = groups.find(
    (group) => group.measure === measure && values.every((value) => says(group).includes(value)),
  );
  if (!found) {
    const seen = groups.filter((group) => group.measure === measure).map(says);
    throw new Error(
      `no ${measure} group with ${values.join(', ')}; groups: ${JSON.stringify(seen)}`,
    );
  }
  return found;
}

describe('the two corpus articles, no hand tagging', () => {
  const groups = compareFiles(CORPUS);

  it('holds "at least 143" and "more than 130" in one deaths group: compatible, >= 143', () => {
    const deaths = find(groups, 'deaths', '000: at least 143', '003: more than 130');
    expect(says(deaths)).toEqual(['000: at least 143', '003: more than 130']);
    expect(deaths.verdict).toBe('compatible');
    expect(deaths.overlap).toBe('>= 143');
  });

  it('dates the Crocus attack "March 22" and "in March" with no false conflict', () => {
    const date = find(groups, 'date', '000: --03-22', '003: --03');
    expect(says(date)).toEqual(['000: --03-22', '003: --03']);
    expect(date.verdict).toBe('compatible');
  });

  it('flags the competing attributions of the Moscow attack inside 003', () => {
    const blame = groups.find(
      (group) => group.measure === 'responsibility' && group.items.length > 2,
    );
    expect(blame?.items.every((item) => item.sourceId.startsWith('003'))).toBe(true);
    expect(blame?.verdict).toBe('conflict');
    expect(blame?.attributions).toContain('(US): ISKP');
    expect(blame?.attributions).toContain('(Russia): Ukraine');
  });

  it('does not flag "the 2022 and 2023 rocket attacks" (a series over two years) in 003', () => {
    const rockets = find(groups, 'date', '003: 2022', '003: 2023');
    expect(rockets.inconsistent).toBe(false);
    expect(rockets.explanation).not.toContain('none of its other passages');
  });

  it('keeps 13 American soldiers and 170 Afghans as two facts', () => {
    const soldiers = find(groups, 'deaths', '003: 13 American soldiers');
    const afghans = find(groups, 'deaths', '003: 170 Afghans');
    expect(soldiers).not.toBe(afghans);
    expect([soldiers.verdict, afghans.verdict]).toEqual(['single', 'single']);
  });
});

describe('corpus plus the fictional test articles', () => {
  const groups = compareFiles([...CORPUS, ...FIXTURES]);

  it('labels the Crocus toll a conflict explained as an upward revision', () => {
    const deaths = find(
      groups,
      'deaths',
      '000: at least 143',
      '003: more than 130',
      'mos: 133',
      'mos: 145',
    );
    expect(deaths.verdict).toBe('conflict');
    expect(deaths.revision?.explanation).toMatch(
      /^revised upward: 133 on 24 March 2024, 145 by 30 June 2024; not placed in time: .*\(undated\)/,
    );
    expect(deaths.revision?.unplaced.map((u) => u.published)).toEqual([null, null]);
  });

  it('finds 170 Afghans and "at least 169 Afghans" at Kabul airport compatible', () => {
    const afghans = find(groups, 'deaths', '003: 170 Afghans', 'kab: at least 169 Afghans');
    expect(afghans.verdict).toBe('compatible');
    expect(afghans.overlap).toBe('170');
  });

  it('keeps the Afghans killed at the embassy apart from those killed at the airport', () => {
    const embassy = find(groups, 'deaths', 'kab: at least four Afghans');
    expect(says(embassy)).toEqual(['kab: at least four Afghans']);
  });

  it('agrees on two embassy staffers; the headline "kills two diplomats" is not a second voice', () => {
    const staff = find(groups, 'deaths', '000: two staffers', 'kab: two staffers');
    expect(says(staff)).toEqual(['000: two staffers', 'kab: two staffers']);
    expect(staff.verdict).toBe('agree');
  });

  it('does not count the headline "Gunmen kill 133" next to the body\'s "133 people"', () => {
    const deaths = find(groups, 'deaths', '000: at least 143', 'mos: 133');
    const early = deaths.items.filter((item) => item.sourceId === 'moscow-early-wire');
    expect(early.map((item) => item.quote)).toEqual(['133 people']);
  });

  it('dates the Crocus attack without the dates of publications, warnings or periods', () => {
    const date = find(groups, 'date', '000: --03-22', '003: --03');
    expect(date.verdict).toBe('compatible');
    expect(date.overlap).toBe('2024-03-22');
    expect(date.items.map(itemValueText)).toEqual([
      '22 March (no year)',
      'March (no year)',
      '22 March 2024',
      '22 March 2024',
    ]);
  });

  it('matches the Termez rocket attack of April 2022 across 003 and the Termez article', () => {
    const termez = find(groups, 'date', '003: 2022-04', 'ter: 2022-04');
    expect(termez.verdict).toBe('agree');
    expect(termez.event).toContain('Termez');
  });

  it('keeps a Kabul embassy date group free of dates matched only through "Russia"/"Russian"', () => {
    const embassy = find(groups, 'date', '003: 2022-09', 'kab: 2022-09-05');
    expect(embassy.items.map((item) => item.sourceId.slice(0, 3))).toEqual(['003', '003', 'kab']);
  });

  it('matches the dates of the Kabul airport bombing: August 2021 contains August 26', () => {
    const date = find(groups, 'date', '003: 2021-08', 'kab: 2021-08-26');
    expect(date.verdict).toBe('compatible');
    expect(date.overlap).toBe('2021-08-26');
  });

  it('keeps the attributions across outlets a conflict, with who says what', () => {
    const blame = groups.find(
      (group) => group.measure === 'responsibility' && group.items.length > 5,
    );
    expect(blame?.verdict).toBe('conflict');
    expect(blame?.attributions).toContain('Baltic Ledger Review (US officials): ISKP');
    expect(blame?.attributions).toContain(': Ukraine');
  });

  it('lists the rocket years of 003 beside a source with April and May 2022: compatible, no self-contradiction', () => {
    const rockets = find(groups, 'date', '003: 2023', 'ter: 2022-05');
    expect(rockets.verdict).toBe('compatible');
    expect(rockets.inconsistent).toBe(false);
  });

  it('agrees on 13 US soldiers killed at Kabul airport ("13 US service members" has its subject)', () => {
    const soldiers = find(
      groups,
      'deaths',
      '003: 13 American soldiers',
      'kab: 13 US service members',
    );
    expect(soldiers.verdict).toBe('agree');
    expect(says(soldiers)).toEqual(['003: 13 American soldiers', 'kab: 13 US service members']);
  });
});
