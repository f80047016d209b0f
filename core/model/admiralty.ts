/**
 * The Admiralty grading in words: source reliability (A-F) and information credibility (1-6).
 * One table for every place that prints a grade (the report, the W3C export), so a grade never
 * reads differently in two outputs.
 */
import type { Claim } from './claim';
import type { SourceMetadata } from './source';

type Reliability = NonNullable<SourceMetadata['reliability']>;
type Credibility = NonNullable<Claim['credibility']>;

/** Source reliability, A (reliable) to F (cannot be judged), as words. */
export const RELIABILITY_WORDS: Readonly<Record<Reliability, string>> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Information credibility, 1 (confirmed) to 6 (cannot be judged), as words. */
export const CREDIBILITY_WORDS: Readonly<Record<Credibility, string>> = {
  1: 'confirmed',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};
