import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../core/io/source-file';
import type { Source } from '../../../core/model/source';
import type { Suggestion } from '../../../core/model/suggestion';
import { nextSuggestionId, panelOrder } from '../../../renderer/suggestions/next-suggestion';

function source(id: string): Source {
  const result = parseSourceFile({ id, content: `---\ntitle: ${id}\n---\nText.` });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const suggestion = (id: string, sourceId: string, type: Suggestion['type']) =>
  ({ id, sourceId, type }) as Suggestion;

const sources = [source('s1'), source('s2')];
// Listed out of panel order on purpose: the panel groups by source, then by claim type.
const pending = new Map<string, Suggestion[]>([
  [
    's1',
    [
      suggestion('date-1', 's1', 'date'),
      suggestion('dead-1', 's1', 'casualty'),
      suggestion('dead-2', 's1', 'casualty'),
    ],
  ],
  ['s2', [suggestion('count-1', 's2', 'count')]],
]);
const byId = new Map([...pending.values()].flat().map((item) => [item.id, item]));
const pick = (...ids: string[]) => ids.map((id) => byId.get(id)!);

describe('panelOrder', () => {
  it('lists by source, then by claim type', () => {
    expect(panelOrder(sources, pending).map((item) => item.id)).toEqual([
      'dead-1',
      'dead-2',
      'date-1',
      'count-1',
    ]);
  });
});

describe('nextSuggestionId', () => {
  it.each<[string, string[], string | null]>([
    ['the one after', ['dead-1'], 'dead-2'],
    ['across a type', ['dead-2'], 'date-1'],
    ['across a source', ['date-1'], 'count-1'],
    ['the one before, at the end', ['count-1'], 'date-1'],
    ['past a whole accepted type', ['dead-1', 'dead-2'], 'date-1'],
    ['none when everything is handled', ['dead-1', 'dead-2', 'date-1', 'count-1'], null],
    ['none for nothing handled', [], null],
  ])('%s', (_, handled, expected) => {
    expect(nextSuggestionId(sources, pending, pick(...handled))).toBe(expected);
  });
});
