import { collapseSpaces } from './blocks';
import { plainText, type HtmlPage } from './html-dom';

/** What a web page says about itself in its <head>. */
export interface HtmlMetadata {
  title?: string;
  author?: string;
  publisher?: string;
  url?: string;
  published?: string;
  language?: string;
}

const HTTP_URL = /^https?:\/\/\S+$/i;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The YYYY-MM-DD part of a machine-readable date ("2024-03-22T20:15:00+03:00"), if any. */
function dayOf(value: string | undefined): string | undefined {
  return value ? ISO_DAY.exec(value.trim())?.[1] : undefined;
}

/**
 * Drops a " | Site" or " - Site" tail from a <title> when it names the site we already have as
 * the publisher: the headline is what an analyst wants to see.
 */
function stripSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const suffix = `${separator}${site}`;
    if (title.endsWith(suffix) && title.length > suffix.length)
      return title.slice(0, -suffix.length);
  }
  return title;
}

/**
 * Reads title, author, publisher, canonical URL, publication day and language from <head>
 * tags: Open Graph and article:* meta first (publishers fill them for link previews, so they are
 * the cleanest), then <title>, <meta name=author>, <link rel=canonical>, <html lang>. Values
 * are only read, never fetched; a relative or non-http URL is ignored rather than guessed.
 */
export function readHtmlMetadata(page: HtmlPage): HtmlMetadata {
  const meta = new Map<string, string>();
  let titleTag: string | undefined;
  let canonical: string | undefined;
  let language: string | undefined;
  let firstTime: string | undefined;
  for (let element = 0; element < page.size; element += 1) {
    if (!page.isElement(element)) continue;
    const name = page.name(element);
    const a = page.attribs(element);
    if (name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
      if (key && a.content !== undefined && !meta.has(key))
        meta.set(key, collapseSpaces(a.content));
    } else if (name === 'title' && titleTag === undefined) {
      titleTag = collapseSpaces(plainText(page, element));
    } else if (name === 'link' && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      canonical ??= a.href?.trim();
    } else if (name === 'html') {
      language ??= a.lang?.trim() || a['xml:lang']?.trim();
    } else if (name === 'time' && a.datetime) {
      firstTime ??= a.datetime;
    }
  }
  const publisher = meta.get('og:site_name') || undefined;
  const title =
    meta.get('og:title') ||
    (titleTag ? stripSiteName(titleTag, publisher) : undefined) ||
    meta.get('twitter:title');
  const authorMeta = meta.get('author') || meta.get('article:author') || meta.get('dc.creator');
  const url = [canonical, meta.get('og:url')].find((value) => value && HTTP_URL.test(value));
  const published = dayOf(
    meta.get('article:published_time') ??
      meta.get('datepublished') ??
      meta.get('date') ??
      meta.get('dc.date') ??
      firstTime,
  );
  const out: HtmlMetadata = {};
  if (title) out.title = title;
  if (authorMeta && !HTTP_URL.test(authorMeta)) out.author = authorMeta;
  if (publisher) out.publisher = publisher;
  if (url) out.url = url;
  if (published) out.published = published;
  const lang = language || meta.get('content-language');
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(lang)) out.language = lang;
  return out;
}
