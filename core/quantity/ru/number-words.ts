/**
 * Russian number words in every case and gender, as one table of forms: a closed class of
 * irregular words ("сорок", "сорока"; "двести", "двухсот", "двумястами"), so a list of forms
 * is shorter and surer than rules. "ё" is written "е" (the table folds it). Ordinals
 * ("третий", "пятого") are not here: they are no counts.
 */
import type { NumberRole, NumberWord } from '../tabled/table';
import { wordTable } from '../../text/word-table';

/** Value, role and the space-separated forms of each number word. */
const FORMS: ReadonlyArray<readonly [number, NumberRole, string]> = [
  [0, 'unit', 'ноль нуль ноля нуля нолю нулю нолем нулем'],
  [1, 'unit', 'один одна одно одного одной одному одним одну одном одною'],
  [2, 'unit', 'два две двух двум двумя'],
  [3, 'unit', 'три трех трем тремя'],
  [4, 'unit', 'четыре четырех четырем четырьмя'],
  [5, 'unit', 'пять пяти пятью'],
  [6, 'unit', 'шесть шести шестью'],
  [7, 'unit', 'семь семи семью'],
  [8, 'unit', 'восемь восьми восемью восьмью'],
  [9, 'unit', 'девять девяти девятью'],
  [1.5, 'unit', 'полтора полторы полутора'],
  [10, 'teen', 'десять десяти десятью'],
  [40, 'ten', 'сорок сорока'],
  [90, 'ten', 'девяносто девяноста'],
  [100, 'hundred', 'сто ста'],
  [200, 'hundred', 'двести двухсот двумстам двумястами двухстах'],
  [300, 'hundred', 'триста трехсот тремстам тремястами трехстах'],
  [400, 'hundred', 'четыреста четырехсот четыремстам четырьмястами четырехстах'],
];

/** Stems of 11-19, 20 and 30: each takes -ть, -ти, -тью ("одиннадцать", "тридцати"). */
const TEEN_STEMS: ReadonlyArray<readonly [number, NumberRole, string]> = [
  [11, 'teen', 'одиннадца'],
  [12, 'teen', 'двенадца'],
  [13, 'teen', 'тринадца'],
  [14, 'teen', 'четырнадца'],
  [15, 'teen', 'пятнадца'],
  [16, 'teen', 'шестнадца'],
  [17, 'teen', 'семнадца'],
  [18, 'teen', 'восемнадца'],
  [19, 'teen', 'девятнадца'],
  [20, 'ten', 'двадца'],
  [30, 'ten', 'тридца'],
];

/** 50-80 and 500-900: two parts that both decline ("пятьдесят", "пятидесяти", "пятьюдесятью"). */
const COMPOUND_STEMS: ReadonlyArray<readonly [number, string, string, string]> = [
  // value, nominative head, oblique head, instrumental head
  [5, 'пять', 'пяти', 'пятью'],
  [6, 'шесть', 'шести', 'шестью'],
  [7, 'семь', 'семи', 'семью'],
  [8, 'восемь', 'восьми', 'восемью'],
  [9, 'девять', 'девяти', 'девятью'],
];

/** Collective numerals ("двое", "троих", "четверыми"): they count people, alone. */
const COLLECTIVE_STEMS: ReadonlyArray<readonly [number, string, readonly string[]]> = [
  [2, 'дво', ['е', 'их', 'им', 'ими']],
  [3, 'тро', ['е', 'их', 'им', 'ими']],
  [4, 'четвер', ['о', 'ых', 'ым', 'ыми']],
  [5, 'пятер', ['о', 'ых', 'ым', 'ыми']],
  [6, 'шестер', ['о', 'ых', 'ым', 'ыми']],
  [7, 'семер', ['о', 'ых', 'ым', 'ыми']],
  [8, 'восьмер', ['о', 'ых', 'ым', 'ыми']],
  [9, 'девятер', ['о', 'ых', 'ым', 'ыми']],
  [10, 'десятер', ['о', 'ых', 'ым', 'ыми']],
];

function build(): Record<string, NumberWord> {
  const out: Record<string, NumberWord> = {};
  const put = (form: string, value: number, role: NumberRole) => {
    out[form] = value === 1.5 ? { value, role, decimals: 1 } : { value, role };
  };
  for (const [value, role, forms] of FORMS) for (const f of forms.split(' ')) put(f, value, role);
  for (const [value, role, stem] of TEEN_STEMS)
    for (const end of ['ть', 'ти', 'тью']) put(stem + end, value, role);
  for (const [unit, nominative, oblique, instrumental] of COMPOUND_STEMS) {
    // Tens: пятьдесят / пятидесяти / пятьюдесятью (ninety is "девяносто", in FORMS).
    if (unit < 9) put(`${nominative}десят`, unit * 10, 'ten');
    if (unit < 9) put(`${oblique}десяти`, unit * 10, 'ten');
    if (unit < 9) put(`${instrumental}десятью`, unit * 10, 'ten');
    // Hundreds: пятьсот / пятисот / пятистам / пятьюстами / пятистах.
    put(`${nominative}сот`, unit * 100, 'hundred');
    for (const end of ['сот', 'стам', 'стах']) put(oblique + end, unit * 100, 'hundred');
    put(`${instrumental}стами`, unit * 100, 'hundred');
  }
  for (const [value, stem, ends] of COLLECTIVE_STEMS)
    for (const end of ends) put(stem + end, value, 'collective');
  return out;
}

/** Every Russian number-word form, folded ("ё" as "е"), with its value and role. */
export const RUSSIAN_NUMBER_WORDS: Readonly<Record<string, NumberWord>> = wordTable(build());

/** Declensions of a scale noun: stem plus endings ("тысяч" + "а", "и", "у", ...). */
function declined(stem: string, ends: string, value: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const end of ends.split(' ')) out[stem + (end === '-' ? '' : end)] = value;
  return out;
}

const MASCULINE = '- а у ом е ы ов ам ами ах';

/**
 * Scale words after a number, every case, and their abbreviations ("тыс.", "млн", "млрд"):
 * "два десятка" is 20, "полторы сотни" 150.
 */
export const RUSSIAN_SCALES: Readonly<Record<string, number>> = wordTable({
  ...declined('тысяч', 'а и е у ей ею - ам ами ах', 1_000),
  ...declined('десят', 'ок ка ку ком ке ки ков кам ками ках', 10),
  ...declined('сотн', 'я и е ю ей ям ями ях', 100),
  сотен: 100,
  ...declined('миллион', MASCULINE, 1_000_000),
  ...declined('миллиард', MASCULINE, 1_000_000_000),
  тыс: 1_000,
  млн: 1_000_000,
  млрд: 1_000_000_000,
});
