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
 * A revision: `edits` insertions, deletions and replacements spread over the text, plus one
 * character changed inside every `hitEvery`-th claim so the per-claim path is measured too.
 * Edits are applied from the end so old offsets stay valid while applying them.
 */
function revise(
  text: string,
  targets: readonly ClaimTarget[],
  edits: number,
  hitEvery: number,
  next: () => number,
): string {
  const changes: { at: number; remove: number; insert: string }[] = [];
  for (let i = 0; i < edits; i += 1) {
    const kind = i % 3;
    changes.push({
      at: Math.floor(next() * (text.length - 20)),
      remove: kind === 0 ? 0 : 12,
      insert: kind === 1 ? '' : ` revised wording ${i} `,
    });
  }
  if (edits > 0) {
    targets.forEach((target, i) => {
      if (i % hitEvery === 0)
        changes.push({ at: target.position.start + 2, remove: 1, insert: '#' });
    });
  }
  changes.sort((a, b) => b.at - a.at);
  let revised = text;
  let limit = Infinity;
  for (const change of changes) {
    if (change.at + change.remove > limit) continue;
    revised =
      revised.slice(0, change.at) + change.insert + revised.slice(change.at + change.remove);
    limit = change.at;
  }
  return revised;
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
    for (const edits of [0, 20, 200]) {
      const newText = revise(oldText, targets, edits, 20, next);
      let counts = '';
      const ms = medianMs(() => {
        const results = reanchorAll(oldText, newText, targets);
        const tally = { anchored: 0, changed: 0, orphan: 0 };
        for (const result of results) tally[result.status] += 1;
        counts = `${tally.anchored} anchored, ${tally.changed} changed, ${tally.orphan} orphan`;
      });
      const verdict = ms < TARGET_MS ? 'within' : 'OVER';
      log(
        `1,000 claims, 1 MB, ${edits} edits${edits ? ' + 50 quotes edited' : ''}: ${ms.toFixed(1)} ms (${verdict} the ${TARGET_MS} ms target; ${counts})`,
      );
    }
  },
};
export default suite;
