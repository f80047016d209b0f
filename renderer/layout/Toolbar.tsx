import { chordLabel, command, type CommandId, type CommandState } from '../app-state/commands';
import { MenuButton } from '../components/MenuButton';
import { SaveIndicator } from '../components/SaveIndicator';
import { ExportMenu, type MenuFormat } from '../exports/ExportMenu';
import type { SaveStatus } from '../workspace/use-workspace';

export interface ToolbarProps {
  projectName: string | null;
  /** Null while the sources are loading. */
  sourceCount: number | null;
  save: SaveStatus | null;
  undoLabel: string | null;
  redoLabel: string | null;
  /** The browser build has no native File menu: projects are opened from the toolbar. */
  showProjectMenu: boolean;
  exportFormats: readonly MenuFormat[];
  commandState: CommandState;
  onCommand: (id: CommandId) => void;
  onExport: (format: MenuFormat) => void;
}

/** "Undo Add claim (Ctrl/Cmd + Z)": what the step is, and the key from the command table. */
function historyTitle(id: 'undo' | 'redo', step: string | null): string {
  const { label, shortcuts } = command(id);
  if (!step) return `Nothing to ${id}`;
  const keys = shortcuts[0] ? ` (${chordLabel(shortcuts[0])})` : '';
  return `${label} ${step}${keys}`;
}

/** The app bar: project name, source count, save state, and the commands of the command table. */
export function Toolbar(props: ToolbarProps) {
  const { commandState, onCommand } = props;
  const item = (id: CommandId) => ({ label: command(id).label, onSelect: () => onCommand(id) });
  const button = (id: CommandId, title?: string) => (
    <button
      type="button"
      onClick={() => onCommand(id)}
      disabled={!command(id).enabled(commandState)}
      title={title}
    >
      {command(id).label}
    </button>
  );
  return (
    <header className="app-bar">
      <span className="app-name">Corroborate</span>
      {props.projectName !== null ? <span className="app-status">{props.projectName}</span> : null}
      {props.sourceCount !== null ? (
        <span className="app-status">{props.sourceCount} sources</span>
      ) : null}
      {command('addColumn').enabled(commandState) ? button('addColumn') : null}
      {props.save ? <SaveIndicator status={props.save} /> : null}
      <span className="app-bar-spacer" />
      {commandState.ready ? (
        <div className="app-actions">
          {button('undo', historyTitle('undo', props.undoLabel))}
          {button('redo', historyTitle('redo', props.redoLabel))}
          {props.showProjectMenu ? (
            <MenuButton
              label="Project"
              items={[item('newProject'), item('openProject'), item('saveAs')]}
            />
          ) : null}
          <MenuButton label="Add source" items={[item('importSource'), item('pasteText')]} />
          {button('importJson')}
          {button('exportJson')}
          <ExportMenu formats={props.exportFormats} onExport={props.onExport} />
        </div>
      ) : null}
    </header>
  );
}
