import { fail, ok, type Result } from '../model/result';
import type { Source, SourceMetadata } from '../model/source';
import { canonicalBody } from './blocks';
import type { ImportContext } from './html';
import { isoDay } from './names';
import { titleFromText } from '../text/title';
import { layOutPdf } from './pdf-layout';
import type { PdfText } from './pdf-text';
import { declaredOrDetectedLanguage } from '../language/detect';

/** Titles that name the tool or the file, not the article ("Microsoft Word - draft.docx"). */
const TOOL_TITLE = /^(microsoft (word|powerpoint) - |untitled\b)|\.(docx?|pdf|indd|odt|rtf)$/i;

/**
 * Builds a Source from a PDF's text layer (see layOutPdf): canonical text whose blocks keep
 * their page number, the document's Title and Author when they are real ones, otherwise the
 * first heading as the title. A PDF with no text at all is a scan, and says so: Corroborate only
 * reads text layers and does not do OCR. Trade-off: the PDF's creation date is not taken as the
 * publication date; it is usually when the file was made, not when the article appeared.
 */
export function sourceFromPdfText(pdf: PdfText, options: ImportContext): Result<Source> {
  const name = options.name ?? options.path ?? options.id;
  if (pdf.pages.length === 0) return fail(`${name} has no pages. Check that it is the right file.`);
  const body = canonicalBody(layOutPdf(pdf.pages));
  if (!body.text) {
    return fail(
      `${name} has no text layer: it looks like a scanned document (images of pages). Corroborate does not do OCR; run it through an OCR tool (for example OCRmyPDF) and import the result.`,
    );
  }
  const given = pdf.info.title && !TOOL_TITLE.test(pdf.info.title) ? pdf.info.title : undefined;
  const heading = body.blocks.find((block) => block.kind === 'heading');
  const metadata: SourceMetadata = {
    title:
      given ??
      titleFromText(heading ? body.text.slice(heading.start, heading.end) : body.text, options.id),
    capture: 'pdf-text',
    language: declaredOrDetectedLanguage(pdf.info.language, body.text),
    published: null,
    captured: isoDay(options.now),
  };
  if (!given) metadata.titleAssigned = true;
  if (pdf.info.author) metadata.author = pdf.info.author;
  return ok({
    id: options.id,
    ...(options.path !== undefined ? { path: options.path } : {}),
    metadata,
    ...body,
  });
}
