import { describe, expect, it } from 'vitest';
import { targetKey } from '../../../core/compare/attribution';
import { namesMatch } from '../../../core/compare/event-key';

describe('names in two scripts', () => {
  it.each<[string, string]>([
    ['москвой', 'moscow'],
    ['москве', 'moscow'],
    ['москва', 'moscow'],
    ['крокус', 'crocus'],
    ['украину', 'ukraine'],
    ['таджикистана', 'tajikistan'],
    ['афганистане', 'afghanistan'],
    ['кабуле', 'kabul'],
    ['керман', 'kerman'],
    ['хорасан', 'khorasan'],
    ['термезе', 'termez'],
    ['сити', 'city'],
  ])('%s = %s', (a, b) => {
    expect(namesMatch(a, b)).toBe(true);
    expect(namesMatch(b, a)).toBe(true);
  });

  it.each<[string, string]>([
    ['москвой', 'moskovsky'],
    ['кабуле', 'kabardino'],
    ['красногорске', 'krasnodar'],
    ['керман', 'kermanshah'],
    ['ираке', 'iran'],
  ])('%s != %s', (a, b) => expect(namesMatch(a, b)).toBe(false));

  it('leaves names in one script to the old rules', () => {
    expect(namesMatch('russian', 'russia')).toBe(true);
    expect(namesMatch('москва', 'москвой')).toBe(false);
  });
});

describe('whom a Russian attribution names, keyed as the English one', () => {
  it.each<[string, string]>([
    ['Украину', 'Ukraine'],
    ['Украины', 'Ukrainian'],
    ['Таджикистан', 'Tajikistan'],
  ])('%s ~ %s', (russian, english) => expect(targetKey(russian)).toBe(targetKey(english)));

  it('knows a group across scripts: "Вилаят Хорасан" and "ИГИЛ-К" are "ISKP"', () => {
    expect(targetKey('Вилаят Хорасан')).toBe(targetKey('ISKP'));
    expect(targetKey('ИГИЛ-К')).toBe(targetKey('ISKP'));
  });
});
