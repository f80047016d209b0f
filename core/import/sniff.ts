import { baseName, extensionOf } from './names';

/** The formats Corroborate imports. */
export type ImportFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

/** What a file is, judged by its first bytes and then its name; or why it cannot be imported. */
export type Sniffed = { format: ImportFormat } | { error: string };

const SUPPORTED = 'Corroborate imports .txt, .md, .html, .pdf and .docx';
const EXTENSIONS: Record<string, ImportFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '': 'text',
};

/** Magic numbers of common files that are not documents we read, with what to do instead. */
const FOREIGN: { magic: number[]; what: string }[] = [
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'an old-format Office file (.doc, .xls or .ppt); save it as .docx',
  },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as .docx' },
  { magic: [0x4d, 0x5a], what: 'a Windows program' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image; Corroborate does not do OCR' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image; Corroborate does not do OCR' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive; unpack it first' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive; unpack it first' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive; unpack it first' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, index) => bytes[at + index] === byte);
}

/** "%PDF-" within the first KiB, where readers accept it (some files carry junk before it). */
function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let at = 0; at <= limit; at += 1) {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], at)) return true;
  }
  return false;
}

/**
 * Decides how to read a file: the bytes first (a PDF or a zip says so in its first bytes, whatever
 * it is called), then the extension. A mismatch between the two is an error that names both, so
 * "report.pdf" that is really a saved web page is explained rather than read as garbage.
 * Trade-off: an unknown extension is refused even if the content is text; renaming it .txt is
 * one step for the analyst and avoids reading a .csv or .json as an article.
 */
export function sniffFormat(name: string, bytes: Uint8Array): Sniffed {
  const file = baseName(name);
  const ext = extensionOf(name);
  const byName = EXTENSIONS[ext];
  const unsupported = (what?: string): Sniffed => ({
    error: `${file} is not a supported file${what ? ` (it is ${what})` : ''}: ${SUPPORTED}.`,
  });
  if (isPdf(bytes))
    return byName === 'pdf' || byName === 'text'
      ? { format: 'pdf' }
      : unsupported('a PDF named otherwise; rename it .pdf');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (byName === 'docx' || ext === '') return { format: 'docx' };
    return unsupported(
      ext === '.zip' ? 'a zip archive; unpack it first' : 'a zip-based file, not a Word .docx',
    );
  }
  const foreign = FOREIGN.find((entry) => startsWith(bytes, entry.magic));
  if (foreign) return unsupported(foreign.what);
  if (byName === 'pdf') {
    return {
      error: `${file} is not a PDF: it does not start with "%PDF". It may be a web page or an error message saved under a .pdf name; open it to check, or download it again.`,
    };
  }
  if (byName === 'docx') {
    return {
      error: `${file} is not a Word .docx file (a .docx is a zip archive and this is not one). Open it in Word or LibreOffice and save it as .docx.`,
    };
  }
  if (byName === undefined) return unsupported();
  return { format: byName };
}
