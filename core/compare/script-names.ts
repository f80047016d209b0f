/**
 * Names of one place or event written in two scripts ("Москвой" / "Moscow", "Крокус" /
 * "Crocus", "Таджикистана" / "Tajikistan"): the Cyrillic name is romanised the way English
 * news writes Russian names (х -> kh, ж -> zh, дж -> j), then both sides are folded to a rough
 * sound key (c before e/i/y is s, other c, q and ck are k, w is v, gh is g, doubled letters
 * once) and compared on a shared beginning, which also absorbs Russian case endings
 * ("Москве", "Москвой"). Only pairs in different scripts come here: names in one script keep
 * the rules of event-key.ts.
 */

const CYRILLIC = /[\u0400-\u04ff]/u;

/** Romanisation of Russian (and Ukrainian) letters, English-news style. */
const ROMAN: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    а: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    д: 'd',
    е: 'e',
    ё: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'i',
    к: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    о: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ф: 'f',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    і: 'i',
    ї: 'i',
    є: 'ye',
    ґ: 'g',
  }),
);

/**
 * A name in Cyrillic written in Latin letters, keeping capitals ("Украину" -> "Ukrainu", "ИГИЛ"
 * -> "IGIL"), so rules on Latin names (initials, acronyms, endings) apply to it.
 */
export function romanisedName(text: string): string {
  if (!isCyrillicName(text)) return text;
  let out = '';
  for (const ch of text.replace(/дж/gu, 'j').replace(/Дж/gu, 'J').replace(/ДЖ/gu, 'J')) {
    const lower = ch.toLowerCase();
    const roman = ROMAN[lower];
    if (roman === undefined) out += ch;
    else if (ch === lower) out += roman;
    else out += roman.toUpperCase();
  }
  // "Zh", not "ZH", inside a capitalised word; an acronym stays in capitals.
  return out.replace(
    /\b(\p{Lu})(\p{Lu}+)(?=\p{Ll})/gu,
    (_, a: string, b: string) => a + b.toLowerCase(),
  );
}

/** Shortest shared beginning that ties two names across scripts. */
const MIN_SHARED = 4;
/** Letters each name may have past the shared beginning (a case ending, a final vowel). */
const MAX_REST = 3;

/** True when the name is written in Cyrillic. */
export function isCyrillicName(name: string): boolean {
  return CYRILLIC.test(name);
}

/** The Cyrillic name in Latin letters ("москвой" -> "moskvoi"); other names as they are. */
function romanised(name: string): string {
  if (!isCyrillicName(name)) return name.toLowerCase();
  const lower = name.toLowerCase().replace(/дж/gu, 'j');
  let out = '';
  for (const ch of lower) out += ROMAN[ch] ?? ch;
  return out;
}

/** A rough sound key of a Latin-letter name: spellings of one sound folded together. */
function soundKey(latin: string): string {
  const folded = latin
    .replace(/[^a-z]/gu, '')
    .replace(/ph/gu, 'f')
    .replace(/gh/gu, 'g')
    .replace(/ck/gu, 'k')
    .replace(/c(?=[eiy])/gu, 's')
    .replace(/c/gu, 'k')
    .replace(/q/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/x/gu, 'ks')
    .replace(/y/gu, 'i');
  return folded.replace(/(.)\1+/gu, '$1');
}

/** The sound key of any name, in either script ("Москвой" and "Moscow" begin "mosk"). */
export function scriptNeutralKey(name: string): string {
  return soundKey(romanised(name));
}

/** True when a pair of names is written in two scripts (one Cyrillic, one not). */
export function crossScript(a: string, b: string): boolean {
  return isCyrillicName(a) !== isCyrillicName(b);
}

/**
 * True when two names in different scripts name the same thing: their sound keys share a
 * beginning of at least four letters and neither goes on for more than three letters past it.
 */
export function crossScriptNamesMatch(a: string, b: string): boolean {
  const x = scriptNeutralKey(a);
  const y = scriptNeutralKey(b);
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared += 1;
  return shared >= MIN_SHARED && x.length - shared <= MAX_REST && y.length - shared <= MAX_REST;
}
