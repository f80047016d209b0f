import { lazy, Suspense, useReducer } from 'react';
import type { Suggestion } from '../core/model/suggestion';
import type { CommandActions } from './app-state/commands';
import { useCommands } from './app-state/use-commands';
import { initialUiState, uiReducer, visibleColumns, type Dialog } from './app-state/ui-state';
import { useCorpus } from './app-state/use-corpus';
import { useFileActions } from './app-state/use-file-actions';
import { projectEdits } from './app-state/project-edits';
import { useWorkspaceView } from './app-state/use-workspace-view';
import { useGazetteer } from './app-state/use-gazetteer';
import { ComparePassages } from './compare';
import { EXPORT_MENU } from './exports/ExportMenu';
import type { Host } from './host/host';
import { ImportProgressBar } from './layout/ImportProgressBar';
import { Notices } from './layout/Notices';
import { PaneColumns } from './layout/PaneColumns';
import { SelectionTagger } from './layout/SelectionTagger';
import { SidePanel } from './layout/SidePanel';
import { Toolbar } from './layout/Toolbar';
import { useSourceImport } from './sources/use-source-import';
import { addColumn } from './workspace/columns';
import { useWorkspace } from './workspace/use-workspace';

/** The dialogs (and the claims-import planner) load when one first opens, not at start-up. */
const Dialogs = lazy(() =>
  import('./layout/Dialogs').then(({ Dialogs }) => ({ default: Dialogs })),
);

