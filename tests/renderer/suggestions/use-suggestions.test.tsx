// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { extractSuggestions } from '../../../core/extract';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';
import { useSuggestions } from '../../../renderer/suggestions/use-suggestions';

afterEach(cleanup);

function source(id: string, body: string): Source {
  const parsed = parseSourceFile({ id, content: `---\ntitle: ${id}\nlanguage: en\n---\n${body}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const ferry = source('ferry', 'The ferry sank on Tuesday and at least 12 passengers died.');
const market = source('market', 'Police said 40 people were arrested after the market fire.');

describe('useSuggestions (no Worker here: every source is read on this thread)', () => {
  it.each<[string, Source[]]>([
    ['one source', [ferry]],
    ['two sources', [ferry, market]],
    ['none', []],
  ])('%s: the extractor’s suggestions, by source id', (_, sources) => {
    const { result } = renderHook(() => useSuggestions(sources));
    expect([...result.current]).toEqual(sources.map((item) => [item.id, extractSuggestions(item)]));
  });

  it('reads a source once: a re-render with the same sources gives the same lists', () => {
    const sources = [ferry, market];
    const { result, rerender } = renderHook(({ list }) => useSuggestions(list), {
      initialProps: { list: sources },
    });
    const first = result.current.get('ferry');
    expect(first?.length).toBeGreaterThan(0);
    rerender({ list: [...sources] });
    expect(result.current.get('ferry')).toBe(first);
  });
});
