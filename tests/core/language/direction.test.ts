import { describe, expect, it } from 'vitest';
import {
  blockDirection,
  firstStrongDirection,
  languageDirection,
} from '../../../core/language/direction';

describe('languageDirection', () => {
  it.each([
    ['fa', 'rtl'],
    ['fa-AF', 'rtl'],
    ['prs', 'rtl'],
    ['ps', 'rtl'],
    ['ar', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['AR_eg', 'rtl'],
    ['en', 'ltr'],
    ['ru', 'ltr'],
    ['uk', 'ltr'],
    ['uz', 'ltr'],
    ['uz-Latn', 'ltr'],
    ['tg', 'ltr'],
    ['ku', 'ltr'],
    ['und', 'ltr'],
    ['', 'ltr'],
  ])('%s is %s', (tag, direction) => {
    expect(languageDirection(tag)).toBe(direction);
  });
});

describe('firstStrongDirection', () => {
  it.each([
    ['Dari sentence', 'دو نگهبان زخمی شدند.', 'rtl'],
    ['Arabic after digits and a quote mark', '«١٧٠ شخصا قتلوا»', 'rtl'],
    ['Persian digits first, then a Latin word', '۱۳ ISKP', 'ltr'],
    ['Latin name first in a Dari sentence', 'ISKP مسئولیت حمله را پذیرفت.', 'ltr'],
    ['Russian', '— Погибли трое.', 'ltr'],
    ['Hebrew', 'שלושה נפצעו.', 'rtl'],
    ['digits and punctuation only', '13 — 170.', null],
    ['empty', '', null],
  ])('%s', (_case, text, direction) => {
    expect(firstStrongDirection(text)).toBe(direction);
  });
});

describe('blockDirection', () => {
  it.each([
    ['Dari block in a Dari source', 'دو نگهبان زخمی شدند.', 'fa', 'rtl'],
    ['Dari block in a source filed as English', 'دو نگهبان زخمی شدند.', 'en', 'rtl'],
    ['Dari block opening with a Latin name, Dari source', 'ISKP مسئولیت را پذیرفت.', 'fa', 'rtl'],
    ['the same block in a source filed as English', 'ISKP مسئولیت را پذیرفت.', 'en', 'ltr'],
    ['English quote in a Dari source', 'He said: "we will rebuild".', 'fa', 'ltr'],
    ['a bare figure in a Pashto source', '۱۳', 'ps', 'rtl'],
    ['a bare figure in an English source', '13', 'en', 'ltr'],
    ['Russian block', 'Мост закрыли.', 'ru', 'ltr'],
  ])('%s', (_case, text, language, direction) => {
    expect(blockDirection(text, language)).toBe(direction);
  });
});