/** The workspace: the sources side by side, the side panel, tagging, undo, import and export. */
export function App({ host }: { host: Host }) {
  const corpus = useCorpus(host);
  const listing = corpus.status === 'ready' ? corpus.listing : null;
  const workspace = useWorkspace(host, listing?.sources ?? null);
  const project = workspace?.project;
  const gazetteer = useGazetteer(workspace !== null);
  const view = useWorkspaceView(listing?.sources ?? null, project, gazetteer);
  const imports = useSourceImport(project, workspace?.change);
  const [ui, dispatch] = useReducer(uiReducer, initialUiState);
  const { sources, sourceIds } = view;
  const columns = visibleColumns(ui, sourceIds);
  const files = useFileActions(host, workspace, sources, sourceIds, imports, dispatch);
  const edits = workspace ? projectEdits(workspace, view, dispatch) : null;
  const openDialog = (dialog: Dialog) => dispatch({ type: 'openDialog', dialog });

  const commandState = {
    ready: workspace !== null,
    canUndo: workspace?.canUndo ?? false,
    canRedo: workspace?.canRedo ?? false,
    hiddenSources: listing ? sources.length - columns.length : 0,
  };
  const actions: CommandActions = {
    undo: () => workspace?.undo(),
    redo: () => workspace?.redo(),
    newProject: () => void files.switchProject(() => host.newProject()),
    openProject: () => void files.switchProject(() => host.openProject()),
    saveAs: () => void files.saveAs(),
    importSource: () => void files.pickSource(),
    pasteText: () => openDialog({ kind: 'paste' }),
    importJson: () => void files.importJson(),
    exportJson: () => void files.exportAs('json'),
    addColumn: () => dispatch({ type: 'setColumns', columns: addColumn(columns, sourceIds) }),
    showShortcuts: () => openDialog({ kind: 'shortcuts' }),
  };
  const onCommand = useCommands(host, commandState, actions);

  const showGroup = (groupId: string) => {
    const group = view.groups.find((candidate) => candidate.id === groupId);
    if (group)
      dispatch({ type: 'showGroup', groupId, sourceIds, targets: group.items, nonce: Date.now() });
  };
  const activateClaim = (claimId: string) => {
    const targets = [...view.placements].flatMap(([sourceId, placement]) =>
      placement.placed
        .filter((item) => item.claim.id === claimId)
        .map(({ start, end }) => ({ sourceId, start, end })),
    );
    dispatch({ type: 'activateClaim', claimId, sourceIds, targets, nonce: Date.now() });
  };
  const activateSuggestion = (suggestion: Suggestion, from: 'panel' | 'text') =>
    dispatch({
      type: 'activateSuggestion',
      suggestionId: suggestion.id,
      from,
      sourceIds,
      targets: [suggestion],
      nonce: Date.now(),
    });
  const shownGroup = view.groups.find((group) => group.id === ui.compare?.groupId) ?? null;
  const selectedClaim = project?.claims.find((claim) => claim.id === ui.selectedClaimId) ?? null;

  return (
    <div
      className="app"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDrop={(event) => {
        const file = event.dataTransfer.files[0];
        if (!file) return;
        event.preventDefault();
        void file
          .arrayBuffer()
          .then((buffer) =>
            files.importSourceFile({ name: file.name, bytes: new Uint8Array(buffer) }),
          );
      }}
    >
      <Toolbar
        projectName={project?.name ?? null}
        sourceCount={listing ? sources.length : null}
        save={workspace?.save ?? null}
        undoLabel={workspace?.undoLabel ?? null}
        redoLabel={workspace?.redoLabel ?? null}
        showProjectMenu={host.kind === 'browser'}
        exportFormats={host.exportReportPdf ? [...EXPORT_MENU, 'report-pdf'] : EXPORT_MENU}
        commandState={commandState}
        onCommand={onCommand}
        onExport={(format) => void files.exportAs(format)}
      />
      <Notices
        loading={corpus.status === 'loading'}
        loadError={corpus.status === 'failed' ? corpus.error : null}
        damaged={view.damaged}
        save={workspace?.save ?? null}
        notice={ui.notice}
        onDismiss={() => dispatch({ type: 'notify', notice: null })}
      />
      {listing ? (
        <div className="workspace">
          {listing.problems.map((problem) => (
            <p key={problem.file} className="app-message error" role="alert">
              {problem.file} was not opened: {problem.error}
            </p>
          ))}
          {shownGroup ? (
            <div className="compare-bar-host">
              <ComparePassages
                group={shownGroup}
                sourcesById={view.summaries}
                onClose={() => dispatch({ type: 'closeGroup' })}
              />
            </div>
          ) : null}
          <PaneColumns
            view={view}
            columns={columns}
            selectedClaimId={ui.selectedClaimId}
            activeSuggestionId={ui.activeSuggestionId}
            focus={ui.focus}
            onColumns={(next) => dispatch({ type: 'setColumns', columns: next })}
            onEditDetails={(sourceId) => openDialog({ kind: 'sourceDetails', sourceId })}
            onRevise={(source) => void files.reviseFrom(source)}
            onSelect={(source, range) =>
              dispatch({ type: 'select', selection: range ? { source, range } : null })
            }
            onTagKey={() => dispatch({ type: 'startTagging' })}
            onClaimClick={activateClaim}
            onSuggestionClick={(suggestion) => activateSuggestion(suggestion, 'text')}
          />
          {edits ? (
            <SidePanel
              view={view}
              claimCount={project?.claims.length ?? 0}
              tab={ui.tab}
              selectedClaim={selectedClaim}
              activeSuggestionId={ui.activeSuggestionId}
              focusActiveSuggestion={ui.suggestionFocus === 'panel'}
              edits={edits}
              onTab={(tab) => dispatch({ type: 'setTab', tab })}
              onShowGroup={showGroup}
              onActivateClaim={activateClaim}
              onActivateSuggestion={(suggestion) => activateSuggestion(suggestion, 'panel')}
            />
          ) : null}
        </div>
      ) : null}
      <SelectionTagger
        selection={edits ? ui.selection : null}
        onStart={() => dispatch({ type: 'startTagging' })}
        onConfirm={(selection, type, measure) => edits?.tagSelection(selection, type, measure)}
        onConfirmEach={(selection, pieces, type, measure) =>
          edits?.tagSelection(selection, type, measure, pieces)
        }
        onCancel={() => dispatch({ type: 'cancelTagging' })}
      />
      {project && edits && ui.dialog.kind !== 'none' ? (
        <Suspense fallback={null}>
          <Dialogs
            dialog={ui.dialog}
            project={project}
            sourceById={view.sourceById}
            edits={edits}
            importText={imports.importText}
            afterImport={files.afterImport}
            onClose={() => dispatch({ type: 'closeDialog' })}
          />
        </Suspense>
      ) : null}
      <ImportProgressBar progress={imports.progress} />
    </div>
  );
}
