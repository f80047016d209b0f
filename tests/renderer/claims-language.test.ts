import { describe, expect, it } from 'vitest';
import { figureText } from '../../core/compare/value-text';
import { parseSourceFile } from '../../core/io/source-file';
import type { Source } from '../../core/model/source';
import { draftClaim } from '../../renderer/claims/new-claim';

function source(language: string, body: string): Source {
  const result = parseSourceFile({
    id: language,
    content: `---\nlanguage: ${language}\n---\n${body}`,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function tag(on: Source, text: string) {
  const start = on.text.indexOf(text);
  return draftClaim({
    id: 'c',
    now: '2026-12-03T10:00:00.000Z',
    source: on,
    start,
    end: start + text.length,
    type: 'casualty',
    measure: 'deaths',
    suggestions: [],
  });
}

describe('a tagged figure is read in its source language', () => {
  it('reads "не менее 137" as >= 137 in a Russian source', () => {
    const claim = tag(source('ru', 'Погибли не менее 137 человек.'), 'не менее 137 человек');
    expect(claim.value).toMatchObject({ kind: 'figure', figure: { low: 137, high: null } });
  });

  it('says a Dari qualifier was not read instead of stating an exact 13', () => {
    const claim = tag(source('fa-AF', 'دست کم 13 سرباز کشته شدند.'), 'دست کم 13');
    const figure = claim.value?.kind === 'figure' ? claim.value.figure : null;
    expect(figure).toMatchObject({ low: null, high: null, value: 13, unreadQualifier: 'دست کم' });
    expect(figure && figureText(figure)).toBe('13 (qualifier not read: دست کم)');
  });
});
