import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  declaredOrDetectedLanguage,
  detectLanguage,
  UNDETERMINED_LANGUAGE,
} from '../../../core/language/detect';

// Invented sentences, short (a headline) and long (a lede), in each language an analyst meets.
const SENTENCES: readonly [language: string, length: 'short' | 'long', text: string][] = [
  ['en', 'short', 'The bridge was closed.'],
  ['en', 'short', 'Two guards were wounded overnight.'],
  [
    'en',
    'long',
    'Officials in the provincial capital said on Friday that at least forty people were hurt when a truck exploded beside the grain market, and that rescue teams searched the rubble until dawn.',
  ],
  ['ru', 'short', 'Мост закрыли.'],
  ['ru', 'short', 'Ночью ранены двое охранников.'],
  [
    'ru',
    'long',
    'По словам местных властей, в пятницу у зернового рынка взорвался грузовик; не менее сорока человек получили ранения, а спасатели разбирали завалы до самого утра.',
  ],
  ['uk', 'short', 'Міст закрили.'],
  ['uk', 'short', 'Вночі поранено двох охоронців.'],
  [
    'uk',
    'long',
    "За словами місцевої влади, у п'ятницю біля зернового ринку вибухнула вантажівка; щонайменше сорок людей дістали поранень, а рятувальники розбирали завали до самого ранку.",
  ],
  ['fa', 'short', 'پل بسته شد.'],
  ['fa', 'short', 'دو نگهبان شب گذشته زخمی شدند.'],
  [
    'fa',
    'long',
    'به گفته مقامات محلی، روز جمعه یک موتر باربری در کنار بازار غله منفجر شد؛ دست کم چهل نفر زخمی شدند و تیم‌های امدادی تا سحر آوار را جستجو کردند.',
  ],
  ['ar', 'short', 'أغلق الجسر.'],
  ['ar', 'short', 'أصيب حارسان خلال الليل.'],
  [
    'ar',
    'long',
    'قالت السلطات المحلية إن شاحنة انفجرت يوم الجمعة قرب سوق الحبوب، وإن أربعين شخصا على الأقل أصيبوا، وإن فرق الإنقاذ بحثت تحت الأنقاض حتى الفجر.',
  ],
  ['fr', 'short', 'Le pont a été fermé.'],
  ['fr', 'short', 'Deux gardiens ont été blessés cette nuit.'],
  [
    'fr',
    'long',
    "Selon les autorités locales, un camion a explosé vendredi près du marché aux grains ; au moins quarante personnes ont été blessées et les secouristes ont fouillé les décombres jusqu'à l'aube.",
  ],
  ['ps', 'short', 'درې ساتونکي ټپيان شول.'],
  [
    'ps',
    'long',
    'د ځايي چارواکو په وینا، د جمعې په ورځ د غلې بازار ته نږدې یو لارۍ وچاودېده او لږ تر لږه څلویښت کسان ټپيان شول.',
  ],
];

describe('detectLanguage', () => {
  it.each(SENTENCES)('reads %s (%s): %s', (language, _length, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each([
    ['empty text', ''],
    ['digits and punctuation only', '143 — 170 (27.08.2021)'],
  ])('says undetermined for %s', (_case, text) => {
    expect(detectLanguage(text)).toBe(UNDETERMINED_LANGUAGE);
  });

  it('never throws and always answers a two- or three-letter tag, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(detectLanguage(text)).toMatch(/^[a-z]{2,3}$/);
      }),
    );
  });

  it('reads the language of the opening of a long article', () => {
    const article = `${SENTENCES[5]![2]}\n\n`.repeat(200) + 'The end of the article is English.';
    expect(detectLanguage(article)).toBe('ru');
  });
});

describe('declaredOrDetectedLanguage', () => {
  it.each<[string, string | undefined, string, string]>([
    ['a declared tag wins over the text', 'en-GB', 'Мост закрыли.', 'en-GB'],
    ['no tag: detected', undefined, 'Мост закрыли.', 'ru'],
    ['a blank tag counts as none', '  ', 'پل بسته شد.', 'fa'],
  ])('%s', (_case, declared, text, expected) => {
    expect(declaredOrDetectedLanguage(declared, text)).toBe(expected);
  });
});
