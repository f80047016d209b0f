/**
 * Russian cue words for measures, populations and events, as stems: Russian inflects every noun,
 * verb and participle ("погибли", "погибших", "погибшими"), so one stem stands for all its forms
 * and the table stays a list of words. The measure and population names are the English ones
 * (../lexicon.ts CASUALTY_CUES and COUNT_CUES, core/compare/subject.ts), so a Russian figure and
 * an English one about the same fact get the same keys.
 */

/** A stem table: every word starting with a stem gets its value; longer stems first. */
export type StemTable = ReadonlyArray<readonly [stem: string, value: string]>;

/** Casualty measures by stem ("погиб" for погибли, погибших, погибло ...). */
export const RU_CASUALTY_STEMS: StemTable = [
  ['погиб', 'deaths'],
  ['гибел', 'deaths'],
  ['убит', 'deaths'],
  ['убил', 'deaths'],
  ['убив', 'deaths'],
  ['жертв', 'deaths'],
  ['скончал', 'deaths'],
  ['умер', 'deaths'],
  ['мертв', 'deaths'],
  ['жизн', 'deaths'],
  ['ранен', 'injured'],
  ['ранил', 'injured'],
  ['пострада', 'injured'],
  ['травмир', 'injured'],
  ['госпитализ', 'injured'],
  ['больниц', 'injured'],
  ['пропавш', 'missing'],
  ['пропал', 'missing'],
  ['заложник', 'hostages'],
];

/**
 * Cue words that make an injury figure a part of the injured (English INJURY_STATES): those
 * taken to hospital, those in a grave state. Their population words are the English ones.
 */
export const RU_STATE_STEMS: StemTable = [
  ['госпитализ', 'hospitalised'],
  ['больниц', 'hospitalised'],
  ['тяжел', 'in critical condition'],
  ['критическ', 'in critical condition'],
  ['реанимац', 'in critical condition'],
];

/** Count measures by stem: the arrested and detained, the recruited. */
export const RU_COUNT_STEMS: StemTable = [
  ['задерж', 'arrests'],
  ['арест', 'arrests'],
  ['стражу', 'arrests'],
  ['завербов', 'recruits'],
];

/**
 * Who is counted, by stem of the counted noun, as the English role word that
 * core/compare/subject.ts folds to its key ("военнослужащих" -> "soldiers" -> military).
 * Words for people in general (человек, людей, жителей, зрителей) are not here: no key.
 */
export const RU_POPULATION_STEMS: StemTable = [
  ['военнослужащ', 'soldiers'],
  ['солдат', 'soldiers'],
  ['военн', 'soldiers'],
  ['дети', 'children'],
  ['детей', 'children'],
  ['детьми', 'children'],
  ['детям', 'children'],
  ['детях', 'children'],
  ['ребен', 'children'],
  ['ребён', 'children'],
  ['несовершеннолетн', 'children'],
  ['полицейск', 'police'],
  ['сотрудник', 'staff'],
  ['работник', 'staff'],
  ['женщин', 'women'],
  ['мужчин', 'men'],
  ['иностран', 'foreigners'],
  ['террорист', 'attackers'],
  ['боевик', 'attackers'],
  ['нападавш', 'attackers'],
  ['исполнител', 'attackers'],
  ['заложник', 'hostages'],
  ['госпитализ', 'hospitalised'],
];

/** Words after "сотрудники" that make them a force: "сотрудников полиции" are police. */
export const RU_FORCE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['полиц', 'police'],
  ['мвд', 'police'],
  ['росгвард', 'police'],
  ['фсб', 'police'],
];

/** Counted nouns that are durations, shares or money: figures, but no count to compare. */
export const RU_NON_COUNT_STEMS: readonly string[] = [
  'лет',
  'год',
  'месяц',
  'недел',
  'дн',
  'дня',
  'сут',
  'час',
  'минут',
  'секунд',
  'рубл',
  'доллар',
  'евро',
  'километр',
  'метр',
  'раз',
];

/** Stems of words that tell of an event (attack, blast, shooting, seizure). */
export const RU_EVENT_STEMS: readonly string[] = [
  'теракт',
  'террорист',
  'нападени',
  'напал',
  'атак',
  'взрыв',
  'стрельб',
  'стрелял',
  'огонь',
  'огня',
  'обстрел',
  'расстрел',
  'захват',
  'поджог',
  'подожг',
  'погиб',
  'убит',
  'ранен',
];

/** The value of the first stem that the word starts with, or undefined. */
export function stemValue(table: StemTable, word: string): string | undefined {
  for (const [stem, value] of table) if (word.startsWith(stem)) return value;
  return undefined;
}
