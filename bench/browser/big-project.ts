import { readFileSync } from 'node:fs';
import { describe } from '../../core/anchoring/describe';
import { serializeProject } from '../../core/io/project-file';
import { parseSourceFile } from '../../core/io/source-file';
import type { Claim } from '../../core/model/claim';
import { embedSource } from '../../core/model/embedded-source';
import { createProject } from '../../core/model/project';
import type { Source } from '../../core/model/source';

/** The corpus article the big source replaces, so it opens in the first pane like a revision. */
export const BIG_SOURCE_ID = '000_16df6a53eee4503d';
const NOW = '2024-06-30T12:00:00.000Z';

/**
 * A corpus article's own text repeated to `bytes`, parsed through the normal source-file path
 * (front matter, blocks, hash), under the corpus article's id and metadata.
 */
export function bigSource(bytes: number, id = BIG_SOURCE_ID): Source {
  const file = readFileSync(`corpus/${BIG_SOURCE_ID}.md`, 'utf8');
  const end = file.indexOf('\n---\n', 4);
  const front = file.slice(0, end + 5).replace(/^layout: .*$/m, 'layout: line-per-paragraph');
  const body = file.slice(end + 5);
  let text = '';
  while (text.length < bytes) text += body.endsWith('\n') ? body : `${body}\n`;
  const parsed = parseSourceFile({ id, content: front + text });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** `count` claims spread evenly over the source, each on a whole word run of ~24 characters. */
export function spreadClaims(source: Source, count: number): Claim[] {
  const step = Math.floor(source.text.length / count);
  const claims: Claim[] = [];
  for (let i = 0; i < count; i += 1) {
    let start = i * step;
    while (start > 0 && /\S/.test(source.text[start - 1]!)) start -= 1;
    const end = Math.min(source.text.length, start + 24);
    claims.push({
      id: `bench-${i}`,
      type: i % 2 ? 'casualty' : 'count',
      tags: [],
      target: describe(source.text, start, end, source.id, source.contentHash),
      event: '',
      measure: i % 2 ? 'deaths' : 'arrests',
      value: null,
      attributedTo: '',
      note: '',
      created: NOW,
      modified: NOW,
    });
  }
  return claims;
}

/** The stored project text the web build reads from IndexedDB: the big source and its claims. */
export function bigProjectText(bytes: number, claimCount: number): string {
  const source = bigSource(bytes);
  const project = {
    ...createProject({ id: 'bench', name: 'Bench project', now: NOW }),
    sources: [embedSource(source)],
    claims: spreadClaims(source, claimCount),
  };
  return serializeProject(project);
}

/**
 * A project of `sources` carried sources of ~`bytes` each with `claimsPer` claims each (the first
 * one replaces the first corpus article, so it opens in the first pane).
 */
export function manySourcesProjectText(sources: number, bytes: number, claimsPer: number): string {
  const refs = [];
  const claims: Claim[] = [];
  for (let i = 0; i < sources; i += 1) {
    const source = bigSource(bytes, i === 0 ? BIG_SOURCE_ID : `bench-source-${i}`);
    refs.push(embedSource(source));
    claims.push(
      ...spreadClaims(source, claimsPer).map((claim) => ({
        ...claim,
        id: `${source.id}-${claim.id}`,
      })),
    );
  }
  return serializeProject({
    ...createProject({ id: 'bench-many', name: 'Bench project', now: NOW }),
    sources: refs,
    claims,
  });
}
