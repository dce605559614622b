// The keyboard shortcut help (?), generated from the shortcut table.
import { useProjectStore } from '../state/project-store';
import { SHORTCUTS } from './shortcuts';
import { SIMULATOR_KEYS } from '../simulator/use-simulator-keys';

export function HelpOverlay() {
  const store = useProjectStore();
  const close = () => store.getState().setOverlay(null);
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal
      aria-label="Keyboard shortcuts"
      data-testid="help-overlay"
      onClick={close}
    >
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <h3>Keyboard shortcuts</h3>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.description}</td>
              </tr>
            ))}
            {SIMULATOR_KEYS.map((s) => (
              <tr key={s.keys}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.description}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Shift+F10 / ContextMenu</kbd>
              </td>
              <td>The menu of the focused block or edge (right-click: of a block, an edge or the canvas)</td>
            </tr>
            <tr>
              <td>
                <kbd>Double-click</kbd>
              </td>
              <td>Edit a message block&apos;s first text on its card (Enter keeps, Escape drops)</td>
            </tr>
            <tr>
              <td>
                <kbd>Shift+drag</kbd>
              </td>
              <td>Box-select blocks; Shift+click adds or removes one</td>
            </tr>
          </tbody>
        </table>
        <button onClick={close}>Close</button>
      </div>
    </div>
  );
}
