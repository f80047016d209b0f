import { useCallback, useState } from 'react';
import type { Project } from '../../core/model/project';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import { embedSource } from '../../core/model/embedded-source';
import { reviseSource, type RevisionCounts } from '../../core/revision';
import type { PickedBinaryFile } from '../host/host';
import { importInWorker } from '../workers/import-client';
import { sourceIdFor } from './source-ids';

/** An import under way: shown as a progress bar. */
export interface ImportProgress {
  name: string;
  done: number;
  total: number;
}

export interface SourceImports {
  progress: ImportProgress | null;
  /** Reads a picked or dropped file into a new source; the reason when it cannot. */
  importFile: (file: PickedBinaryFile) => Promise<Result<Source>>;
  /** Reads pasted text into a new source. */
  importText: (text: string, title: string) => Promise<Result<Source>>;
  /** Reads a newer version of `old` and moves its claims onto it. */
  revise: (
    old: Source,
    file: PickedBinaryFile,
  ) => Promise<Result<{ source: Source; counts: RevisionCounts }>>;
}

/** Adds an imported source to the project, carried inside it. */
export function withImportedSource(project: Project, source: Source, now: string): Project {
  return { ...project, sources: [...project.sources, embedSource(source)], modified: now };
}

/**
 * Imports sources in the renderer with core's importers (pdf.js is loaded on first use, so it
 * stays out of the start-up bundle). Results come back as values for the caller to commit as one
 * undo step; nothing here touches the project.
 */
export function useSourceImport(
  project: Project | undefined,
  change: ((label: string, edit: (project: Project) => Project) => void) | undefined,
): SourceImports {
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  const read = useCallback(async (file: PickedBinaryFile, id: string): Promise<Result<Source>> => {
    setProgress({ name: file.name, done: 0, total: 1 });
    try {
      // Parsed in a Web Worker (see renderer/workers/import-client.ts): the UI keeps answering.
      return await importInWorker({
        name: file.name,
        bytes: file.bytes,
        now: new Date().toISOString(),
        id,
        path: file.name,
        onProgress: (done, total) => setProgress({ name: file.name, done, total }),
      });
    } catch (error) {
      return {
        ok: false,
        error: `${file.name} could not be imported: ${error instanceof Error ? error.message : String(error)}`,
      };
    } finally {
      setProgress(null);
    }
  }, []);

  const importFile = useCallback(
    async (file: PickedBinaryFile) => {
      if (!project || !change) return { ok: false as const, error: 'The project is not open yet.' };
      const result = await read(
        file,
        sourceIdFor(file.name, new Set(project.sources.map((source) => source.id))),
      );
      if (result.ok)
        change(`Import ${file.name}`, (current) =>
          withImportedSource(current, result.value, new Date().toISOString()),
        );
      return result;
    },
    [project, change, read],
  );

  const importText = useCallback(
    async (text: string, title: string): Promise<Result<Source>> => {
      if (!project || !change) return { ok: false, error: 'The project is not open yet.' };
      const now = new Date().toISOString();
      const id = sourceIdFor(
        title || 'pasted text',
        new Set(project.sources.map((source) => source.id)),
      );
      // Loaded on first paste: it carries the language detector, which start-up does not need.
      const { sourceFromPastedText } = await import('../../core/import/paste');
      const result = sourceFromPastedText(text, { id, now });
      if (!result.ok) return result;
      const source = title
        ? { ...result.value, metadata: { ...result.value.metadata, title, titleAssigned: false } }
        : result.value;
      change('Paste source', (current) => withImportedSource(current, source, now));
      return { ok: true, value: source };
    },
    [project, change],
  );

  const revise = useCallback(
    async (old: Source, file: PickedBinaryFile) => {
      if (!project || !change) return { ok: false as const, error: 'The project is not open yet.' };
      const read_ = await read(file, old.id);
      if (!read_.ok) return read_;
      const now = new Date().toISOString();
      // The analyst's record of the source (title, publisher, reliability...) stays; the text is new.
      const revised: Source = {
        ...read_.value,
        id: old.id,
        metadata: {
          ...old.metadata,
          captured: read_.value.metadata.captured ?? old.metadata.captured ?? null,
        },
      };
      const report = reviseSource(old, revised, project.claims, now);
      change(`Revise ${old.metadata.title}`, (current) => ({
        ...current,
        sources: current.sources.map((ref) => (ref.id === old.id ? embedSource(revised) : ref)),
        // Normally the same claims the report was made on; recomputed only if they changed since.
        claims:
          current.claims === project.claims
            ? report.updatedClaims
            : reviseSource(old, revised, current.claims, now).updatedClaims,
        modified: now,
      }));
      const { moved, changed, orphaned, unchanged } = report;
      return {
        ok: true as const,
        value: { source: revised, counts: { moved, changed, orphaned, unchanged } },
      };
    },
    [project, change, read],
  );

  return { progress, importFile, importText, revise };
}
