/**
 * Language tags as the analyst types them in a source's details: checked and written the
 * standard way, so "FA-af" is stored as "fa-AF" and "farsi" is refused instead of stored.
 */

/**
 * The canonical form of a BCP 47 language tag ("fa-AF", "ru", "und"), or null when the text is
 * not one. Relies on Intl.getCanonicalLocales, the runtime's own BCP 47 parser, rather than a
 * regular expression that would let "xx-yyyyyyyyyy" through.
 */
export function canonicalLanguageTag(text: string): string | null {
  const tag = text.trim();
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The primary language subtag of a BCP 47 tag, lower-cased ("ru-RU" -> "ru", "fa-AF" -> "fa"):
 * the tables of figures and cue words are chosen by it. "" for an empty or missing tag.
 */
export function primaryLanguage(tag: string | null | undefined): string {
  if (typeof tag !== 'string') return '';
  const dash = tag.search(/[-_]/);
  return (dash === -1 ? tag : tag.slice(0, dash)).trim().toLowerCase();
}
