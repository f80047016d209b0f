/**
 * Extraction in Russian: the Russian figure table, measures by stems, chrono's Russian dates
 * and the Russian attribution patterns, behind the one ExtractionLanguage interface.
 */
import type { ExtractionLanguage } from '../extraction-language';
import { RUSSIAN_FIGURES } from '../../quantity/ru/figure-table';
import { scanTableFigures } from '../../quantity/tabled/scanner';
import type { Token } from '../../quantity/tokens';
import { findRussianAttributions, findRussianSpeaker } from './attributions';
import { findRussianDates, mayHoldRussianDate } from './dates';
import { findRussianEventCues } from './events';
import { RU_CASUALTY_STEMS, RU_COUNT_STEMS, RU_EVENT_STEMS } from './lexicon';
import { measureRussianFigures } from './measures';

/**
 * Digits of any script, or a Russian number word, scale, vague amount or attribution cue (no
 * word boundaries: JavaScript's \b knows only ASCII letters). A cheap filter, so it may let
 * through a sentence that holds nothing.
 */
const CANDIDATE =
  /\d|[\u0660-\u0669\u06f0-\u06f9]|один|одн[аоиу]|дв[аеоу]|тр[иое]|четыр|четвер|пят|шест|сем|восем|восьм|девят|десят|дцат|сорок|девяност|сто|ста|двест|сот|тысяч|полтор|полутор|ноль|нул|миллион|миллиард|млн|млрд|тыс|сотн|несколь|ответственност|обвин|данным|словам/i;

/** Month names, weekdays and days named relative to publication. */
const MONTH_OR_YEAR =
  /январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[ауы]|четверг|пятниц|суббот|воскресень|вчера|сегодня|позавчера/i;

const fold = (word: string) => (word.includes('ё') ? word.replace(/ё/g, 'е') : word);

const EVENT_STEMS = [
  ...RU_EVENT_STEMS,
  ...RU_CASUALTY_STEMS.map(([stem]) => stem),
  ...RU_COUNT_STEMS.map(([stem]) => stem),
];

function mentionsEvent(tokens: readonly Token[]): boolean {
  return tokens.some((t) => {
    if (t.kind !== 'word') return false;
    const word = fold(t.lower);
    return EVENT_STEMS.some((stem) => word.startsWith(stem));
  });
}

/** Words right before a date that make it the date of a publication or an update. */
const PUBLICATION_STEMS = ['опубликов', 'обновл', 'дата'];

function datesAnEvent(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k -= 1) {
    const word = fold(tokens[k]?.lower ?? '');
    if (PUBLICATION_STEMS.some((stem) => word.startsWith(stem))) return false;
  }
  return true;
}

export const russianExtraction: ExtractionLanguage = {
  candidate: CANDIDATE,
  monthOrYear: MONTH_OR_YEAR,
  figures: (text, tokens) => scanTableFigures(RUSSIAN_FIGURES, text, tokens),
  measure: measureRussianFigures,
  mayHoldDate: mayHoldRussianDate,
  dates: findRussianDates,
  datesAnEvent,
  mentionsEvent,
  eventCues: findRussianEventCues,
  speaker: findRussianSpeaker,
  attributions: (text, tokens, _previous, speaker) =>
    findRussianAttributions(text, tokens, speaker),
};
