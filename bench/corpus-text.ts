import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceFile } from '../core/io/source-file';

export const MB = 1_048_576;

/**
 * Corpus paragraphs repeated to `bytes` UTF-16 characters, with varied figures and places so
 * the text is not one string repeated. The same text for every suite that measures a MB rate.
 */
export function realisticText(bytes: number): string {
  const paragraphs: string[] = [];
  for (const id of ['000_16df6a53eee4503d', '003_94a029406cfc69e9']) {
    const content = readFileSync(join(process.cwd(), 'corpus', `${id}.md`), 'utf8');
    const parsed = parseSourceFile({ id, content });
    if (parsed.ok) paragraphs.push(...parsed.value.text.split('\n\n'));
  }
  const places = ['Moscow', 'Kabul', 'Vienna', 'Strasbourg', 'Dushanbe', 'Termez'];
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round += 1) {
    for (const p of paragraphs) {
      const varied = p
        .replace(/\d+/g, (d) => String(Number(d) + (round % 7)))
        .replace(/Moscow/g, places[round % places.length] ?? 'Moscow');
      parts.push(varied);
      size += varied.length + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n');
}
