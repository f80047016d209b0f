/**
 * Prints a report (self-contained HTML from core's `renderReport`) to PDF bytes in a hidden,
 * script-less window (window/create-report-window.ts).
 *
 * The HTML reaches the window as a temporary file, not as a `data:` URL. Chromium refuses URLs
 * over 2 MiB that cross processes (`url::kMaxURLChars`), and `encodeURIComponent` makes markup
 * three times and non-Latin text up to nine times longer, so a `data:` URL would fail for
 * medium-sized reports long before the 20 MB cap; a file works for every size through one code
 * path. The file lives in a fresh private folder (mkdtemp: mode 0700) under the OS temp folder
 * and the folder is removed whatever happens. A file:// page gains nothing here: JavaScript is
 * off, the report's own CSP (`default-src 'none'`) blocks every subresource, and the window's
 * session cancels anything that is not this very file or data:.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, PrintToPDFOptions, WebContents } from 'electron';

/** The part of a report window the printer uses, so tests can pass a small fake. */
export type ReportWindow = Pick<BrowserWindow, 'loadFile' | 'destroy' | 'isDestroyed'> & {
  webContents: Pick<WebContents, 'printToPDF'>;
};

/** How long loading and printing one report may take before the export gives up. */
export const REPORT_TIMEOUT_MS = 30_000;

/**
 * A4 with backgrounds (verdict colours, chart bands). The margins are the report stylesheet's
 * own `@page { margin: 14mm }` in inches, so the pages look the same whichever of the two
 * Chromium applies.
 */
export const REPORT_PDF_OPTIONS = {
  printBackground: true,
  pageSize: 'A4',
  margins: { top: 0.55, bottom: 0.55, left: 0.55, right: 0.55 },
} as const satisfies PrintToPDFOptions;

export interface PrintReportDeps {
  /**
   * Creates the hardened hidden window, allowed to load only `reportFile` (main.ts binds
   * createReportWindow to Electron).
   */
  createWindow: (reportFile: string) => ReportWindow;
  /** Defaults to REPORT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Parent of the temporary folder; defaults to the OS temp folder. */
  tempDir?: string;
  /** Reports a problem that does not fail the export (the temp folder not removed). */
  warn?: (message: string) => void;
}

function withReason(message: string, error: unknown): Error {
  return new Error(`${message} (${error instanceof Error ? error.message : String(error)}).`);
}

/**
 * Loads `html` in a new report window and prints it to PDF. The window is destroyed and the
 * temporary file removed on success, on failure and on timeout; a timeout rejects with a
 * readable error instead of leaving the analyst waiting on a page that never finishes.
 */
export async function printReportToPdf(html: string, deps: PrintReportDeps): Promise<Uint8Array> {
  const timeoutMs = deps.timeoutMs ?? REPORT_TIMEOUT_MS;
  const folder = await mkdtemp(join(deps.tempDir ?? tmpdir(), 'corroborate-report-'));
  let window: ReportWindow | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const file = join(folder, 'report.html');
    await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
    const opened = (window = deps.createWindow(file));
    const rendering = (async () => {
      try {
        await opened.loadFile(file);
      } catch (error) {
        throw withReason('The report could not be loaded for printing', error);
      }
      try {
        return await opened.webContents.printToPDF(REPORT_PDF_OPTIONS);
      } catch (error) {
        throw withReason('The report could not be printed to PDF', error);
      }
    })();
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(
            `The report did not finish rendering within ${timeoutMs / 1000} s; no PDF was saved.`,
          ),
        );
      }, timeoutMs);
    });
    // race() also handles a late rejection of `rendering` once the window is destroyed.
    const pdf = await Promise.race([rendering, timeout]);
    if (pdf.length === 0) throw new Error('The report printed as an empty PDF; nothing was saved.');
    return pdf;
  } finally {
    clearTimeout(timer);
    if (window && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true }).catch((error: unknown) => {
      deps.warn?.(`The temporary report ${folder} was not removed (${String(error)}).`);
    });
  }
}
