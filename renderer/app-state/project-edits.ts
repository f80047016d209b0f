import { startTransition, type Dispatch } from 'react';
import { linkClaims, splitClaim } from '../../core/compare';
import type { planImport } from '../../core/io/export-json';
import type { ClaimType } from '../../core/model/claim';
import { addClaim, removeClaim, updateClaim, type ClaimPatch } from '../../core/model/claim-ops';
import type { SourceMetadata } from '../../core/model/source';
import type { Suggestion } from '../../core/model/suggestion';
import { updateSourceDetails } from '../../core/model/source-ops';
import type { FigurePiece } from '../claims/figure-pieces';
import { provisionalMarks } from '../claims/claim-marks';
import { draftClaim } from '../claims/new-claim';
import { drawProvisional } from '../editor/provisional-highlights';
import { claimFromSuggestion, dismiss } from '../suggestions/pending';
import { nextSuggestionId } from '../suggestions/next-suggestion';
import type { Workspace } from '../workspace/use-workspace';
import type { PendingSelection, UiAction } from './ui-state';
import type { WorkspaceView } from './use-workspace-view';

export type ImportPlans = Record<'merge' | 'replace', ReturnType<typeof planImport>>;

/** The analyst's edits of the project, each one undo step with a label. */
export interface ProjectEdits {
  acceptSuggestions: (accepted: Suggestion[]) => void;
  dismissSuggestions: (dismissed: Suggestion[]) => void;
  /** One claim on the selection, or one per piece (the selection split at its figures). */
  tagSelection: (
    selection: PendingSelection,
    type: ClaimType,
    measure: string,
    pieces?: readonly FigurePiece[],
  ) => void;
  editClaim: (claimId: string, patch: ClaimPatch, label: string) => void;
  deleteClaim: (claimId: string) => void;
  linkClaims: (claimId: string, otherId: string) => void;
  splitClaim: (claimId: string, otherIds: readonly string[]) => void;
  editSourceDetails: (sourceId: string, metadata: SourceMetadata) => void;
  applyImport: (fileName: string, plans: ImportPlans, mode: 'merge' | 'replace') => void;
}

const now = () => new Date().toISOString();

/** Binds the project edits to the workspace (undo history) and the UI state they update. */
export function projectEdits(
  workspace: Workspace,
  view: Pick<WorkspaceView, 'sources' | 'sourceById' | 'suggestions' | 'pending'>,
  dispatch: Dispatch<UiAction>,
): ProjectEdits {
  // After A or D the focus moves on to the next suggestion rather than dropping to the page.
  const moveOn = (handled: readonly Suggestion[]) =>
    dispatch({
      type: 'suggestionsDone',
      nextId: nextSuggestionId(view.sources, view.pending, handled),
    });
  return {
    acceptSuggestions(accepted) {
      if (accepted.length === 0) return;
      const at = now();
      const created = accepted.flatMap((suggestion) => {
        const source = view.sourceById.get(suggestion.sourceId);
        return source ? [claimFromSuggestion(suggestion, source, crypto.randomUUID(), at)] : [];
      });
      workspace.change(
        created.length === 1 ? 'Accept suggestion' : `Accept ${created.length} suggestions`,
        (current) => created.reduce((next, claim) => addClaim(next, claim, at), current),
      );
      moveOn(accepted);
      dispatch({
        type: 'notify',
        notice: {
          kind: 'info',
          text: `${created.length} suggestion${created.length === 1 ? '' : 's'} accepted as claims.`,
        },
      });
    },
    dismissSuggestions(dismissed) {
      if (dismissed.length === 0) return;
      workspace.change(
        dismissed.length === 1 ? 'Dismiss suggestion' : `Dismiss ${dismissed.length} suggestions`,
        (current) =>
          dismiss(
            current,
            dismissed.map((item) => item.id),
            now(),
          ),
      );
      moveOn(dismissed);
    },
    tagSelection(selection, type, measure, pieces) {
      const at = now();
      const spans = pieces?.length ? pieces : [selection.range];
      const claims = spans.map(({ start, end }) =>
        draftClaim({
          id: crypto.randomUUID(),
          now: at,
          source: selection.source,
          start,
          end,
          type,
          measure,
          suggestions: view.suggestions.get(selection.source.id) ?? [],
        }),
      );
      // The highlight and the closed menu paint in this frame; the project change (placing,
      // marking, listing and grouping every claim again) renders after it, as a transition.
      drawProvisional(selection.source.id, provisionalMarks(claims));
      dispatch({ type: 'cancelTagging' });
      startTransition(() => {
        workspace.change(
          claims.length === 1 ? 'Add claim' : `Add ${claims.length} claims`,
          (project) => claims.reduce((current, claim) => addClaim(current, claim, at), project),
        );
        const first = claims[0];
        if (first) dispatch({ type: 'selectClaim', claimId: first.id });
      });
    },
    editClaim(claimId, patch, label) {
      workspace.change(label, (project) => updateClaim(project, claimId, patch, now()));
    },
    deleteClaim(claimId) {
      workspace.change('Delete claim', (project) => removeClaim(project, claimId, now()));
      dispatch({ type: 'selectClaim', claimId: null });
    },
    linkClaims(claimId, otherId) {
      workspace.change('Link claims', (project) => linkClaims(project, claimId, otherId, now()));
    },
    splitClaim(claimId, otherIds) {
      workspace.change('Split claim from group', (project) =>
        splitClaim(project, claimId, otherIds, now()),
      );
    },
    editSourceDetails(sourceId, metadata) {
      workspace.change('Edit source details', (project) =>
        updateSourceDetails(project, sourceId, metadata, now()),
      );
      dispatch({ type: 'closeDialog' });
    },
    applyImport(fileName, plans, mode) {
      const plan = plans[mode];
      workspace.change(mode === 'merge' ? 'Import (merge)' : 'Import (replace)', () => plan.result);
      dispatch({ type: 'closeDialog' });
      const { added, updated, removed } = plan.counts;
      dispatch({
        type: 'notify',
        notice: {
          kind: 'info',
          text: `Imported ${fileName}: ${added} added, ${updated} updated, ${removed} removed.`,
        },
      });
    },
  };
}
