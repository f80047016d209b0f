/** A readable, unique id for an imported source: the file name as a slug, numbered if taken. */
export function sourceIdFor(fileName: string, taken: ReadonlySet<string>): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const slug =
    stem
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'source';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n += 1) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** The file types the import dialog offers. */
export const IMPORTABLE = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'];
