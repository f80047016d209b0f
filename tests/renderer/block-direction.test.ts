import { describe, expect, it } from 'vitest';
import { sourceFromPastedText } from '../../core/import/paste';
import type { Source } from '../../core/model/source';
import { buildSourceDoc } from '../../renderer/editor/positions';
import { sourceSchema } from '../../renderer/editor/schema';

function pasted(text: string): Source {
  const result = sourceFromPastedText(text, { id: 'p', now: '2026-03-01T10:00:00Z' });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** The dir attribute each block's DOM element gets, in order. */
function renderedDirs(source: Source): (string | undefined)[] {
  const { doc } = buildSourceDoc(source);
  const dirs: (string | undefined)[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const spec = sourceSchema.nodes[node.type.name]!.spec.toDOM!(node) as [
      string,
      Record<string, string>,
    ];
    dirs.push(spec[1].dir);
    return false;
  });
  return dirs;
}

const DARI = 'دو نگهبان شب گذشته در نزدیکی بازار زخمی شدند.';
const LATIN_FIRST_DARI = 'ISKP مسئولیت این حمله را پذیرفت.';
const ENGLISH = 'Two guards were hurt near the market.';

describe('writing direction of each block in the source view', () => {
  it.each<[string, string, string | null, (string | undefined)[]]>([
    ['a Dari paste (detected as Persian)', `${DARI}\n${LATIN_FIRST_DARI}`, null, ['rtl', 'rtl']],
    ['an English paste', `${ENGLISH}\n${ENGLISH}`, null, ['ltr', 'ltr']],
    ['an English quote in a Dari source', `${DARI}\n${ENGLISH}`, 'fa-AF', ['rtl', 'ltr']],
    [
      'a Dari source filed as English: first strong letter decides',
      `${DARI}\n${LATIN_FIRST_DARI}`,
      'en',
      ['rtl', 'ltr'],
    ],
    [
      'the same source set to Pashto in its details',
      `${DARI}\n${LATIN_FIRST_DARI}`,
      'ps',
      ['rtl', 'rtl'],
    ],
  ])('%s', (_case, text, language, expected) => {
    const source = pasted(text);
    const shown = language ? { ...source, metadata: { ...source.metadata, language } } : source;
    expect(renderedDirs(shown)).toEqual(expected);
  });

  it('keeps the text of a right-to-left block in logical order', () => {
    const source = pasted(DARI);
    const { doc } = buildSourceDoc(source);
    expect(doc.textContent).toBe(DARI);
  });
});
