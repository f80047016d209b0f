import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorMessage } from './components/error-message';
import type { CorpusListing } from '../contract/ipc';
import type { Source } from '../core/model/source';
import type { Suggestion } from '../core/model/suggestion';
import type { ClaimType } from '../core/model/claim';
import { addClaim, removeClaim, updateClaim } from '../core/model/claim-ops';
import { planImport, type ExportDoc } from '../core/io/export-json';
import { EXPORT_LABELS, exportFile, readClaimsFile, type ExportFormat } from './exports/formats';
import { ExportMenu, EXPORT_MENU } from './exports/ExportMenu';
import { extractSuggestions } from '../core/extract';
import type { Host, MenuCommand, PickedBinaryFile, ProjectLoad } from './host/host';
import type { Result } from '../core/model/result';
import { SourcePane } from './components/SourcePane';
import type { FocusRequest, TextSelection } from './editor/SourceView';
import { useWorkspace } from './workspace/use-workspace';
import { placeClaims, type SourceClaims } from './claims/anchored-claims';
import { claimMarks } from './claims/claim-marks';
import { draftClaim } from './claims/new-claim';
import { TagMenu } from './claims/TagMenu';
import { ClaimsPanel } from './claims/ClaimsPanel';
import { ClaimEditor } from './claims/ClaimEditor';
import { ImportDialog } from './claims/ImportDialog';
import { SaveIndicator } from './components/SaveIndicator';
import { useGlobalShortcuts } from './workspace/use-global-shortcuts';
import { SuggestionsPanel } from './suggestions/SuggestionsPanel';
import { claimFromSuggestion, dismiss, pendingSuggestions } from './suggestions/pending';
import { suggestionMarks } from './suggestions/suggestion-marks';
import { SidePanelTabs, type SidePanelTab } from './components/SidePanelTabs';
import { deriveGroups, linkDecision, splitDecisions } from '../core/compare';
import {
  ComparePassages,
  DisagreementsPanel,
  isFlagged,
  sourcesById as summarizeSources,
} from './compare';
import { flagsByItem } from './compare/flags';
import { GroupingControls } from './compare/GroupingControls';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { MenuButton } from './components/MenuButton';
import { SourceDetailsDialog } from './components/SourceDetailsDialog';
import { useSourceImport } from './sources/use-source-import';
import { cancelImports } from './workers/import-client';
import { withEmbeddedSources } from './sources/embedded-sources';
import { IMPORTABLE } from './sources/source-ids';
import { PasteDialog } from './sources/PasteDialog';
import {
  addColumn,
  chooseColumn,
  initialColumns,
  keepKnown,
  removeColumn,
  showSources,
  type Columns,
} from './workspace/columns';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; listing: CorpusListing }
  | { status: 'failed'; error: string };
interface PendingImport {
  fileName: string;
  doc: ExportDoc;
}

const NO_MARKS: never[] = [];

