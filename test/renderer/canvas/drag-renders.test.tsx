// @vitest-environment jsdom
// Dragging one block re-renders no other block (docs/architecture.md#the-canvas-window), measured with React's Profiler around
// every block's frame.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { gridProject } from '../fixtures';
import { blockRenders as renders } from './block-renders';
import { mountCanvas as mountOn, setUpCanvas } from './mount-canvas';

vi.mock('../../../renderer/canvas/nodes/BlockFrame', async (original) =>
  (await import('./block-renders')).profiledBlockFrame(await original()),
);

setUpCanvas();

/** Commits of the whole canvas (one entry per React commit under FlowCanvas). */
const canvasCommits: number[] = [];

/** The canvas on a 400-block grid, each of its commits counted in `canvasCommits`. */
async function mountCanvas() {
  const { store, ui: container } = await mountOn(gridProject(400, 20), {
    onCommit: () => canvasCommits.push(1),
  });
  return { store, container };
}

describe('dragging a block', () => {
  it('mounts only the blocks near the viewport, and re-renders only the dragged block while and after it moves', async () => {
    const { store, container } = await mountCanvas();
    const mounted = container.querySelectorAll('[data-testid^="block-b"]').length;
    expect(mounted).toBeGreaterThan(5);
    expect(mounted).toBeLessThan(60);

    renders.length = 0;
    for (let i = 1; i <= 5; i++)
      await act(async () =>
        store.getState().setDragPositions(new Map([['b1', { x: 320 + i * 7, y: i * 3 }]])),
      );
    await act(async () => {
      store
        .getState()
        .apply([{ type: 'moveBlocks', moves: [{ id: 'b1', position: { x: 355, y: 15 } }] }], 'Move block');
      store.getState().setDragPositions(new Map());
    });
    expect(renders.length).toBeGreaterThan(0);
    expect(new Set(renders)).toEqual(new Set(['b1']));
    expect(container.querySelector('[data-testid="block-b1"]')).not.toBeNull();
  });

  it('re-renders only the blocks whose selection changed', async () => {
    const { store } = await mountCanvas();
    renders.length = 0;
    await act(async () => store.getState().select(['b3']));
    await act(async () => store.getState().select(['b4'], 'add'));
    expect(new Set(renders)).toEqual(new Set(['b3', 'b4']));
  });
});

describe('following the bot', () => {
  const transform = (container: HTMLElement) =>
    container.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;

  it('reveals a block already in view without rendering the canvas at all', async () => {
    const { store, container } = await mountCanvas();
    const before = transform(container);
    canvasCommits.length = 0;
    renders.length = 0;
    for (const id of ['b1', 'b2', 'b21']) await act(async () => store.getState().revealBlock(id));
    expect(canvasCommits).toEqual([]);
    expect(renders).toEqual([]);
    expect(transform(container)).toBe(before);
  });

  it('turns the page for the block just past the right edge, and mounts it', async () => {
    const { store, container } = await mountCanvas();
    expect(container.querySelector('[data-testid="block-b5"]')).toBeNull();
    // b3 at x 960: past the right edge of a 1280 px view scrolled to x 80; it lands 96 px from the left.
    await act(async () => store.getState().revealBlock('b3'));
    expect(transform(container)).toMatch(/translate\(-864px, ?60px\)/);
    expect(container.querySelector('[data-testid="block-b5"]')).not.toBeNull();
  });

  it('mounts the page ahead in idle time, so the page turn onto it mounts and renders no block', async () => {
    const { store, container } = await mountCanvas();
    const block = (id: string) => container.querySelector(`[data-testid="block-${id}"]`);
    // b2 is in view; its next block b3 is past the right edge, so the page a reveal of b3 turns to is warm.
    await act(async () => store.getState().revealBlock('b2'));
    expect(block('b5')).toBeNull();
    await idle();
    expect(block('b5')).not.toBeNull();
    renders.length = 0;
    await act(async () => store.getState().revealBlock('b3'));
    expect(transform(container)).toMatch(/translate\(-864px, ?60px\)/);
    expect(renders).toEqual([]);
    // The page the view left stays mounted through the turn, and is let go in idle time.
    expect(block('b0')).not.toBeNull();
    await idle();
    expect(block('b0')).toBeNull();
    expect(block('b5')).not.toBeNull();
  });

  it('lets go of the warm page when the user moves the view', async () => {
    const { store, container } = await mountCanvas();
    const block = (id: string) => container.querySelector(`[data-testid="block-${id}"]`);
    await act(async () => store.getState().revealBlock('b2'));
    await idle();
    expect(block('b5')).not.toBeNull();
    await act(async () => {
      container
        .querySelector('.react-flow__pane')!
        .dispatchEvent(new WheelEvent('wheel', { deltaY: 1, bubbles: true, cancelable: true }));
    });
    await idle();
    expect(block('b5')).toBeNull();
  });
});

/** Idle time: the warm pages wait for requestIdleCallback, which jsdom lacks (a 50 ms timer stands in). */
const idle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 80)));
