import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSuggestions } from '../../core/extract/index';
import { parseSourceFile } from '../../core/io/source-file';
import type { Source } from '../../core/model/source';
import { MB, realisticText } from '../corpus-text';
import { fastestCpuMs, medianPairMs, type BenchSuite } from '../suite';

function asSource(id: string, content: string): Source {
  const parsed = parseSourceFile({ id, content, defaultCapture: 'plain-text' });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The Russian test report told again in English (same facts, figures and shape), for a fair pair. */
const ENGLISH_TWIN = [
  'Shooting at the Crocus City Hall concert venue near Moscow',
  'On Friday evening, 22 March 2024, several armed men burst into the Crocus City Hall concert venue in Krasnogorsk near Moscow, opened fire on the audience and set the building alight.',
  'According to the Investigative Committee, at least 137 people were killed in the attack, among them three children. More than 180 people were wounded, about a hundred of them were taken to hospital.',
  'On Saturday the FSB said that 11 people were detained, including four suspected gunmen.',
  'The Vilayat Khorasan group, the Afghan branch of the Islamic State, claimed responsibility for the attack. Russian officials, however, blamed Ukraine, which Kyiv denies.',
  'The death toll may rise: up to 40 people may still be under the rubble.',
].join('\n\n');

/** Paragraphs repeated to `bytes` characters, figures and one place varied each round. */
function repeated(paragraphs: string[], place: string, places: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round += 1) {
    for (const p of paragraphs) {
      const varied = p
        .replace(/\d+/g, (d) => String(Number(d) + (round % 7)))
        .replaceAll(place, places[round % places.length] ?? place);
      parts.push(varied);
      size += varied.length + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n');
}

/**
 * The Russian test report's paragraphs repeated to `bytes` characters, figures and places
 * varied each round so the text is not one string repeated.
 */
function russianText(bytes: number): string {
  const content = readFileSync(
    join(process.cwd(), 'tests/fixtures/ru/crocus-report-ru.md'),
    'utf8',
  );
  const parsed = parseSourceFile({ id: 'ru', content });
  if (!parsed.ok) throw new Error(parsed.error);
  const places = ['Красногорске', 'Казани', 'Перми', 'Самаре', 'Твери', 'Омске'];
  return repeated(parsed.value.text.split('\n\n'), 'Красногорске', places, bytes);
}

/** The English twin repeated the same way. */
function englishTwinText(bytes: number): string {
  const places = ['Krasnogorsk', 'Kazan', 'Perm', 'Samara', 'Tver', 'Omsk'];
  return repeated(ENGLISH_TWIN.split('\n\n'), 'Krasnogorsk', places, bytes);
}

const withLanguage = (language: string, text: string) => `---\nlanguage: ${language}\n---\n${text}`;

/** Russian extraction: linear growth 1 -> 4 MB, and its time against English on the same size. */
const suite: BenchSuite = {
  title: 'claim extraction in Russian',
  run(log) {
    const ru1 = asSource('ru1', withLanguage('ru', russianText(MB)));
    const ru4 = asSource('ru4', withLanguage('ru', russianText(4 * MB)));
    const en1 = asSource('en1', withLanguage('en', realisticText(MB)));
    const size = (s: Source) => s.text.length / MB;
    extractSuggestions(ru4);
    const c1 = fastestCpuMs(() => extractSuggestions(ru1), 5);
    const c4 = fastestCpuMs(() => extractSuggestions(ru4), 3);
    const twin = asSource('twin', withLanguage('en', englishTwinText(MB)));
    const counts = { ru: 0, twin: 0, en: 0 };
    const [tr, tt] = medianPairMs(
      () => {
        counts.ru = extractSuggestions(ru1).length;
      },
      () => {
        counts.twin = extractSuggestions(twin).length;
      },
      5,
    );
    const [tr2, te] = medianPairMs(
      () => extractSuggestions(ru1),
      () => {
        counts.en = extractSuggestions(en1).length;
      },
      5,
    );
    log(
      `text: Russian ${size(ru1).toFixed(2)} MB and ${size(ru4).toFixed(2)} MB, its English twin ${size(twin).toFixed(2)} MB, English corpus ${size(en1).toFixed(2)} MB (UTF-16 chars / 2^20)`,
    );
    log(
      `Russian extractSuggestions CPU 1 MB: ${c1.toFixed(0)} ms, 4 MB: ${c4.toFixed(0)} ms; growth x${(c4 / c1).toFixed(2)} (linear = x${(size(ru4) / size(ru1)).toFixed(2)})`,
    );
    log(
      `1 MB wall, medians of 5 interleaved: Russian ${tr.toFixed(0)} ms (${counts.ru} suggestions), the same report in English ${tt.toFixed(0)} ms (${counts.twin} suggestions); Russian/English x${(tr / tt).toFixed(2)} (target <= x2)`,
    );
    log(
      `1 MB wall against the English corpus text (sparser: fewer figures per MB): Russian ${tr2.toFixed(0)} ms, English ${te.toFixed(0)} ms (${counts.en} suggestions); x${(tr2 / te).toFixed(2)}`,
    );
  },
};
export default suite;
