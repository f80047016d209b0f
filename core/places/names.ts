/**
 * How a place name is written for lookup: lower case, accents folded, "St."/"St" read as
 * "saint", hyphens and apostrophes as spaces, so "Saint-Petersburg", "St. Petersburg" and
 * "St Petersburg" meet, and "Khyber-Pakhtunkhwa" is "khyber pakhtunkhwa".
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]s\b/gu, '')
    .replace(/[-‐–’'`.,()]+/gu, ' ')
    .replace(/\bst\b/gu, 'saint')
    .replace(/\s+/gu, ' ')
    .trim();
}
