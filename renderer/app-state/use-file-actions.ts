import { useCallback, useMemo, type Dispatch } from 'react';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import { errorMessage } from '../components/error-message';
import { EXPORT_LABELS, type ExportFormat } from '../exports/labels';
import { gazetteerOrNone } from './use-gazetteer';
import type { Host, PickedBinaryFile, ProjectLoad } from '../host/host';
import { IMPORTABLE } from '../sources/source-ids';
import type { SourceImports } from '../sources/use-source-import';
import { prepareImportWorker } from '../workers/import-client';
import type { Workspace } from '../workspace/use-workspace';
import type { UiAction } from './ui-state';

export interface FileActions {
  exportAs: (format: ExportFormat | 'report-pdf') => Promise<void>;
  importJson: () => Promise<void>;
  switchProject: (open: () => Promise<ProjectLoad | null>) => Promise<void>;
  saveAs: () => Promise<void>;
  /** Reports a source import and shows the new source in a pane. */
  afterImport: (result: Result<Source>, what: string) => void;
  importSourceFile: (file: PickedBinaryFile | null) => Promise<void>;
  pickSource: () => Promise<void>;
  reviseFrom: (source: Source) => Promise<void>;
}

/**
 * The workspace's dealings with files and projects through the host: export, import, open, save
 * as, import and revise sources. Every outcome is told in a notice; a failure changes nothing.
 */
export function useFileActions(
  host: Host,
  workspace: Workspace | null,
  sources: readonly Source[],
  sourceIds: readonly string[],
  imports: SourceImports,
  dispatch: Dispatch<UiAction>,
): FileActions {
  const info = useCallback(
    (text: string) => dispatch({ type: 'notify', notice: { kind: 'info', text } }),
    [dispatch],
  );
  const error = useCallback(
    (text: string) => dispatch({ type: 'notify', notice: { kind: 'error', text } }),
    [dispatch],
  );

  const exportAs = useCallback(
    async (format: ExportFormat | 'report-pdf') => {
      if (!workspace) return;
      try {
        const now = new Date().toISOString();
        const kind = format === 'report-pdf' ? 'report' : format;
        // The exporters load on first use (see renderer/exports/labels.ts). The places the
        // panel groups by: an export waits for them, so the file groups as the CLI's does.
        const [{ exportFile }, gazetteer] = await Promise.all([
          import('../exports/formats'),
          gazetteerOrNone(),
        ]);
        const file = exportFile(kind, workspace.project, sources, now, gazetteer);
        const saved =
          format === 'report-pdf' && host.exportReportPdf
            ? await host.exportReportPdf(file.text, file.name.replace(/\.html$/, '.pdf'))
            : await host.saveFile(file.name, file.text, file.mimeType);
        const label = format === 'report-pdf' ? 'report (PDF)' : EXPORT_LABELS[format];
        if (saved) info(`Exported ${workspace.project.claims.length} claims: ${label}.`);
      } catch (problem) {
        error(`The export failed: ${errorMessage(problem)}`);
      }
    },
    [host, workspace, sources, info, error],
  );

  const importJson = useCallback(async () => {
    try {
      const file = await host.openFile([
        '.json',
        '.jsonld',
        'application/json',
        'application/ld+json',
      ]);
      if (!file) return;
      const { readClaimsFile } = await import('../exports/formats');
      const parsed = readClaimsFile(file.text);
      if (!parsed.ok)
        return error(`${file.name} was not imported: ${parsed.error} Your project is unchanged.`);
      dispatch({
        type: 'openDialog',
        dialog: { kind: 'importClaims', fileName: file.name, doc: parsed.value },
      });
    } catch (problem) {
      error(`The file could not be read: ${errorMessage(problem)}`);
    }
  }, [host, dispatch, error]);

  const switchProject = useCallback(
    async (open: () => Promise<ProjectLoad | null>) => {
      if (!workspace) return;
      try {
        await workspace.flushNow();
        const load = await open();
        if (!load) return;
        const problem = await workspace.replace(load);
        dispatch({ type: 'selectClaim', claimId: null });
        if (problem)
          error(`${load.location} was not opened: ${problem} Your current project is unchanged.`);
        else info(`Now working on ${load.location}.`);
      } catch (problem) {
        error(`The project could not be opened: ${errorMessage(problem)}`);
      }
    },
    [workspace, dispatch, info, error],
  );

  const saveAs = useCallback(async () => {
    if (!workspace) return;
    try {
      const location = await host.saveProjectAs(workspace.project);
      if (location) info(`Saved as ${location}.`);
    } catch (problem) {
      error(`The project was not saved: ${errorMessage(problem)}`);
    }
  }, [host, workspace, info, error]);

  const afterImport = useCallback(
    (result: Result<Source>, what: string) => {
      if (!result.ok) return error(`${result.error} Your project is unchanged.`);
      dispatch({ type: 'showSources', sourceIds, wanted: [result.value.id] });
      info(
        `${what} added as a source: ${result.value.metadata.title} (${result.value.blocks.length} paragraphs).`,
      );
    },
    [sourceIds, dispatch, info, error],
  );

  const importSourceFile = useCallback(
    async (file: PickedBinaryFile | null) => {
      if (file) afterImport(await imports.importFile(file), file.name);
    },
    [imports, afterImport],
  );

  const pickSource = useCallback(async () => {
    try {
      prepareImportWorker();
      await importSourceFile(await host.openBinaryFile(IMPORTABLE));
    } catch (problem) {
      error(`The file could not be read: ${errorMessage(problem)}`);
    }
  }, [host, importSourceFile, error]);

  const reviseFrom = useCallback(
    async (source: Source) => {
      try {
        prepareImportWorker();
        const file = await host.openBinaryFile(IMPORTABLE);
        if (!file) return;
        const revised = await imports.revise(source, file);
        if (!revised.ok) return error(`${revised.error} The source and its claims are unchanged.`);
        const { moved, changed, orphaned, unchanged } = revised.value.counts;
        dispatch({
          type: 'notify',
          notice: {
            kind: changed || orphaned ? 'error' : 'info',
            text: `Revised ${source.metadata.title} from ${file.name}: ${unchanged} claims unchanged, ${moved} moved, ${changed} with changed words (flagged), ${orphaned} orphaned.`,
          },
        });
      } catch (problem) {
        error(`The revision could not be read: ${errorMessage(problem)}`);
      }
    },
    [host, imports, dispatch, error],
  );

  return useMemo(
    () => ({
      exportAs,
      importJson,
      switchProject,
      saveAs,
      afterImport,
      importSourceFile,
      pickSource,
      reviseFrom,
    }),
    [
      exportAs,
      importJson,
      switchProject,
      saveAs,
      afterImport,
      importSourceFile,
      pickSource,
      reviseFrom,
    ],
  );
}
