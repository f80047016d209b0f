import { describe } from '../../core/anchoring/describe';
import { reanchorAll } from '../../core/anchoring/reanchor';
import type { ClaimTarget } from '../../core/model/claim';
import { medianMs, type BenchSuite, seededRandom } from '../suite';

/** Target from the Claims issue: re-anchoring 1,000 claims on a revised 1 MB source. */
const TARGET_MS = 200;

const WORDS = (
  'the attack killed at least people and wounded approximately others in March officials said ' +
  'police reported city hall government statement forces district village soldiers civilians ' +
  'according to sources hospital ministry spokesman confirmed toll rose overnight after blast'
).split(' ');

/** About `bytes` characters of news-like paragraphs separated by blank lines. */
function article(bytes: number, next: () => number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const words: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      words.push(WORDS[Math.floor(next() * WORDS.length)]!);
      if (next() < 0.08) words.push(String(Math.floor(next() * 1000)));
    }
    const paragraph = `${words.join(' ')}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/**
 * A revision that rewrites `share` of the paragraphs (every k-th one gets a sentence replaced in
 * its middle), so 50% really changes half the text and reaches the per-claim fallback.
 */
function revise(text: string, share: number): string {
  const paragraphs = text.split('\n\n');
  const every = Math.max(1, Math.round(1 / share));
  return paragraphs
    .map((paragraph, i) => {
      if (i % every !== 0) return paragraph;
      const middle = Math.floor(paragraph.length / 2);
      return `${paragraph.slice(0, middle - 30)} revised wording number ${i} ${paragraph.slice(middle + 10)}`;
    })
    .join('\n\n');
}

const suite: BenchSuite = {
  title: 're-anchoring after a revision',
  run(log) {
    const next = seededRandom(7);
    const oldText = article(1_048_576, next);
    const targets: ClaimTarget[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const start = Math.floor(next() * (oldText.length - 40));
      const end = start + 5 + Math.floor(next() * 30);
      targets.push(describe(oldText, start, end, 'bench', 'sha256:bench'));
    }
    for (const share of [0, 0.01, 0.1, 0.5]) {
      const newText = share ? revise(oldText, share) : oldText;
      let counts = '';
      const ms = medianMs(() => {
        const results = reanchorAll(oldText, newText, targets);
        const tally = { anchored: 0, changed: 0, orphan: 0 };
        for (const result of results) tally[result.status] += 1;
        counts = `${tally.anchored} anchored, ${tally.changed} changed, ${tally.orphan} orphan`;
      });
      const verdict = ms < TARGET_MS ? 'within' : 'OVER';
      log(
        `1,000 claims, 1 MB, ${share * 100}% of paragraphs changed: ${ms.toFixed(1)} ms median of 5 (${verdict} the ${TARGET_MS} ms target; ${counts})`,
      );
    }
  },
};
export default suite;
