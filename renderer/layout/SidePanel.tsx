import type { Claim } from '../../core/model/claim';
import type { Suggestion } from '../../core/model/suggestion';
import type { ProjectEdits } from '../app-state/project-edits';
import type { WorkspaceView } from '../app-state/use-workspace-view';
import { ClaimEditor } from '../claims/ClaimEditor';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { DisagreementsPanel } from '../compare';
import { GroupingControls } from '../compare/GroupingControls';
import { SidePanelTabs, type SidePanelTab } from '../components/SidePanelTabs';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';

export interface SidePanelProps {
  view: WorkspaceView;
  claimCount: number;
  tab: SidePanelTab;
  selectedClaim: Claim | null;
  activeSuggestionId: string | null;
  /** False when the suggestion was clicked in the text: the caret stays there. */
  focusActiveSuggestion?: boolean;
  edits: Pick<
    ProjectEdits,
    | 'acceptSuggestions'
    | 'dismissSuggestions'
    | 'editClaim'
    | 'deleteClaim'
    | 'linkClaims'
    | 'splitClaim'
  >;
  onTab: (tab: SidePanelTab) => void;
  onShowGroup: (groupId: string) => void;
  onActivateClaim: (claimId: string) => void;
  onActivateSuggestion: (suggestion: Suggestion) => void;
}

/**
 * The panel beside the panes: the claims (with the selected one's editor and grouping), the
 * pending suggestions, and the disagreements, one tab at a time with their counts.
 */
export function SidePanel(props: SidePanelProps) {
  const { view, tab, selectedClaim, edits } = props;
  return (
    <aside className="side-panel">
      <SidePanelTabs
        tab={tab}
        onTab={props.onTab}
        counts={{
          claims: props.claimCount,
          suggestions: view.pendingCount,
          disagreements: view.flaggedCount,
        }}
      />
      {tab === 'disagreements' ? (
        <DisagreementsPanel
          groups={view.derived.groups}
          fromSuggestions={view.derived.fromSuggestions}
          sourcesById={view.summaries}
          onShowGroup={props.onShowGroup}
          credibilityById={view.credibilityById}
        />
      ) : null}
      {tab === 'suggestions' ? (
        <SuggestionsPanel
          sources={view.sources}
          pending={view.pending}
          activeId={props.activeSuggestionId}
          focusActive={props.focusActiveSuggestion ?? true}
          onActivate={props.onActivateSuggestion}
          onAccept={edits.acceptSuggestions}
          onDismiss={edits.dismissSuggestions}
        />
      ) : null}
      {tab === 'claims' && selectedClaim ? (
        <>
          <ClaimEditor
            claim={selectedClaim}
            events={view.events}
            onChange={(patch, label) => edits.editClaim(selectedClaim.id, patch, label)}
            onDelete={() => edits.deleteClaim(selectedClaim.id)}
            language={
              view.sources.find((source) => source.id === selectedClaim.target.sourceId)?.metadata
                .language
            }
          />
          <GroupingControls
            itemId={selectedClaim.id}
            groups={view.groups}
            onLink={(otherId) => edits.linkClaims(selectedClaim.id, otherId)}
            onUnlink={(otherIds) => edits.splitClaim(selectedClaim.id, otherIds)}
          />
        </>
      ) : null}
      {tab === 'claims' ? (
        <ClaimsPanel
          sources={view.sources}
          sourceById={view.sourceById}
          placements={view.placements}
          selectedId={props.selectedClaim?.id ?? null}
          onActivate={props.onActivateClaim}
        />
      ) : null}
    </aside>
  );
}
