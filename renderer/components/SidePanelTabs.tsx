export type SidePanelTab = 'claims' | 'suggestions' | 'disagreements';

interface SidePanelTabsProps {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  counts: Partial<Record<SidePanelTab, number>>;
}

const LABELS: Record<SidePanelTab, string> = {
  claims: 'Claims',
  suggestions: 'Suggestions',
  disagreements: 'Disagreements',
};

/** The side panel's tabs, each with the number of items behind it. */
export function SidePanelTabs({ tab, onTab, counts }: SidePanelTabsProps) {
  const tabs = (Object.keys(LABELS) as SidePanelTab[]).filter((name) => counts[name] !== undefined);
  return (
    <div className="side-tabs" role="tablist" aria-label="Side panel">
      {tabs.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={tab === name}
          className={tab === name ? 'chosen' : ''}
          onClick={() => onTab(name)}
        >
          {LABELS[name]} <span className="count">{counts[name]}</span>
        </button>
      ))}
    </div>
  );
}
