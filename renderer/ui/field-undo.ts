// Ctrl+Z inside a field: the field's own typing is undone first (the browser's undo), then the project's
// history. A field "has typing of its own" while its text differs from what it last committed: fields
// that say so mark it (`data-dirty`, the inspector's TextField); for the others, while the text differs
// from what it showed when it took the focus (or after the project's last undo or redo).
const shownSince = new WeakMap<HTMLElement, string>();

/** Input types whose text the browser's undo edits; others (checkbox, radio, range…) have none. */
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', '']);

function textOf(el: HTMLElement): string | null {
  if (el instanceof HTMLTextAreaElement) return el.value;
  if (el instanceof HTMLInputElement) return TEXT_INPUTS.has(el.type) ? el.value : null;
  if (el.isContentEditable) return el.textContent ?? '';
  return null;
}

/** Remembers the text of each field as it takes the focus. Returns a function that stops. */
export function trackFieldFocus(doc: Document = document): () => void {
  const onFocus = (e: FocusEvent) => {
    if (e.target instanceof HTMLElement) rebaseField(e.target);
  };
  doc.addEventListener('focusin', onFocus);
  return () => doc.removeEventListener('focusin', onFocus);
}

/** The field's text as it is now becomes its "unchanged" text (after the project's undo changed it). */
export function rebaseField(el: Element | null): void {
  if (!(el instanceof HTMLElement)) return;
  const text = textOf(el);
  if (text !== null) shownSince.set(el, text);
}

/**
 * Whether Ctrl+Z (and redo) in `target` belongs to the field: Monaco (its own history), a field marked
 * dirty, or a text field whose text changed since it took the focus. Anything else (a select, a checkbox,
 * an unchanged field) leaves undo and redo to the project's history.
 */
export function fieldOwnsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.monaco-editor')) return true;
  const dirty = target.dataset.dirty;
  if (dirty === 'true' || dirty === 'false') return dirty === 'true';
  const text = textOf(target);
  if (text === null) return false;
  const since = shownSince.get(target);
  // Focused before anyone watched: whether it changed is unknown, so the field keeps its keys.
  return since === undefined || text !== since;
}
