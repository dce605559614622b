// One edit history: random sequences of edits, undos, redos, restores and reopens through the editor
// store (its host backend calling the real projects.* methods in-process, through the contract, on a
// temporary .botloom file). After every step the editor and the host hold the same project and the same
// undo/redo availability and labels: the host's journal is the only history.
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, dispatch, type HostClient } from '../../../electron/api';
import { createHost, type Host } from '../../../electron/host';
import { createEditorStore, type EditorStore } from '../../../renderer/state/project-store';
import { hostBackend, loadProject } from '../../../renderer/state/project-store/host-backend';
import { useTempDir } from '../../electron/services/project-store/temp-dir';
import { commandFor, KINDS, type Step } from './edit-steps';

const dir = useTempDir();
/** Twenty runs take about four seconds; ONE_HISTORY_RUNS=500 explores more on a quiet machine. */
const RUNS = Number(process.env.ONE_HISTORY_RUNS ?? 20);
let host: Host;
let client: HostClient;

beforeAll(async () => {
  host = await createHost({ shell: 'web', version: '0.0.0-test', dataDir: path.join(dir(), 'data') });
  client = createClient({
    invoke: (method, input) => dispatch(host.services, method, input, { transport: 'direct' }),
    subscribe: () => () => {},
  });
});
afterAll(() => host?.close());

type Action =
  | { do: 'edit'; step: Step }
  | { do: 'undo' | 'redo' | 'checkpoint' | 'reopen' }
  | { do: 'restore'; pick: number }
  /** An undo still on its way when the next edits are made (they are replayed on the undone document). */
  | { do: 'undo-then-edit'; steps: Step[] };

const step = fc.record({ kind: fc.constantFrom(...KINDS), a: fc.nat(50), b: fc.nat(50) });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: step.map((s) => ({ do: 'edit' as const, step: s })) },
  { weight: 3, arbitrary: fc.constant({ do: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ do: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ do: 'checkpoint' as const }) },
  { weight: 1, arbitrary: fc.nat(20).map((pick) => ({ do: 'restore' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ do: 'reopen' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .array(step, { minLength: 1, maxLength: 3 })
      .map((steps) => ({ do: 'undo-then-edit' as const, steps })),
  },
);

async function open(file: string): Promise<EditorStore> {
  const doc = await loadProject(client, file);
  return createEditorStore(doc.project, { backend: hostBackend(client, file), confirmed: doc });
}

/** The editor and the host agree: same document, same undo/redo state with the same labels, no error. */
async function expectSameHistory(store: EditorStore, file: string, n: number) {
  await store.whenSynced();
  const doc = await client.call('projects.get', { path: file });
  const s = store.getState();
  expect(s.syncError, `step ${n}`).toBeNull();
  expect(s.project, `step ${n}`).toEqual(doc.project);
  expect({ canUndo: s.canUndo, canRedo: s.canRedo, undoLabel: s.undoLabel, redoLabel: s.redoLabel }).toEqual(
    doc.history,
  );
}

describe('one edit history: the editor store and the host project file', () => {
  let runs = 0;
  it(
    'agree on the project and on undo/redo after every edit, undo, redo, restore and reopen',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 20 }), async (actions) => {
          const { path: file } = await client.call('projects.create', {
            name: `run ${++runs}`,
            directory: dir(),
          });
          let store = await open(file);
          try {
            for (const [n, a] of actions.entries()) {
              const s = store.getState();
              switch (a.do) {
                case 'edit': {
                  const command = commandFor(s.project, a.step, n);
                  if (command) s.apply([command], `${a.step.kind} ${n}`);
                  break;
                }
                case 'undo-then-edit': {
                  const undone = s.undo();
                  for (const [i, edit] of a.steps.entries()) {
                    const command = commandFor(store.getState().project, edit, n * 10 + i);
                    if (command) store.getState().apply([command], `${edit.kind} ${n}.${i}`);
                  }
                  await undone;
                  await store.whenSynced();
                  // An edit that no longer fits the undone document is dropped, and the editor says so.
                  const error = store.getState().syncError;
                  if (error) {
                    expect(error).toMatch(/no longer applied after the undo/);
                    store.setState({ syncError: null });
                  }
                  break;
                }
                case 'undo':
                case 'redo': {
                  const could = a.do === 'undo' ? s.canUndo : s.canRedo;
                  expect(await s[a.do]()).toBe(could);
                  break;
                }
                case 'checkpoint':
                  await s.afterEdits(() => client.call('projects.checkpoint', { path: file }));
                  break;
                case 'restore': {
                  const revisions = await s.afterEdits(() => client.call('projects.history', { path: file }));
                  await s.restore(revisions[a.pick % revisions.length]!.id);
                  break;
                }
                case 'reopen':
                  await store.whenSynced();
                  store.dispose();
                  await client.call('projects.close', { path: file });
                  store = await open(file);
                  break;
              }
              await expectSameHistory(store, file, n);
            }
          } finally {
            await store.whenSynced();
            store.dispose();
            await client.call('projects.close', { path: file });
          }
        }),
        { numRuns: RUNS },
      );
    },
    60_000 + RUNS * 500,
  );
});
