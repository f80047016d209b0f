import { describe, expect, it } from 'vitest';
import { findFigures, parseFigure } from '../../../core/quantity';
import { extractSuggestions } from '../../../core/extract';
import { parseSourceFile } from '../../../core/io/source-file';

// Words that are members of every plain JavaScript object must never read as numbers, units or
// currencies: lookup tables keyed by input words have no prototype.
const WORDS = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
];

describe('words named like Object members', () => {
  it.each(WORDS)('"%s" is not a figure', (word) => {
    expect(findFigures(`The ${word} said ${word} twice.`)).toEqual([]);
    expect(parseFigure(word)).toBeNull();
  });

  it.each(WORDS)('"%s" after a number is not its unit or scale', (word) => {
    const [figure] = findFigures(`Officials counted 12 ${word} here.`);
    expect(figure).toMatchObject({ text: '12', low: 12, high: 12 });
  });

  it('a sentence full of them yields no suggestion', () => {
    const source = parseSourceFile({
      id: 's',
      content: `The ${WORDS.join(' and the ')} were killed.`,
    });
    expect(source.ok && extractSuggestions(source.value)).toEqual([]);
  });
});
