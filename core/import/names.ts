/** The last path segment of a file name, whichever separator the platform used. */
export function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

/** Lower-case extension with its dot (".pdf"), or "" when the name has none. */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Source id for a file: its base name without the extension, as the corpus names sources. */
export function idFromName(name: string): string {
  const base = baseName(name);
  const ext = extensionOf(base);
  return (ext ? base.slice(0, -ext.length) : base) || 'source';
}

/** The YYYY-MM-DD day of an ISO timestamp, or null when `now` is not one. */
export function isoDay(now: string): string | null {
  return /^\d{4}-\d{2}-\d{2}/.test(now) ? now.slice(0, 10) : null;
}
