// Undo/redo through the editor store (over its memory backend's history) restore exactly the previous
// project state, for random sequences of every kind of edit the editor issues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/model';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { commandFor, KINDS } from './edit-steps';

describe('undo/redo through the editor store', () => {
  it('restores exactly every previous state, back to the start and forward again', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ kind: fc.constantFrom(...KINDS), a: fc.nat(50), b: fc.nat(50) }), {
          minLength: 1,
          maxLength: 25,
        }),
        async (steps) => {
          const start = project([message('welcome', 'Hi'), message('bye', 'Bye')]);
          const store = createEditorStore(start, { backend: memoryBackend(start) });
          const states: Project[] = [store.getState().project];
          steps.forEach((step, n) => {
            const command = commandFor(store.getState().project, step, n);
            if (!command) return;
            const result = store.getState().apply([command], step.kind);
            if (result.ok) {
              if (store.getState().project !== states.at(-1)) states.push(store.getState().project);
            } else expect(store.getState().project).toBe(states.at(-1));
          });
          for (let i = states.length - 2; i >= 0; i--) {
            expect(await store.getState().undo()).toBe(true);
            expect(store.getState().project).toEqual(states[i]);
          }
          expect(store.getState().canUndo).toBe(false);
          for (let i = 1; i < states.length; i++) {
            expect(await store.getState().redo()).toBe(true);
            expect(store.getState().project).toEqual(states[i]);
          }
          expect(store.getState().canRedo).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
