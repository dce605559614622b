// Binds the shortcut table to the editor's actions while a project is open.
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { BLOCK_TYPES, type BlockType } from '../../engine/model';
import { useAppStore } from '../state/app-store';
import { useProjectStore, type ApplyResult } from '../state/project-store';
import {
  addBlockNear,
  alignSelection,
  copySelection,
  cutSelection,
  duplicateSelection,
  paste,
  selectAll,
} from './canvas-actions';
import { addBlockAction, isTextTarget, shortcutFor, type ShortcutAction } from './shortcuts';
import { useViewActions } from './use-view-actions';
import { addFrame, addNoteAt } from './annotations/annotation-actions';
import { fieldOwnsUndo, rebaseField, trackFieldFocus } from '../ui/field-undo';

const ADD = new Map<ShortcutAction, BlockType>(BLOCK_TYPES.map((type) => [addBlockAction(type), type]));

export function useCanvasShortcuts(requestDelete: () => void) {
  const store = useProjectStore();
  const rf = useReactFlow();
  const setError = useAppStore((s) => s.setError);
  const view = useViewActions();
  useEffect(() => {
    const report = (r: ApplyResult | undefined) => {
      if (r && !r.ok) setError(r.error.message);
    };
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e);
      if (!action) return;
      const state = store.getState();
      // In a text field only the overlay keys are ours; the field keeps copy, paste and the rest, and undo
      // and redo while it has typing of its own to undo (then they are the project's: field-undo.ts).
      const history = (action === 'undo' || action === 'redo') && !fieldOwnsUndo(e.target);
      if (
        isTextTarget(e.target) &&
        !history &&
        action !== 'search' &&
        !(action === 'deselect' && state.overlay)
      )
        return;
      if (state.overlay && action !== 'deselect' && action !== 'search' && action !== 'help') return;
      // Over the Translations table only undo and redo are the canvas's (the table has its own keys).
      if (state.translationsOpen && action !== 'undo' && action !== 'redo') return;
      // While the open's document lacks its translations, only undo and redo (the host's): a copy would carry
      // blocks without their translations (docs/architecture.md#opening-a-project).
      if (state.translationsLoading && action !== 'undo' && action !== 'redo') return;
      e.preventDefault();
      const type = ADD.get(action);
      if (type) {
        report(addBlockNear(store, type, view.centre()));
        return;
      }
      switch (action) {
        case 'undo':
        case 'redo':
          // A focused field shows the undone text once it renders: that text is its unchanged text again.
          void (action === 'undo' ? state.undo() : state.redo()).then(() =>
            requestAnimationFrame(() => rebaseField(document.activeElement)),
          );
          break;
        case 'copy':
          void copySelection(store);
          break;
        case 'cut':
          void cutSelection(store).then(report);
          break;
        case 'paste':
          void paste(store).then(report);
          break;
        case 'duplicate':
          void duplicateSelection(store).then(report);
          break;
        case 'delete':
          if (state.selected.size) requestDelete();
          break;
        case 'selectAll':
          selectAll(store);
          break;
        case 'deselect':
          if (state.overlay) state.setOverlay(null);
          else {
            state.clearSelection();
            state.selectAnnotations([], 'replace');
          }
          break;
        case 'search':
          state.setOverlay(state.overlay === 'search' ? null : 'search');
          break;
        case 'help':
          state.setOverlay(state.overlay === 'help' ? null : 'help');
          break;
        case 'edit':
          if (state.selected.size) state.requestEdit();
          break;
        case 'newNote':
          report(addNoteAt(store, view.centre()));
          break;
        case 'newFrame':
          report(addFrame(store, view.centre()));
          break;
        case 'outline':
          state.setOutlineOpen(!state.outlineOpen);
          break;
        case 'zoomToFit':
          view.zoomToFit();
          break;
        case 'autoLayout':
          void view.autoLayout();
          break;
        case 'alignLeft':
          report(alignSelection(store, 'left'));
          break;
        case 'alignTop':
          report(alignSelection(store, 'top'));
          break;
        case 'alignCentreX':
          report(alignSelection(store, 'centre-x'));
          break;
        case 'alignCentreY':
          report(alignSelection(store, 'centre-y'));
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    const stopTracking = trackFieldFocus();
    return () => {
      window.removeEventListener('keydown', onKey);
      stopTracking();
    };
  }, [store, rf, setError, requestDelete, view]);
}
