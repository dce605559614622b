// Property: over random command sequences on generated projects, diffs undo and redo exactly, and
// diffProjects finds a diff between any two states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  applyDiff,
  diffProjects,
  EditHistory,
  invertDiff,
  type ProjectDiff,
} from '../../../engine/edit';
import { Project } from '../../../engine/model';
import { arbitraryProject, commandFor, commandSeed } from './arbitraries';

function run(start: Project, seeds: Parameters<typeof commandFor>[1][]) {
  const states = [start];
  const diffs: ProjectDiff[] = [];
  for (const seed of seeds) {
    const current = states.at(-1)!;
    const result = applyCommand(current, commandFor(current, seed));
    if (!result.ok) continue;
    states.push(result.project);
    diffs.push(result.diff);
  }
  return { states, diffs };
}

describe('undo property', () => {
  it('inverse diffs in reverse order give back every earlier project, and redo every later one', () => {
    fc.assert(
      fc.property(arbitraryProject, fc.array(commandSeed, { maxLength: 14 }), (start, seeds) => {
        const { states, diffs } = run(start, seeds);
        let project = states.at(-1)!;
        for (let i = diffs.length - 1; i >= 0; i--) {
          const undone = applyDiff(project, invertDiff(diffs[i]!));
          expect(undone.ok).toBe(true);
          if (!undone.ok) return;
          expect(undone.project).toStrictEqual(states[i]);
          project = undone.project;
        }
        for (let i = 0; i < diffs.length; i++) {
          const redone = applyDiff(project, diffs[i]!);
          if (!redone.ok) throw new Error(redone.error.message);
          expect(redone.project).toStrictEqual(states[i + 1]);
          project = redone.project;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every command result is still a valid botloom/1 project', () => {
    fc.assert(
      fc.property(arbitraryProject, fc.array(commandSeed, { maxLength: 10 }), (start, seeds) => {
        for (const state of run(start, seeds).states) expect(Project.safeParse(state).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('the history undoes to the start and redoes to the end', () => {
    fc.assert(
      fc.property(arbitraryProject, fc.array(commandSeed, { maxLength: 12 }), (start, seeds) => {
        const { states, diffs } = run(start, seeds);
        const history = new EditHistory();
        diffs.forEach((diff, i) => history.record(diff, `step ${i}`));
        let project = states.at(-1)!;
        while (history.canUndo) {
          const move = history.undo(project)!;
          if (!move.ok) throw new Error(move.error.message);
          project = move.project;
        }
        expect(project).toStrictEqual(start);
        while (history.canRedo) {
          const move = history.redo(project)!;
          if (!move.ok) throw new Error(move.error.message);
          project = move.project;
        }
        expect(project).toStrictEqual(states.at(-1));
      }),
      { numRuns: 150 },
    );
  });

  it('diffProjects(a, b) applied to a gives b, between any two projects', () => {
    fc.assert(
      fc.property(
        arbitraryProject,
        arbitraryProject,
        fc.array(commandSeed, { maxLength: 10 }),
        (a, other, seeds) => {
          const { states } = run(a, seeds);
          const b = states.at(-1)!;
          for (const [x, y] of [
            [a, b],
            [b, a],
            [a, other],
            [other, b],
          ] as const) {
            const diff = diffProjects(x, y);
            const result = applyDiff(x, diff);
            if (!result.ok) throw new Error(result.error.message);
            expect(result.project).toStrictEqual(y);
            const back = applyDiff(y, invertDiff(diff));
            if (!back.ok) throw new Error(back.error.message);
            expect(back.project).toStrictEqual(x);
          }
          expect(diffProjects(a, a).ops).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
