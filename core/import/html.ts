import { fail, ok, type Result } from '../model/result';
import type { CaptureKind, Source, SourceMetadata } from '../model/source';
import { chooseRoot, readBody } from './html-content';
import { parseHtml, WHOLE_PAGE } from './html-dom';
import { readHtmlMetadata } from './html-metadata';
import { isoDay } from './names';
import { titleFromText } from '../text/title';
import { declaredOrDetectedLanguage } from '../language/detect';

/** Where an imported document comes from and when it was imported. */
export interface ImportContext {
  id: string;
  /** ISO 8601 time of the import; its day becomes `captured`. */
  now: string;
  /** File name for messages (and `Source.path` when `path` is not given). */
  name?: string;
  path?: string;
}

export interface HtmlImportOptions extends ImportContext {
  /** `docx` for Word files converted to HTML: the whole body is the document, no head to read. */
  capture?: CaptureKind;
}

/**
 * Imports a web page (or HTML converted from Word) as a Source: the article's main text and the
 * page's metadata. Pure and inert: the markup is tokenized by htmlparser2 with no DOM, so no
 * script runs, no handler fires and no image or frame is fetched; only text nodes become words.
 * Trade-off: the readability heuristic (see chooseRoot) can keep a stray caption or lose a
 * paragraph placed outside the article box; analysts see the text before tagging, and metadata
 * can be corrected by hand. Never throws.
 */
export function sourceFromHtml(html: string, options: HtmlImportOptions): Result<Source> {
  const name = options.name ?? options.path ?? options.id;
  let parsed;
  try {
    parsed = parseHtml(html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`${name} could not be read as HTML (${reason}). Save the page again and retry.`);
  }
  if (!parsed.ok) {
    return fail(
      `${name} was not imported: ${parsed.error}. Save only the article (for example, print it to PDF) and import that.`,
    );
  }
  const page = parsed.value;
  const capture = options.capture ?? 'html';
  const head = capture === 'docx' ? {} : readHtmlMetadata(page);
  const body = readBody(page, capture === 'docx' ? WHOLE_PAGE : chooseRoot(page));
  if (!body.text) {
    return fail(
      `${name} has no readable text${capture === 'docx' ? '' : ' (the page may build its article with scripts, which Corroborate never runs)'}. Copy the article text and paste it instead.`,
    );
  }
  const firstHeading = body.blocks.find((b) => b.kind === 'heading');
  const derived = firstHeading ? body.text.slice(firstHeading.start, firstHeading.end) : undefined;
  const metadata: SourceMetadata = {
    title: head.title ?? titleFromText(derived ?? body.text, options.id),
    capture,
    language: declaredOrDetectedLanguage(head.language, body.text),
    published: head.published ?? null,
    captured: isoDay(options.now),
  };
  if (head.title === undefined) metadata.titleAssigned = true;
  if (head.author) metadata.author = head.author;
  if (head.publisher) metadata.publisher = head.publisher;
  if (head.url) metadata.url = head.url;
  return ok({
    id: options.id,
    ...(options.path !== undefined ? { path: options.path } : {}),
    metadata,
    ...body,
  });
}
