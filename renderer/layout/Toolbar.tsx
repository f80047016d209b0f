import { command, type CommandId, type CommandState } from '../app-state/commands';
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
          {button('undo', props.undoLabel ? `Undo ${props.undoLabel} (Ctrl+Z)` : 'Nothing to undo')}
          {button(
            'redo',
            props.redoLabel ? `Redo ${props.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo',
          )}
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
