// @vitest-environment jsdom
// An opened project's first validation waits for the canvas (createEditorStore): the canvas says when its first
// page is on screen, and the problems are counted at the renderer's next idle moment after, not before the
// canvas is painted.
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { FlowCanvas } from '../../../renderer/canvas/FlowCanvas';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { mount } from '../mount';
import { setUpCanvas } from './mount-canvas';

setUpCanvas();

describe('the first validation of an opened project', () => {
  it('runs once the canvas has shown its first page, and not before', async () => {
    const p = project([message('welcome', 'Hello', { position: { x: 0, y: 0 } })]);
    const validate = vi.fn(() => []);
    const store = createEditorStore(p, { backend: memoryBackend(p), validate, firstValidationMs: 60_000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(validate).not.toHaveBeenCalled();
    await mount(
      <ReactFlowProvider>
        <FlowCanvas />
      </ReactFlowProvider>,
      store,
    );
    expect(store.getState().canvasShown).toBe(true);
    await vi.waitFor(() => expect(validate).toHaveBeenCalledTimes(1));
    store.dispose();
  });
});
