/**
 * Russian attributions and speakers: "X взяла на себя ответственность", "ответственность ...
 * взяла на себя X", "Y обвинили X", "по данным X", "X заявил", "как сообщает X". Names are
 * runs of capitalised words or a «quoted» name, with a leading common noun kept when a quote
 * follows it ("группировка «Вилаят Хорасан»"). Bounded look-around; a miss beats a guess.
 */
import type { Token } from '../../quantity/tokens';
import type { FoundAttribution } from '../attributions';
import { isCapitalised, type Phrase } from '../phrases';

const fold = (word: string) => (word.includes('ё') ? word.replace(/ё/g, 'е') : word);
const starts = (token: Token | undefined, stems: readonly string[]) =>
  token?.kind === 'word' && stems.some((stem) => fold(token.lower).startsWith(stem));

/** Verbs of taking responsibility, accusing and speaking, as stems. */
const TAKE = ['взял', 'взяв', 'берет', 'берут'];
const ACCUSE = ['обвини', 'обвиня', 'возложил'];
const SAY = ['заяви', 'заявля', 'сообщи', 'сообща', 'рассказа', 'подтверди', 'уточни'];
/** "по данным X", "по словам X", "по информации X", "как сообщает X". */
const ACCORDING = ['данным', 'словам', 'информации', 'сведениям', 'оценкам'];

const NAME_LIMIT = 6;

function phrase(text: string, tokens: readonly Token[], first: number, last: number): Phrase {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  const written = text.slice(start, end);
  const inner = /«([^»]+)»/u.exec(written)?.[1];
  const bracket = /\(([^)]+)\)/u.exec(written)?.[1];
  return { text: written, short: (bracket ?? inner ?? written).trim(), start, end, first, last };
}

/** A «quoted» name from tokens[i] (the opening quote): the index of its closing quote. */
function quoteEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== '«') return -1;
  for (let k = i + 1; k < tokens.length && k <= i + NAME_LIMIT + 1; k += 1)
    if (tokens[k]?.text === '»') return k;
  return -1;
}

/** The name starting at or up to two words after tokens[i]. */
export function nameAfter(text: string, tokens: readonly Token[], i: number): Phrase | null {
  for (let lead = i; lead <= i + 2 && lead < tokens.length; lead += 1) {
    const close = quoteEnd(tokens, lead);
    if (close > 0) return phrase(text, tokens, lead > i ? i : lead, close);
    if (isCapitalised(tokens[lead])) {
      let last = lead;
      while (last - lead < NAME_LIMIT && isCapitalised(tokens[last + 1])) last += 1;
      if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')') last += 3;
      return phrase(text, tokens, lead, last);
    }
    if (tokens[lead]?.kind !== 'word') return null;
  }
  return null;
}

/** The name ending right before tokens[i] (the verb). */
function nameBefore(text: string, tokens: readonly Token[], i: number): Phrase | null {
  let last = i - 1;
  if (tokens[last]?.text === '»') {
    let open = last - 1;
    while (open > 0 && last - open <= NAME_LIMIT && tokens[open]?.text !== '«') open -= 1;
    if (tokens[open]?.text !== '«') return null;
    const lead =
      tokens[open - 1]?.kind === 'word' && !isCapitalised(tokens[open - 1]) ? open - 1 : open;
    return phrase(text, tokens, lead, last);
  }
  if (tokens[last]?.text === ')' && tokens[last - 2]?.text === '(') last -= 3;
  if (!isCapitalised(tokens[last])) return null;
  let first = last;
  while (first > 0 && last - first < NAME_LIMIT && isCapitalised(tokens[first - 1])) first -= 1;
  return phrase(text, tokens, first, i - 1);
}

/** A name followed by lower-case words of its own ("Следственного комитета"), to the clause end. */
function extendToClause(text: string, tokens: readonly Token[], name: Phrase): Phrase {
  let last = name.last;
  while (last - name.first < NAME_LIMIT && tokens[last + 1]?.kind === 'word') last += 1;
  const after = tokens[last + 1];
  if (after && after.text !== ',' && after.text !== '.') return name;
  return phrase(text, tokens, name.first, last);
}

/** The speaker of a Russian sentence ("по данным СК", "ФСБ сообщила"), or null. */
export function findRussianSpeaker(text: string, tokens: readonly Token[]): Phrase | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    if (token.lower === 'по' && starts(tokens[i + 1], ACCORDING)) {
      // "по данным Следственного комитета": the source runs to the clause's end.
      const name = nameAfter(text, tokens, i + 2);
      if (name) return extendToClause(text, tokens, name);
    }
    if (token.lower === 'как' && starts(tokens[i + 1], SAY)) {
      const name = nameAfter(text, tokens, i + 2);
      if (name) return name;
    }
    if (starts(token, SAY)) {
      const name = nameBefore(text, tokens, i) ?? nameAfter(text, tokens, i + 1);
      if (name) return name;
    }
  }
  return null;
}

/** Attributions of responsibility in one Russian sentence (absolute offsets). */
export function findRussianAttributions(
  text: string,
  tokens: readonly Token[],
  speaker: Phrase | null,
): FoundAttribution[] {
  const out: FoundAttribution[] = [];
  const push = (trigger: Token, who: Phrase | null, target: Phrase | null) => {
    if (!target) return;
    const start = Math.min(trigger.start, target.start, who?.start ?? Infinity);
    const end = Math.max(trigger.end, target.end, who?.end ?? -Infinity);
    out.push({ start, end, speaker: who, target });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.kind !== 'word') continue;
    if (starts(token, TAKE)) {
      const noun = [1, 2, 3].map((k) => i + k).find((k) => starts(tokens[k], ['ответственност']));
      const earlier = [1, 2, 3, 4, 5, 6]
        .map((k) => i - k)
        .find((k) => starts(tokens[k], ['ответственност']));
      if (noun !== undefined) {
        const claimer = nameBefore(text, tokens, i) ?? nameAfter(text, tokens, noun + 1);
        push(token, claimer, claimer);
      } else if (earlier !== undefined) {
        // "Ответственность за теракт взяла на себя группировка «...»".
        let after = i + 1;
        if (tokens[after]?.lower === 'на' && tokens[after + 1]?.lower === 'себя') after += 2;
        const claimer = nameAfter(text, tokens, after);
        push(token, claimer, claimer);
      }
      continue;
    }
    if (starts(token, ACCUSE)) {
      let after = i + 1;
      if (tokens[after]?.lower === 'в') after += 1;
      const target = nameAfter(text, tokens, after);
      push(token, nameBefore(text, tokens, i) ?? speaker, target);
    }
  }
  return out;
}
