/**
 * Report > PDF (`exportReportPdf`): the renderer sends the report's HTML (core's renderReport)
 * and a suggested name, both checked by the channel's schema before this runs. The save dialog
 * asks where (cancel: false, no window is created); then report/print-report.ts prints the HTML
 * in a hidden script-less window that may load only its own temporary file
 * (window/create-report-window.ts), and the bytes are written atomically.
 */
import type { CorroborateHandlers } from '../ipc/handlers';
import { printReportToPdf } from '../report/print-report';
import { writeBytesAtomic } from '../store/atomic-text';
import { exists } from '../store/fs-errors';
import { chosenPath, pdfName } from './file-names';
import { refuse, type ServiceDeps } from './service-deps';

type ReportDeps = Pick<
  ServiceDeps,
  'showSaveDialog' | 'createReportWindow' | 'reportTimeoutMs' | 'tempDir'
>;

export function createReportChannel(
  deps: ReportDeps,
  warn: (message: string) => void,
): Pick<CorroborateHandlers, 'exportReportPdf'> {
  return {
    async exportReportPdf(html: string, suggestedName: string): Promise<boolean> {
      const result = await deps.showSaveDialog({
        title: 'Export report as PDF',
        buttonLabel: 'Export',
        defaultPath: pdfName(suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      const chosen = chosenPath(result, /\.pdf$/i, '.pdf');
      if (!chosen) return false;
      if (chosen.renamed && (await exists(chosen.path))) {
        refuse(`Not exported: ${chosen.path} already exists. Choose another name.`);
      }
      const pdf = await printReportToPdf(html, {
        createWindow: deps.createReportWindow,
        timeoutMs: deps.reportTimeoutMs,
        tempDir: deps.tempDir,
        warn,
      });
      await writeBytesAtomic(chosen.path, pdf);
      return true;
    },
  };
}
