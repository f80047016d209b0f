/**
 * Which language a source is written in, guessed from its text when its metadata does not say.
 * Detection is by eld (Efficient Language Detector, n-gram tables for 60 languages, no runtime
 * downloads): among eld, franc and tinyld it was the one that named all of our short test
 * sentences right (English, Russian, Ukrainian, Persian, Arabic, French), where franc took short
 * Russian for Bulgarian and long Ukrainian for Russian, and tinyld took a short English sentence
 * for Turkish. The extra-small table is used: it scored the same as the larger ones here.
 */
import { eld } from 'eld/extrasmall';
import { declaredOrDetectedWith, UNDETERMINED_LANGUAGE } from './detector';

export { UNDETERMINED_LANGUAGE } from './detector';

/** Enough text to tell a language reliably; the rest of a long article adds time, not accuracy. */
const SAMPLE_CHARS = 3000;

/**
 * Letters of the Arabic script that Pashto has and Persian, Dari and Arabic do not (ټ ډ ړ ږ ښ
 * ځ څ ګ ڼ ۍ ې). eld has no Pashto model and answers Persian or Urdu for it; two or more of these
 * letters in the sample are a far stronger sign than its n-grams.
 */
const PASHTO_LETTERS = /[\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0]/g;
const PASHTO_CONFUSED_WITH = new Set(['fa', 'ur', 'ar', 'ku']);

/**
 * The language of a text as a BCP 47 tag ("en", "ru", "uk", "fa", "ar", "ps", ...), or "und"
 * when the text gives nothing to go on. Reads only the first few thousand characters, so it is
 * quick on any size. A guess: the analyst can correct it in the source's details, and a language
 * stated by the file itself (front matter, <html lang>, PDF info) is always preferred to it.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const detected = eld.detect(sample).language;
  if (!detected) return UNDETERMINED_LANGUAGE;
  if (PASHTO_CONFUSED_WITH.has(detected) && (sample.match(PASHTO_LETTERS)?.length ?? 0) >= 2) {
    return 'ps';
  }
  return detected;
}

/**
 * The language a source declares, else the one detected in its text. Importers call this in
 * place of a fixed default, so a Russian paste is not filed as English.
 */
export function declaredOrDetectedLanguage(declared: string | undefined, text: string): string {
  return declaredOrDetectedWith(declared, text, detectLanguage);
}
