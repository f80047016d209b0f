/**
 * Writing direction of sources and of their blocks, so right-to-left text (Dari, Pashto,
 * Arabic...) is laid out right to left: full stops on the left end, wrapped lines starting at
 * the right. Only layout: offsets and quotes are in logical order whatever the direction.
 */

export type TextDirection = 'ltr' | 'rtl';

/**
 * Languages written right to left (primary subtags). Persian covers Dari (fa-AF, or "prs"),
 * "pbu"/"pst" are Pashto varieties; Kurdish is left out because its Latin (Kurmanji) form is
 * common: write "ckb" or "ku-Arab" for Sorani.
 */
const RTL_LANGUAGES = new Set([
  'ar', 'arb', 'arz', 'apc', 'acm', 'ary', 'fa', 'pes', 'prs', 'ps', 'pbu', 'pst', 'ur',
  'he', 'yi', 'dv', 'sd', 'ug', 'ckb', 'syr', 'nqo',
]); // prettier-ignore

/** Scripts written right to left, as ISO 15924 subtags ("ku-Arab", "az-Arab", "pa-Arab"). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

/**
 * The direction a language tag implies: "rtl" for Arabic, Persian/Dari, Pashto, Urdu, Hebrew and
 * other right-to-left languages or scripts, "ltr" for everything else, including "und" and tags
 * we do not know (most languages are written left to right).
 */
export function languageDirection(tag: string): TextDirection {
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const script = parts.find((part, index) => index > 0 && part.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, their presentation
 * forms and the historic scripts of U+10800-10FFF): letters only, because Arabic-Indic digits
 * and the Arabic comma sit in the same blocks and are not strongly directional.
 */
const RTL_LETTER =
  /(?=\p{L})[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** Any letter, of any script (numbers and punctuation are neutral in the bidi algorithm). */
const LETTER = /\p{L}/u;

/**
 * The direction of the first strongly directional character (a letter), as Unicode's bidi
 * algorithm (rules P2-P3) and the browser's dir="auto" decide a paragraph's; null when the text
 * has no letters (digits and punctuation alone do not say).
 */
export function firstStrongDirection(text: string): TextDirection | null {
  for (const char of text) {
    if (RTL_LETTER.test(char)) return 'rtl';
    if (LETTER.test(char)) return 'ltr';
  }
  return null;
}

/**
 * The direction of one block of a source. In a right-to-left source every block that holds any
 * right-to-left letter is right to left, even one opening with a Latin name ("ISKP ..."), which
 * the first-strong rule alone would lay out left to right. Elsewhere, or for a block with no
 * right-to-left letters (an English quote in a Dari article), the first strong character
 * decides, so a Dari paragraph in a source filed as English still reads right to left.
 */
export function blockDirection(text: string, sourceLanguage: string): TextDirection {
  if (languageDirection(sourceLanguage) === 'rtl' && RTL_LETTER.test(text)) return 'rtl';
  return firstStrongDirection(text) ?? languageDirection(sourceLanguage);
}
