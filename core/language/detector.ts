/**
 * Language detection as a dependency: what a detector is, and how a declared language wins over
 * it. This module holds no n-gram tables, so code that only needs the rule (the web build's
 * start-up bundle) does not carry eld's ~280 KB gzipped of them; core/language/detect.ts is the
 * detector itself, and core/language/load-detector.ts fetches it on first use.
 */

/** Guesses a text's language as a BCP 47 tag, or UNDETERMINED_LANGUAGE. */
export type LanguageDetector = (text: string) => string;

/** BCP 47 tag for "we could not tell" (no letters, or nothing the detector recognises). */
export const UNDETERMINED_LANGUAGE = 'und';

/**
 * The language a source declares, else the one `detect` finds in its text. The detector runs
 * only when nothing usable is declared, so a caller whose files all state a language never
 * needs to load one.
 */
export function declaredOrDetectedWith(
  declared: string | undefined,
  text: string,
  detect: LanguageDetector,
): string {
  const tag = declared?.trim();
  return tag ? tag : detect(text);
}
