import { describe, expect, it } from 'vitest';
import { extractSuggestions } from '../../../../core/extract/index';
import { parseSourceFile } from '../../../../core/io/source-file';
import type { Source } from '../../../../core/model/source';

function source(text: string, published: string | null = null, language = 'ru'): Source {
  const front = `---\nlanguage: ${language}\n${published ? `published: ${published}\n` : ''}---\n`;
  const parsed = parseSourceFile({ id: 't', content: `${front}${text}` });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

interface Brief {
  measure: string;
  quote: string;
  subject?: string;
}

const figures = (text: string): Brief[] =>
  extractSuggestions(source(text))
    .filter((s) => s.type === 'casualty' || s.type === 'count')
    .map((s) => ({
      measure: s.measure,
      quote: s.quote,
      ...(s.subject ? { subject: s.subject } : {}),
    }));

describe('Russian measures: the cue before, after, or the counted noun itself', () => {
  it.each<[string, Brief[]]>([
    ['Погибли 12 человек.', [{ measure: 'deaths', quote: '12 человек' }]],
    ['В результате взрыва погиб один человек.', [{ measure: 'deaths', quote: 'один человек' }]],
    ['Число погибших достигло 95.', [{ measure: 'deaths', quote: '95' }]],
    ['Число жертв возросло до 143 человек.', [{ measure: 'deaths', quote: '143 человек' }]],
    // The toll noun heads a long clause: it still names the measure.
    [
      'Число погибших при взрыве на рынке в центре Самары возросло до 61 человека.',
      [{ measure: 'deaths', quote: '61 человека' }],
    ],
    ['Число раненых составило 88 человек.', [{ measure: 'injured', quote: '88 человек' }]],
    [
      'Жертвами обстрела стали не менее 17 жителей.',
      [{ measure: 'deaths', quote: 'не менее 17 жителей' }],
    ],
    [
      'Убиты восемь полицейских.',
      [{ measure: 'deaths', quote: 'восемь полицейских', subject: 'police' }],
    ],
    // The counted noun is the word after the number, here an adjective.
    ['Боевики убили 40 мирных жителей.', [{ measure: 'deaths', quote: '40 мирных' }]],
    ['В больнице скончались ещё двое.', [{ measure: 'deaths', quote: 'двое' }]],
    ['Ранены 25 человек.', [{ measure: 'injured', quote: '25 человек' }]],
    ['Более 60 человек получили ранения.', [{ measure: 'injured', quote: 'Более 60 человек' }]],
    ['Пострадали около 30 пассажиров.', [{ measure: 'injured', quote: 'около 30 пассажиров' }]],
    ['Число пострадавших превысило 200.', [{ measure: 'injured', quote: 'превысило 200' }]],
    [
      'Семеро госпитализированы.',
      [{ measure: 'injured', quote: 'Семеро', subject: 'hospitalised' }],
    ],
    ['Полиция задержала 14 подозреваемых.', [{ measure: 'arrests', quote: '14 подозреваемых' }]],
    ['Задержаны трое.', [{ measure: 'arrests', quote: 'трое' }]],
    ['Арестованы 5 человек.', [{ measure: 'arrests', quote: '5 человек' }]],
    ['Боевики удерживают 40 заложников.', [{ measure: 'hostages', quote: '40 заложников' }]],
    ['Без вести пропавшими числятся 22 человека.', [{ measure: 'missing', quote: '22 человека' }]],
    [
      'Погибли 137 человек, ещё 182 ранены.',
      [
        { measure: 'deaths', quote: '137 человек' },
        { measure: 'injured', quote: '182' },
      ],
    ],
    [
      '137 человек погибли, 182 человека ранены.',
      [
        { measure: 'deaths', quote: '137 человек' },
        { measure: 'injured', quote: '182 человека' },
      ],
    ],
    [
      'Погибли 40 человек, в том числе шестеро детей.',
      [
        { measure: 'deaths', quote: '40 человек' },
        { measure: 'deaths', quote: 'шестеро детей', subject: 'children' },
      ],
    ],
    [
      'Погибли 13 военнослужащих.',
      [{ measure: 'deaths', quote: '13 военнослужащих', subject: 'soldiers' }],
    ],
    [
      'Ранены четверо сотрудников полиции.',
      [{ measure: 'injured', quote: 'четверо сотрудников', subject: 'police' }],
    ],
    [
      'Пострадали двое сотрудников торгового центра.',
      [{ measure: 'injured', quote: 'двое сотрудников', subject: 'staff' }],
    ],
    ['Погибли 3 женщины.', [{ measure: 'deaths', quote: '3 женщины', subject: 'women' }]],
    [
      'Под завалами могли погибнуть до 40 человек.',
      [{ measure: 'deaths', quote: 'до 40 человек' }],
    ],
    ['Погибли десятки людей.', [{ measure: 'deaths', quote: 'десятки людей' }]],
    ['Число погибших в результате пожара увеличилось до 64.', [{ measure: 'deaths', quote: '64' }]],
    [
      'Взрыв унёс жизни 15 человек и ранил более 100.',
      [
        { measure: 'deaths', quote: '15 человек' },
        { measure: 'injured', quote: 'более 100' },
      ],
    ],
    [
      'Теракт унёс жизни почти полутора сотен человек.',
      [{ measure: 'deaths', quote: 'почти полутора сотен человек' }],
    ],
    [
      'В больницы доставлены 86 человек.',
      [{ measure: 'injured', quote: '86 человек', subject: 'hospitalised' }],
    ],
    [
      'Ранены 52 человека, 40 из них в тяжёлом состоянии.',
      [
        { measure: 'injured', quote: '52 человека' },
        { measure: 'injured', quote: '40', subject: 'in critical condition' },
      ],
    ],
    [
      'Погибших — 23, раненых — 112.',
      [
        { measure: 'deaths', quote: '23' },
        { measure: 'injured', quote: '112' },
      ],
    ],
    [
      'В заложниках оказались более 1100 человек, из них 777 детей.',
      [
        { measure: 'hostages', quote: 'более 1100 человек' },
        { measure: 'hostages', quote: '777 детей', subject: 'children' },
      ],
    ],
    [
      'Силовики задержали пятерых подозреваемых, ещё двоих задержали позже.',
      [
        { measure: 'arrests', quote: 'пятерых подозреваемых' },
        { measure: 'arrests', quote: 'двоих' },
      ],
    ],
    ['Ранения получили сотни человек.', [{ measure: 'injured', quote: 'сотни человек' }]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each<string>([
    'Концерт начался в 20:00.',
    'Зал вмещает 6 200 зрителей.',
    'Нападавшему 19 лет.',
    'Билет стоил 5 тысяч рублей.',
    'Спустя 2 года суд вынес приговор.',
    'Рост составил 10 процентов.',
    'Это был один из крупнейших терактов.',
    'Дом № 12 на улице Ленина.',
    'Теракт произошёл 22 марта 2024 года.',
    'Возбуждено уголовное дело по статье 205 УК.',
  ])('no casualty or count in: %s', (text) => expect(figures(text)).toEqual([]));
});

describe('Russian dates', () => {
  const dates = (text: string, published: string | null = null) =>
    extractSuggestions(source(text, published))
      .filter((s) => s.type === 'date')
      .map((s) => (s.value?.kind === 'date' ? s.value.date : ''));

  it.each<[string, string | null, string[]]>([
    ['Теракт произошёл 22 марта 2024 года.', null, ['2024-03-22']],
    ['Нападение случилось 22 марта.', null, ['--03-22']],
    ['Нападение случилось 22 марта.', '2024-03-25', ['2024-03-22']],
    ['Взрыв прогремел в пятницу.', '2024-03-24', ['2024-03-22']],
    ['Взрыв прогремел в пятницу.', null, []],
    ['Нападение произошло вчера вечером.', '2024-03-23', ['2024-03-22']],
    ['Нападение произошло вчера вечером.', null, []],
    ['Теракт в метро произошёл в 2017 году.', null, ['2017']],
    ['Обстрел начался 3 апреля 2022 года.', null, ['2022-04-03']],
    ['Статья опубликована 25 марта 2024 года.', null, []],
    ['Утром 15 апреля боевики захватили школу.', '2024-04-16', ['2024-04-15']],
  ])('%s (published %s)', (text, published, expected) =>
    expect(dates(text, published)).toEqual(expected),
  );
});

describe('Russian speakers and attributions', () => {
  const attributions = (text: string) =>
    extractSuggestions(source(text))
      .filter((s) => s.type === 'attribution')
      .map((s) => [s.attributedTo, s.attributedTarget]);
  const speakers = (text: string) => extractSuggestions(source(text)).map((s) => s.attributedTo);

  it.each<[string, string[][]]>([
    [
      'Ответственность за нападение взяла на себя группировка «Исламское государство».',
      [['группировка «Исламское государство»', 'Исламское государство']],
    ],
    ['ИГИЛ взяло на себя ответственность за взрыв.', [['ИГИЛ', 'ИГИЛ']]],
    ['Власти обвинили Украину.', [['Власти', 'Украину']]],
    [
      'Следователи обвинили в организации теракта Вилаят Хорасан.',
      [['Следователи', 'Вилаят Хорасан']],
    ],
    ['Погибли 5 человек.', []],
  ])('%s', (text, expected) => expect(attributions(text)).toEqual(expected));

  it.each<[string, string]>([
    ['По данным МВД, погибли 5 человек.', 'МВД'],
    ['По данным Следственного комитета, погибли 5 человек.', 'Следственного комитета'],
    ['По словам Пескова, ранены 12 человек.', 'Пескова'],
    ['ФСБ сообщила, что задержаны 11 человек.', 'ФСБ'],
    ['Как сообщает ТАСС, пострадали 30 человек.', 'ТАСС'],
    ['Погибли 5 человек.', ''],
  ])('%s', (text, speaker) => expect(speakers(text)[0]).toBe(speaker));
});

describe('the source language picks the reader', () => {
  it('reads a Russian toll in a Russian source, and not in one filed as English', () => {
    const text = 'Погибли не менее 137 человек.';
    const read = (language: string) =>
      extractSuggestions(source(text, null, language)).map((s) => [
        s.measure,
        s.value?.kind === 'figure' ? s.value.figure.high : undefined,
      ]);
    expect(read('ru')).toEqual([['deaths', null]]);
    expect(read('en')).not.toContainEqual(['deaths', null]);
  });

  it('accepts a regional tag ("ru-RU")', () => {
    expect(extractSuggestions(source('Ранены 25 человек.', null, 'ru-RU'))).toHaveLength(1);
  });
});
