// @vitest-environment jsdom
// A block node reads the store through one subscription (renderer/canvas/nodes/node-marks.ts): it re-renders
// when its own marks change (simulator, breakpoint, coverage, problems, default role, in-place edit) and for
// nothing else (docs/architecture.md#the-canvas-window), measured with React's Profiler around every frame.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../engine/validate';
import { gridProject } from '../fixtures';
import { blockRenders } from './block-renders';
import { byTestId, mountCanvas as mountOn, setUpCanvas } from './mount-canvas';

vi.mock('../../../renderer/canvas/nodes/BlockFrame', async (original) =>
  (await import('./block-renders')).profiledBlockFrame(await original()),
);

setUpCanvas();

/** The canvas on a 400-block grid, with a count of the store's live subscriptions. */
async function mountCanvas() {
  const { store, ui: container, subscriptions } = await mountOn(gridProject(400, 20));
  const block = (id: string) => container.querySelector<HTMLElement>(`[data-testid="block-${id}"]`)!;
  /** Runs `change` and answers which blocks re-rendered. */
  const rendered = async (change: () => void) => {
    blockRenders.length = 0;
    await act(async () => change());
    return [...new Set(blockRenders)].sort();
  };
  return {
    store,
    container,
    subscriptions,
    block,
    byTestId: (id: string) => byTestId(container, id),
    rendered,
  };
}

describe('a block node and the store', () => {
  it('subscribes to the store once per mounted block, not once per marker and per port', async () => {
    const { container, subscriptions } = await mountCanvas();
    const mounted = container.querySelectorAll('.react-flow__node').length;
    expect(mounted).toBeGreaterThan(10);
    // One per node, plus the canvas's own few (it was seven per message block before).
    expect(subscriptions.live).toBeGreaterThanOrEqual(mounted);
    expect(subscriptions.live - mounted).toBeLessThan(15);
  });

  it('re-renders only the block whose simulator, breakpoint or coverage marks change, and shows them', async () => {
    const { store, block, byTestId, rendered } = await mountCanvas();
    expect(await rendered(() => store.setState({ simCurrent: 'b2' }))).toEqual(['b2']);
    expect(block('b2').className).toContain('sim-current');
    expect(await rendered(() => store.setState({ simCurrent: 'b3', simVisited: new Set(['b2']) }))).toEqual([
      'b2',
      'b3',
    ]);
    expect(block('b2').className).toContain('sim-visited');
    expect(await rendered(() => store.setState({ breakpoints: new Set(['b4']) }))).toEqual(['b4']);
    expect(byTestId('breakpoint-b4')).not.toBeNull();
    expect(await rendered(() => store.setState({ coverageOverlay: new Map([['b20', false]]) }))).toEqual([
      'b20',
    ]);
    expect(block('b20').className).toContain('coverage-miss');
  });

  it('re-renders only the block whose problems or default role change', async () => {
    const { store, byTestId, rendered } = await mountCanvas();
    const error: Diagnostic = {
      severity: 'error',
      code: 'dangling-reference',
      message: 'broken',
      location: { blockId: 'b21', path: 'flows[0].blocks[21].next' },
    };
    expect(await rendered(() => store.getState().setDiagnostics([error]))).toEqual(['b21']);
    expect(byTestId('marker-b21')).not.toBeNull();
    const setStart = () =>
      store.getState().apply([{ type: 'updateSettings', patch: { startBlock: 'b22' } }], 'Start');
    expect(await rendered(setStart)).toEqual(['b0', 'b22']);
    expect(byTestId('start-b22')).not.toBeNull();
    expect(byTestId('default-b22')?.textContent).toBe('Introduction');
    expect(byTestId('start-b0')).toBeNull();
  });

  it('opens the in-place editor on its block only', async () => {
    const { store, byTestId, rendered } = await mountCanvas();
    expect(await rendered(() => store.getState().setInlineEdit('b23'))).toEqual(['b23']);
    expect(byTestId('inline-text-b23')).not.toBeNull();
  });

  it('re-renders no block for store changes that touch no mounted block', async () => {
    const { store, rendered } = await mountCanvas();
    expect(await rendered(() => store.getState().revealBlock('b1'))).toEqual([]);
    expect(await rendered(() => store.setState({ simBusy: true, outlineOpen: true }))).toEqual([]);
    // A block far out of the window: the project changes, no mounted block's marks do.
    const far = () =>
      store.getState().apply([{ type: 'updateBlock', id: 'b399', patch: { name: 'Far away' } }], 'Rename');
    expect(await rendered(far)).toEqual([]);
    expect(
      await rendered(() => store.setState({ simCurrent: 'b399', breakpoints: new Set(['b398']) })),
    ).toEqual([]);
  });
});
