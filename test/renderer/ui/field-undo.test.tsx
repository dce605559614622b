// @vitest-environment jsdom
// Ctrl+Z inside a field (issue 19 point 10): the field's own typing first (left to the browser), then,
// once the field has nothing of its own (its text committed, or unchanged since it took the focus), the
// project's history, shown in the still focused field; Ctrl+Shift+Z redoes it there.
import { ReactFlowProvider } from '@xyflow/react';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../engine/model';
import { useCanvasShortcuts } from '../../../renderer/canvas/use-canvas-shortcuts';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { fieldOwnsUndo, rebaseField, trackFieldFocus } from '../../../renderer/ui/field-undo';
import { project } from '../fixtures';
import { mount, setUpMounting, stubResizeObserver } from '../mount';

setUpMounting();
beforeAll(stubResizeObserver);

const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
  setter.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
};

const key = (target: Element, init: KeyboardEventInit) => {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
};

const frame = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('fieldOwnsUndo', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    document.body.innerHTML = '';
  });

  it('gives undo to a text field while its text differs from what it showed when focused', () => {
    stop = trackFieldFocus();
    const input = document.createElement('input');
    document.body.append(input);
    input.value = 'Hello';
    input.focus();
    expect(fieldOwnsUndo(input)).toBe(false);
    input.value = 'Hello there';
    expect(fieldOwnsUndo(input)).toBe(true);
    // The project's undo put other text in: that is its unchanged text now.
    input.value = 'Hi';
    rebaseField(input);
    expect(fieldOwnsUndo(input)).toBe(false);
  });

  it('follows data-dirty where a field says it, keeps Monaco its own, and never keeps it for a select or a checkbox', () => {
    stop = trackFieldFocus();
    const marked = document.createElement('textarea');
    marked.dataset.dirty = 'false';
    marked.value = 'typed';
    document.body.append(marked);
    expect(fieldOwnsUndo(marked)).toBe(false);
    marked.dataset.dirty = 'true';
    expect(fieldOwnsUndo(marked)).toBe(true);
    const monaco = document.createElement('div');
    monaco.className = 'monaco-editor';
    const inner = document.createElement('textarea');
    monaco.append(inner);
    document.body.append(monaco);
    expect(fieldOwnsUndo(inner)).toBe(true);
    const select = document.createElement('select');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    document.body.append(select, box);
    select.focus();
    box.focus();
    expect(fieldOwnsUndo(select)).toBe(false);
    expect(fieldOwnsUndo(box)).toBe(false);
  });
});

const ask: Block = {
  id: 'ask',
  type: 'input',
  prompt: [{ kind: 'text', text: 'Name?' }],
  variable: 'user.name',
  validate: { kind: 'any' },
};

function Harness() {
  useCanvasShortcuts(() => undefined);
  return <Inspector />;
}

describe('Ctrl+Z in an inspector field', () => {
  it("undoes the field's typing first, then the project's history, shown in the focused field", async () => {
    const p = project([ask]);
    const store = createEditorStore(p, { backend: memoryBackend(p) });
    store.getState().select(['ask']);
    const ui = await mount(
      <ReactFlowProvider>
        <Harness />
      </ReactFlowProvider>,
      store,
    );
    const field = ui.querySelector<HTMLInputElement>('[data-testid="field-variable"]')!;
    await act(async () => {
      field.focus();
      type(field, 'user.email');
    });
    // Typing not committed: the field keeps Ctrl+Z (the browser undoes the typing), the project is untouched.
    expect(field.dataset.dirty).toBe('true');
    expect(key(field, { key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(store.getState().canUndo).toBe(false);

    // Enter commits: one step. Ctrl+Z in the same, still focused field now undoes that step.
    await act(async () => void key(field, { key: 'Enter' }));
    expect(store.getState().block('ask')).toMatchObject({ variable: 'user.email' });
    expect(field.dataset.dirty).toBe('false');
    await act(async () => {
      expect(key(field, { key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
      await frame();
    });
    expect(store.getState().block('ask')).toMatchObject({ variable: 'user.name' });
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('user.name');

    await act(async () => {
      key(field, { key: 'Z', ctrlKey: true, shiftKey: true });
      await frame();
    });
    expect(store.getState().block('ask')).toMatchObject({ variable: 'user.email' });
    expect(field.value).toBe('user.email');
  });
});
