import { useMemo } from 'react';
import { planImport } from '../../core/io/export-json';
import type { Project } from '../../core/model/project';
import type { Result } from '../../core/model/result';
import type { Source } from '../../core/model/source';
import type { Dialog } from '../app-state/ui-state';
import type { ImportPlans, ProjectEdits } from '../app-state/project-edits';
import { ImportDialog } from '../claims/ImportDialog';
import { ShortcutsDialog } from '../components/ShortcutsDialog';
import { SourceDetailsDialog } from '../components/SourceDetailsDialog';
import { PasteDialog } from '../sources/PasteDialog';

export interface DialogsProps {
  dialog: Dialog;
  project: Project;
  sourceById: ReadonlyMap<string, Source>;
  edits: Pick<ProjectEdits, 'editSourceDetails' | 'applyImport'>;
  importText: (text: string, title: string) => Promise<Result<Source>>;
  afterImport: (result: Result<Source>, what: string) => void;
  onClose: () => void;
}

/** The one open dialog, if any: source details, pasted text, shortcuts, or a claims import. */
export function Dialogs({ dialog, project, sourceById, edits, ...props }: DialogsProps) {
  const doc = dialog.kind === 'importClaims' ? dialog.doc : null;
  // Both outcomes are planned up front so the dialog can say what each would do.
  const plans = useMemo((): ImportPlans | null => {
    if (!doc) return null;
    const now = new Date().toISOString();
    return {
      merge: planImport(project, doc, 'merge', now),
      replace: planImport(project, doc, 'replace', now),
    };
  }, [project, doc]);

  switch (dialog.kind) {
    case 'none':
      return null;
    case 'shortcuts':
      return <ShortcutsDialog onClose={props.onClose} />;
    case 'paste':
      return (
        <PasteDialog
          onCancel={props.onClose}
          onImport={async (text, title) => {
            const result = await props.importText(text, title);
            if (!result.ok) return result.error;
            props.onClose();
            props.afterImport(result, 'Pasted text');
            return null;
          }}
        />
      );
    case 'sourceDetails': {
      const source = sourceById.get(dialog.sourceId);
      if (!source) return null;
      return (
        <SourceDetailsDialog
          metadata={source.metadata}
          onCancel={props.onClose}
          onSave={(metadata) => edits.editSourceDetails(dialog.sourceId, metadata)}
        />
      );
    }
    case 'importClaims':
      return plans ? (
        <ImportDialog
          fileName={dialog.fileName}
          merge={plans.merge.counts}
          replace={plans.replace.counts}
          onCancel={props.onClose}
          onApply={(mode) => edits.applyImport(dialog.fileName, plans, mode)}
        />
      ) : null;
  }
}
