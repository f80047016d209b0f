import { z } from 'zod';
import { contentHash } from '../model/hash';
import { fail, ok, type Result } from '../model/result';
import type { CaptureKind, Source, SourceMetadata } from '../model/source';
import { layOutText, type Layout } from '../text/layout';
import { splitFrontMatter } from './front-matter';
import { titleFromText } from '../text/title';
import { colourSchema } from './project-file';
import { declaredOrDetectedWith, type LanguageDetector } from '../language/detector';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  );

const frontMatterSchema = z.object({
  title: z.string().min(1).optional(),
  titleAssigned: z.boolean().optional(),
  shortName: z.string().max(60).optional(),
  subtitle: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  published: isoDate.nullable().optional(),
  captured: isoDate.nullable().optional(),
  capture: z
    .enum(['web-page', 'pdf-text', 'plain-text', 'markdown', 'html', 'docx', 'pasted'])
    .optional(),
  language: z.string().min(2).optional(),
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
  colour: colourSchema.optional(),
  notes: z.string().optional(),
  layout: z.enum(['line-per-paragraph', 'hard-wrapped']).optional(),
  chrome: z
    .object({ head: z.number().int().min(0).optional(), tail: z.number().int().min(0).optional() })
    .optional(),
  headings: z.array(z.string()).optional(),
});

export interface SourceFileInput {
  id: string;
  path?: string;
  content: string;
  /** Capture kind to assume when the front matter does not say. */
  defaultCapture?: CaptureKind;
}

/** Share of U+FFFD or control characters above which text is treated as a binary file. */
const BINARY_THRESHOLD = 0.02;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

/** True when decoded text is really a binary file: NUL bytes or many undecodable characters. */
export function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.slice(0, 65_536);
  const bad = sample.match(CONTROL)?.length ?? 0;
  return sample.length > 0 && bad / sample.length > BINARY_THRESHOLD;
}

/**
 * Guesses the layout of a text without front matter: a PDF extraction has paragraphs made of
 * several short lines, a web capture has one long line per paragraph.
 */
export function guessLayout(body: string): Layout {
  const chunks = body.split(/\n\s*\n/).filter((chunk) => chunk.trim());
  const wrapped = chunks.filter((chunk) => {
    const lines = chunk.trim().split('\n');
    return lines.length >= 3 && lines.every((line) => line.length <= 120);
  });
  return chunks.length > 0 && wrapped.length / chunks.length >= 0.5
    ? 'hard-wrapped'
    : 'line-per-paragraph';
}

/**
 * Turns a text file (optionally with YAML front matter) into a Source. `detectLanguage` runs only
 * when the front matter states no language, so a host can pass a lazily loaded one. Never throws:
 * a binary file, broken metadata or an empty body come back as a readable error.
 */
export function readSourceFile(
  input: SourceFileInput,
  detectLanguage: LanguageDetector,
): Result<Source> {
  const name = input.path ?? input.id;
  if (looksBinary(input.content)) {
    return fail(
      `${name} looks like a binary file, not text. Open a .txt or .md file (PDF, Word and HTML need the Import command).`,
    );
  }
  const split = splitFrontMatter(input.content);
  if (!split.ok) return fail(`${name}: ${split.error}`);
  const parsed = frontMatterSchema.safeParse(split.value.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'front matter';
    return fail(
      `${name}: the metadata field "${where}" is invalid (${issue?.message ?? 'unknown problem'}). Fix it in the front matter.`,
    );
  }
  const meta = parsed.data;
  const layout = meta.layout ?? guessLayout(split.value.body);
  const laidOut = layOutText(split.value.body, {
    layout,
    chrome: meta.chrome,
    headings: meta.headings,
  });
  if (!laidOut.text.trim())
    return fail(`${name} has no text to read. Check that it is the right file.`);
  const metadata: SourceMetadata = {
    title: meta.title ?? titleFromText(laidOut.text, input.id),
    capture: meta.capture ?? input.defaultCapture ?? 'plain-text',
    language: declaredOrDetectedWith(meta.language, laidOut.text, detectLanguage),
    published: meta.published ?? null,
    captured: meta.captured ?? null,
  };
  if (meta.title === undefined || meta.titleAssigned) metadata.titleAssigned = true;
  for (const key of [
    'subtitle',
    'publisher',
    'author',
    'url',
    'notes',
    'reliability',
    'colour',
  ] as const) {
    if (meta[key] !== undefined) Object.assign(metadata, { [key]: meta[key] });
  }
  return ok({
    id: input.id,
    ...(input.path !== undefined ? { path: input.path } : {}),
    metadata,
    text: laidOut.text,
    blocks: laidOut.blocks,
    contentHash: contentHash(laidOut.text),
  });
}
