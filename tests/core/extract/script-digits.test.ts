import { describe, expect, it } from 'vitest';
import { extractSuggestions } from '../../../core/extract/index';
import { parseSourceFile } from '../../../core/io/source-file';

function figures(language: string, body: string) {
  const parsed = parseSourceFile({ id: 's', content: `---\nlanguage: ${language}\n---\n${body}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return extractSuggestions(parsed.value).map((s) => {
    const f = s.value?.kind === 'figure' ? s.value.figure : null;
    return [s.measure, f?.low, f?.high, f?.unreadQualifier];
  });
}

describe('figures written in the digits of other scripts', () => {
  it.each<[string, string, unknown[][]]>([
    ['en', 'At least ۱۳ soldiers were killed.', [['deaths', 13, null, undefined]]],
    ['en', 'The blast killed ١٧٠ people.', [['deaths', 170, 170, undefined]]],
    ['ru', 'Погибли не менее ۱۳ военнослужащих.', [['deaths', 13, null, undefined]]],
    // An English sentence in a source filed as French: its qualifier words are read as English.
    ['fr', 'At least 13 soldiers were killed.', [['deaths', 13, null, undefined]]],
    // Words the English rules cannot read, before a bare figure, in a language with no table.
    [
      'fr',
      'They said roughly, perhaps 13 soldiers were killed.',
      [['deaths', null, null, 'perhaps']],
    ],
  ])('%s: %s', (language, body, expected) => expect(figures(language, body)).toEqual(expected));
});