/** The workspace: the sources side by side, the claims panel, tagging, undo, import and export. */
export function App({ host }: { host: Host }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    host.loadCorpus().then(
      (listing) => live && setState({ status: 'ready', listing }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          error: errorMessage(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [host]);
  const corpus = state.status === 'ready' ? state.listing.sources : null;
  const workspace = useWorkspace(host, corpus);
  const refs = workspace?.project.sources;
  // Sources the project carries (imported, or a revised corpus article) replace or join the corpus.
  const { loaded, damaged } = useMemo(() => withEmbeddedSources(corpus, refs), [corpus, refs]);
  const imports = useSourceImport(workspace?.project, workspace?.change);
  // The metadata the analyst recorded in the project (publisher, date, reliability...) is what
  // every view, comparison and export uses; the corpus files are never rewritten.
  const sources = useMemo(
    () =>
      loaded?.map((source) => {
        const ref = refs?.find((candidate) => candidate.id === source.id);
        return ref && JSON.stringify(ref.metadata) !== JSON.stringify(source.metadata)
          ? { ...source, metadata: ref.metadata }
          : source;
      }) ?? null,
    [loaded, refs],
  );
  const [editingSourceId, setEditingSourceId] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);
  const [selection, setSelection] = useState<{ source: Source; range: TextSelection } | null>(null);
  const [tagging, setTagging] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<ReadonlyMap<string, FocusRequest>>(new Map());
  const [shownGroupId, setShownGroupId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const [tab, setTab] = useState<SidePanelTab>('claims');
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [columnChoice, setColumns] = useState<Columns | null>(null);
  const [activeSuggestionId, setActiveSuggestionId] = useState<string | null>(null);

  const suggestions = useMemo(
    () =>
      new Map<string, Suggestion[]>(
        (sources ?? []).map((source) => [source.id, extractSuggestions(source)]),
      ),
    [sources],
  );
  const claims = workspace?.project.claims;
  const placements = useMemo(
    () =>
      new Map<string, SourceClaims>(
        (sources ?? []).map((source) => [source.id, placeClaims(source, claims ?? [])]),
      ),
    [sources, claims],
  );
  const events = useMemo(
    () => [...new Set((claims ?? []).map((claim) => claim.event).filter(Boolean))].sort(),
    [claims],
  );
  const selectedClaim = claims?.find((claim) => claim.id === selectedId) ?? null;
  const project = workspace?.project;
  const pending = useMemo(
    () =>
      new Map(
        [...suggestions].map(([sourceId, list]) => [
          sourceId,
          project ? pendingSuggestions(list, project) : [],
        ]),
      ),
    [suggestions, project],
  );
  const sourceIds = useMemo(() => (sources ?? []).map((source) => source.id), [sources]);
  const columns = keepKnown(columnChoice ?? initialColumns(sourceIds), sourceIds);
  const choices = useMemo(
    () => (sources ?? []).map((source) => ({ id: source.id, title: source.metadata.title })),
    [sources],
  );
  /** Brings a passage into view, first putting its source in a pane if it is not shown. */
  const reveal = useCallback(
    (sourceId: string, start: number, end: number) => {
      setColumns((current) =>
        showSources(keepKnown(current ?? initialColumns(sourceIds), sourceIds), [sourceId]),
      );
      setFocus(new Map([[sourceId, { start, end, nonce: Date.now() }]]));
    },
    [sourceIds],
  );
  const summaries = useMemo(() => summarizeSources(sources ?? []), [sources]);
  // Groups and verdicts are derived from the claims and the still-pending suggestions, never stored.
  const derived = useMemo(
    () =>
      project
        ? deriveGroups(project, {
            sources: sources ?? [],
            suggestions: [...pending.values()].flat(),
          })
        : { groups: [], fromSuggestions: [] },
    [project, sources, pending],
  );
  const groups = useMemo(() => [...derived.groups, ...derived.fromSuggestions], [derived]);
  const flags = useMemo(() => flagsByItem(groups), [groups]);
  const credibilityById = useMemo(
    () =>
      new Map(
        (project?.claims ?? []).flatMap((claim) =>
          claim.credibility ? [[claim.id, claim.credibility] as const] : [],
        ),
      ),
    [project],
  );
  // Previews from pending suggestions are shown apart and never counted as disagreements.
  const flaggedCount = derived.groups.filter(isFlagged).length;
  const marks = useMemo(
    () =>
      new Map(
        (sources ?? []).map((source) => [
          source.id,
          claimMarks(placements.get(source.id), selectedId, flags),
        ]),
      ),
    [sources, placements, selectedId, flags],
  );
  const pendingMarks = useMemo(
    () =>
      new Map(
        [...pending].map(([sourceId, list]) => [
          sourceId,
          suggestionMarks(list, activeSuggestionId, flags),
        ]),
      ),
    [pending, activeSuggestionId, flags],
  );
  const shownGroup = groups.find((group) => group.id === shownGroupId) ?? null;
  const showGroup = useCallback(
    (groupId: string) => {
      const group = groups.find((candidate) => candidate.id === groupId);
      if (!group) return;
      setShownGroupId(groupId);
      const wanted = [...new Set(group.items.map((item) => item.sourceId))];
      setColumns((current) =>
        showSources(keepKnown(current ?? initialColumns(sourceIds), sourceIds), wanted),
      );
      const nonce = Date.now();
      const requests = new Map<string, FocusRequest>();
      for (const item of group.items)
        if (!requests.has(item.sourceId))
          requests.set(item.sourceId, { start: item.start, end: item.end, nonce });
      setFocus(requests);
    },
    [groups, sourceIds],
  );
  const pendingCount = [...pending.values()].reduce((total, list) => total + list.length, 0);
  const sourceById = useMemo(
    () => new Map((sources ?? []).map((source) => [source.id, source])),
    [sources],
  );

  const activateSuggestion = useCallback(
    (suggestion: Suggestion) => {
      setActiveSuggestionId(suggestion.id);
      setTab('suggestions');
      reveal(suggestion.sourceId, suggestion.start, suggestion.end);
    },
    [reveal],
  );

  const acceptSuggestions = (accepted: Suggestion[]) => {
    if (!workspace || accepted.length === 0) return;
    const now = new Date().toISOString();
    const created = accepted.flatMap((suggestion) => {
      const source = sourceById.get(suggestion.sourceId);
      return source ? [claimFromSuggestion(suggestion, source, crypto.randomUUID(), now)] : [];
    });
    workspace.change(
      created.length === 1 ? 'Accept suggestion' : `Accept ${created.length} suggestions`,
      (current) => created.reduce((next, claim) => addClaim(next, claim, now), current),
    );
    setActiveSuggestionId(null);
    setNotice({
      kind: 'info',
      text: `${created.length} suggestion${created.length === 1 ? '' : 's'} accepted as claims.`,
    });
  };

  const dismissSuggestions = (dismissed: Suggestion[]) => {
    if (!workspace || dismissed.length === 0) return;
    workspace.change(
      dismissed.length === 1 ? 'Dismiss suggestion' : `Dismiss ${dismissed.length} suggestions`,
      (current) =>
        dismiss(
          current,
          dismissed.map((item) => item.id),
          new Date().toISOString(),
        ),
    );
    setActiveSuggestionId(null);
  };

  const activateClaim = useCallback(
    (claimId: string) => {
      setSelectedId(claimId);
      for (const [sourceId, placement] of placements) {
        const placed = placement.placed.find((item) => item.claim.id === claimId);
        if (placed) reveal(sourceId, placed.start, placed.end);
      }
    },
    [placements, reveal],
  );

  const confirmTag = (type: ClaimType, measure: string) => {
    setTagging(false);
    if (!selection || !workspace) return;
    const now = new Date().toISOString();
    const claim = draftClaim({
      id: crypto.randomUUID(),
      now,
      source: selection.source,
      start: selection.range.start,
      end: selection.range.end,
      type,
      measure,
      suggestions: suggestions.get(selection.source.id) ?? [],
    });
    workspace.change('Add claim', (project) => addClaim(project, claim, now));
    setSelectedId(claim.id);
    setSelection(null);
  };

  const exportAs = useCallback(
    async (format: ExportFormat | 'report-pdf') => {
      if (!workspace) return;
      try {
        const now = new Date().toISOString();
        const file = exportFile(
          format === 'report-pdf' ? 'report' : format,
          workspace.project,
          sources ?? [],
          now,
        );
        const saved =
          format === 'report-pdf' && host.exportReportPdf
            ? await host.exportReportPdf(file.text, file.name.replace(/\.html$/, '.pdf'))
            : await host.saveFile(file.name, file.text, file.mimeType);
        if (saved)
          setNotice({
            kind: 'info',
            text: `Exported ${workspace.project.claims.length} claims: ${format === 'report-pdf' ? 'report (PDF)' : EXPORT_LABELS[format]}.`,
          });
      } catch (error) {
        setNotice({
          kind: 'error',
          text: `The export failed: ${errorMessage(error)}`,
        });
      }
    },
    [host, workspace, sources],
  );
  const exportJson = useCallback(() => exportAs('json'), [exportAs]);

  const importJson = useCallback(async () => {
    try {
      const file = await host.openFile([
        '.json',
        '.jsonld',
        'application/json',
        'application/ld+json',
      ]);
      if (!file) return;
      const parsed = readClaimsFile(file.text);
      if (!parsed.ok) {
        setNotice({
          kind: 'error',
          text: `${file.name} was not imported: ${parsed.error} Your project is unchanged.`,
        });
        return;
      }
      setPendingImport({ fileName: file.name, doc: parsed.value });
    } catch (error) {
      setNotice({
        kind: 'error',
        text: `The file could not be read: ${errorMessage(error)}`,
      });
    }
  }, [host]);

  const switchProject = useCallback(
    async (open: () => Promise<ProjectLoad | null>) => {
      if (!workspace) return;
      try {
        await workspace.flushNow();
        const load = await open();
        if (!load) return;
        const problem = await workspace.replace(load);
        setSelectedId(null);
        setNotice(
          problem
            ? {
                kind: 'error',
                text: `${load.location} was not opened: ${problem} Your current project is unchanged.`,
              }
            : { kind: 'info', text: `Now working on ${load.location}.` },
        );
      } catch (error) {
        setNotice({
          kind: 'error',
          text: `The project could not be opened: ${errorMessage(error)}`,
        });
      }
    },
    [workspace],
  );

  const saveAs = useCallback(async () => {
    if (!workspace) return;
    try {
      const location = await host.saveProjectAs(workspace.project);
      if (location) setNotice({ kind: 'info', text: `Saved as ${location}.` });
    } catch (error) {
      setNotice({
        kind: 'error',
        text: `The project was not saved: ${errorMessage(error)}`,
      });
    }
  }, [host, workspace]);

  const afterImport = useCallback(
    (result: Result<Source>, what: string) => {
      if (!result.ok) {
        setNotice({ kind: 'error', text: `${result.error} Your project is unchanged.` });
        return;
      }
      setColumns((current) =>
        showSources(keepKnown(current ?? initialColumns(sourceIds), sourceIds), [result.value.id]),
      );
      setNotice({
        kind: 'info',
        text: `${what} added as a source: ${result.value.metadata.title} (${result.value.blocks.length} paragraphs).`,
      });
    },
    [sourceIds],
  );

  const importSourceFile = useCallback(
    async (file: PickedBinaryFile | null) => {
      if (file) afterImport(await imports.importFile(file), file.name);
    },
    [imports, afterImport],
  );

  const pickSource = useCallback(async () => {
    try {
      await importSourceFile(await host.openBinaryFile(IMPORTABLE));
    } catch (error) {
      setNotice({
        kind: 'error',
        text: `The file could not be read: ${errorMessage(error)}`,
      });
    }
  }, [host, importSourceFile]);

  const reviseFrom = useCallback(
    async (source: Source) => {
      try {
        const file = await host.openBinaryFile(IMPORTABLE);
        if (!file) return;
        const revised = await imports.revise(source, file);
        if (!revised.ok)
          return setNotice({
            kind: 'error',
            text: `${revised.error} The source and its claims are unchanged.`,
          });
        const { moved, changed, orphaned, unchanged } = revised.value.counts;
        setNotice({
          kind: changed || orphaned ? 'error' : 'info',
          text: `Revised ${source.metadata.title} from ${file.name}: ${unchanged} claims unchanged, ${moved} moved, ${changed} with changed words (flagged), ${orphaned} orphaned.`,
        });
      } catch (error) {
        setNotice({
          kind: 'error',
          text: `The revision could not be read: ${errorMessage(error)}`,
        });
      }
    },
    [host, imports],
  );

  const onCommand = useCallback(
    (command: MenuCommand) => {
      if (command === 'undo') workspace?.undo();
      else if (command === 'redo') workspace?.redo();
      else if (command === 'exportJson') void exportJson();
      else if (command === 'importJson') void importJson();
      else if (command === 'newProject') void switchProject(() => host.newProject());
      else if (command === 'openProject') void switchProject(() => host.openProject());
      else if (command === 'saveAs') void saveAs();
      else if (command === 'importSource') void pickSource();
      else if (command === 'showShortcuts') setShowShortcuts(true);
    },
    [workspace, exportJson, importJson, switchProject, saveAs, host, pickSource],
  );
  useEffect(() => host.onMenuCommand(onCommand), [host, onCommand]);
  useGlobalShortcuts(onCommand);

  const importPlans = useMemo(() => {
    if (!pendingImport || !workspace) return null;
    const now = new Date().toISOString();
    return {
      merge: planImport(workspace.project, pendingImport.doc, 'merge', now),
      replace: planImport(workspace.project, pendingImport.doc, 'replace', now),
    };
  }, [pendingImport, workspace]);

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
          .then((buffer) => importSourceFile({ name: file.name, bytes: new Uint8Array(buffer) }));
      }}
    >
      <header className="app-bar">
        <span className="app-name">Corroborate</span>
        {workspace ? <span className="app-status">{workspace.project.name}</span> : null}
        {sources ? <span className="app-status">{sources.length} sources</span> : null}
        {sources && columns.length < sources.length ? (
          <button type="button" onClick={() => setColumns(addColumn(columns, sourceIds))}>
            Add column
          </button>
        ) : null}
        {workspace ? <SaveIndicator status={workspace.save} /> : null}
        <span className="app-bar-spacer" />
        {workspace ? (
          <div className="app-actions">
            <button
              type="button"
              onClick={workspace.undo}
              disabled={!workspace.canUndo}
              title={
                workspace.undoLabel ? `Undo ${workspace.undoLabel} (Ctrl+Z)` : 'Nothing to undo'
              }
            >
              Undo
            </button>
            <button
              type="button"
              onClick={workspace.redo}
              disabled={!workspace.canRedo}
              title={
                workspace.redoLabel
                  ? `Redo ${workspace.redoLabel} (Ctrl+Shift+Z)`
                  : 'Nothing to redo'
              }
            >
              Redo
            </button>
            {host.kind === 'browser' ? (
              <MenuButton
                label="Project"
                items={[
                  { label: 'New project', onSelect: () => onCommand('newProject') },
                  { label: 'Open project…', onSelect: () => onCommand('openProject') },
                  { label: 'Save as…', onSelect: () => onCommand('saveAs') },
                ]}
              />
            ) : null}
            <MenuButton
              label="Add source"
              items={[
                { label: 'Import source…', onSelect: () => void pickSource() },
                { label: 'Paste text…', onSelect: () => setPasting(true) },
              ]}
            />
            <button type="button" onClick={() => void importJson()}>
              Import JSON
            </button>
            <button type="button" onClick={() => void exportJson()}>
              Export JSON
            </button>
            <ExportMenu
              formats={host.exportReportPdf ? [...EXPORT_MENU, 'report-pdf'] : EXPORT_MENU}
              onExport={(format) => void exportAs(format)}
            />
          </div>
        ) : null}
      </header>
      {state.status === 'loading' ? <p className="app-message">Loading sources…</p> : null}
      {state.status === 'failed' ? (
        <p className="app-message error" role="alert">
          The sources could not be loaded: {state.error}
        </p>
      ) : null}
      {damaged.map((title) => (
        <p key={title} className="app-message error" role="alert">
          The text of {title} stored in this project does not match its fingerprint, so it is not
          shown (its claims are kept). Import the source again to restore it.
        </p>
      ))}
      {workspace?.save.state === 'disabled' ? (
        <p className="app-message error" role="alert" data-testid="project-load-error">
          Your saved project in {workspace.save.location} could not be opened:{' '}
          {workspace.save.error} It has not been changed, and nothing you do now is saved over it.
          Export your new work as JSON to keep it.
        </p>
      ) : null}
      {notice ? (
        <p
          className={`app-message notice-toast ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <div className="workspace">
          {state.listing.problems.map((problem) => (
            <p key={problem.file} className="app-message error" role="alert">
              {problem.file} was not opened: {problem.error}
            </p>
          ))}
          {shownGroup ? (
            <div className="compare-bar-host">
              <ComparePassages
                group={shownGroup}
                sourcesById={summaries}
                onClose={() => setShownGroupId(null)}
              />
            </div>
          ) : null}
          <main className="panes">
            {columns
              .map((sourceId) => sourceById.get(sourceId))
              .filter((source): source is Source => source !== undefined)
              .map((source, index) => (
                <SourcePane
                  key={source.id}
                  source={source}
                  position={index + 1}
                  choices={choices}
                  onEditDetails={() => setEditingSourceId(source.id)}
                  onRevise={() => void reviseFrom(source)}
                  onChoose={(id) => setColumns(chooseColumn(columns, index, id))}
                  onClose={
                    columns.length > 1 ? () => setColumns(removeColumn(columns, index)) : undefined
                  }
                  claimMarks={marks.get(source.id) ?? NO_MARKS}
                  suggestionMarks={pendingMarks.get(source.id) ?? NO_MARKS}
                  focus={focus.get(source.id) ?? null}
                  onSelect={(from, range) => {
                    setSelection(range ? { source: from, range } : null);
                    if (!range) setTagging(false);
                  }}
                  onTagKey={() => setTagging(true)}
                  onMarkClick={(id, layer) => {
                    if (layer === 'claim') {
                      setTab('claims');
                      activateClaim(id);
                    } else {
                      const suggestion = pending.get(source.id)?.find((item) => item.id === id);
                      if (suggestion) activateSuggestion(suggestion);
                    }
                  }}
                />
              ))}
          </main>
          {workspace ? (
            <aside className="side-panel">
              <SidePanelTabs
                tab={tab}
                onTab={setTab}
                counts={{
                  claims: workspace.project.claims.length,
                  suggestions: pendingCount,
                  disagreements: flaggedCount,
                }}
              />
              {tab === 'disagreements' ? (
                <DisagreementsPanel
                  groups={derived.groups}
                  fromSuggestions={derived.fromSuggestions}
                  sourcesById={summaries}
                  onShowGroup={showGroup}
                  credibilityById={credibilityById}
                />
              ) : null}
              {tab === 'suggestions' ? (
                <SuggestionsPanel
                  sources={sources ?? []}
                  pending={pending}
                  activeId={activeSuggestionId}
                  onActivate={activateSuggestion}
                  onAccept={acceptSuggestions}
                  onDismiss={dismissSuggestions}
                />
              ) : null}
              {tab === 'claims' && selectedClaim ? (
                <ClaimEditor
                  claim={selectedClaim}
                  events={events}
                  onChange={(patch, label) =>
                    workspace.change(label, (project) =>
                      updateClaim(project, selectedClaim.id, patch, new Date().toISOString()),
                    )
                  }
                  onDelete={() => {
                    workspace.change('Delete claim', (project) =>
                      removeClaim(project, selectedClaim.id, new Date().toISOString()),
                    );
                    setSelectedId(null);
                  }}
                />
              ) : null}
              {tab === 'claims' && selectedClaim ? (
                <GroupingControls
                  itemId={selectedClaim.id}
                  groups={groups}
                  onLink={(otherId) =>
                    workspace.change('Link claims', (current) => ({
                      ...current,
                      groupDecisions: [
                        ...current.groupDecisions,
                        linkDecision(selectedClaim.id, otherId),
                      ],
                      modified: new Date().toISOString(),
                    }))
                  }
                  onUnlink={(otherIds) =>
                    workspace.change('Split claim from group', (current) => ({
                      ...current,
                      groupDecisions: [
                        ...current.groupDecisions,
                        ...splitDecisions([selectedClaim.id, ...otherIds], selectedClaim.id),
                      ],
                      modified: new Date().toISOString(),
                    }))
                  }
                />
              ) : null}
              {tab === 'claims' ? (
                <ClaimsPanel
                  sources={sources ?? []}
                  placements={placements}
                  selectedId={selectedId}
                  onActivate={activateClaim}
                />
              ) : null}
            </aside>
          ) : null}
        </div>
      ) : null}
      {selection && !tagging ? (
        <button
          type="button"
          className="tag-button"
          style={{
            left: selection.range.anchorRect.left,
            top: selection.range.anchorRect.bottom + 6,
          }}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setTagging(true)}
        >
          Tag claim <kbd>T</kbd>
        </button>
      ) : null}
      {selection && tagging ? (
        <TagMenu
          quote={selection.range.quote}
          position={{
            left: Math.min(selection.range.anchorRect.left, window.innerWidth - 340),
            top: selection.range.anchorRect.bottom + 6,
            anchorTop: selection.range.anchorRect.top,
          }}
          onConfirm={confirmTag}
          onCancel={() => {
            setTagging(false);
            setSelection(null);
          }}
        />
      ) : null}
      {editingSourceId && workspace && sourceById.get(editingSourceId) ? (
        <SourceDetailsDialog
          metadata={sourceById.get(editingSourceId)!.metadata}
          onCancel={() => setEditingSourceId(null)}
          onSave={(metadata) => {
            const id = editingSourceId;
            workspace.change('Edit source details', (current) => ({
              ...current,
              sources: current.sources.map((ref) =>
                ref.id === id ? { ...ref, title: metadata.title, metadata } : ref,
              ),
              modified: new Date().toISOString(),
            }));
            setEditingSourceId(null);
          }}
        />
      ) : null}
      {pasting ? (
        <PasteDialog
          onCancel={() => setPasting(false)}
          onImport={(text, title) => {
            const result = imports.importText(text, title);
            if (!result.ok) return result.error;
            setPasting(false);
            afterImport(result, 'Pasted text');
            return null;
          }}
        />
      ) : null}
      {imports.progress ? (
        <div className="import-progress" role="status" aria-live="polite">
          Importing {imports.progress.name}…
          <progress
            max={imports.progress.total}
            value={imports.progress.done}
            aria-label={`Importing ${imports.progress.name}`}
          />
          <button type="button" onClick={cancelImports}>
            Cancel import
          </button>
        </div>
      ) : null}
      {showShortcuts ? <ShortcutsDialog onClose={() => setShowShortcuts(false)} /> : null}
      {pendingImport && importPlans && workspace ? (
        <ImportDialog
          fileName={pendingImport.fileName}
          merge={importPlans.merge.counts}
          replace={importPlans.replace.counts}
          onCancel={() => setPendingImport(null)}
          onApply={(mode) => {
            const plan = importPlans[mode];
            workspace.change(
              mode === 'merge' ? 'Import (merge)' : 'Import (replace)',
              () => plan.result,
            );
            setPendingImport(null);
            setNotice({
              kind: 'info',
              text: `Imported ${pendingImport.fileName}: ${plan.counts.added} added, ${plan.counts.updated} updated, ${plan.counts.removed} removed.`,
            });
          }}
        />
      ) : null}
    </div>
  );
}
