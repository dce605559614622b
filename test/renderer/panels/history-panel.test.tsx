// @vitest-environment jsdom
// The History tab over the host's projects.* methods: it lists revisions (name or Autosave, who, when,
// summary), reads the list again after a projects.changed event, takes named checkpoints, compares two
// ticked revisions (older → newer, or a revision and Current), and restores a revision through the host
// as one step that the store's undo takes back on both sides.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyCommands, diffProjects, type Command } from '../../../engine/edit';
import type { Project } from '../../../engine/model';
import type { ChangeSummary, Revision } from '../../../renderer/host';
import { message, project } from '../fixtures';

const PATH = '/p/bot.botloom';
const edited = project([message('welcome', 'Hi'), message('extra', 'More')]);
const saved = project([message('welcome', 'Hi')]);

const summary = (text: string, more: Partial<ChangeSummary> = {}): ChangeSummary => ({
  text,
  empty: false,
  blocksAdded: [],
  blocksRemoved: [],
  blocksChanged: [],
  blocksRenamed: [],
  flowsAdded: [],
  flowsRemoved: [],
  flowsChanged: [],
  variablesAdded: [],
  variablesRemoved: [],
  variablesChanged: [],
  intentsAdded: [],
  intentsRemoved: [],
  intentsChanged: [],
  testsAdded: [],
  testsRemoved: [],
  testsChanged: [],
  mocksAdded: [],
  mocksRemoved: [],
  mocksChanged: [],
  settingsChanged: [],
  ...more,
});
const revision = (id: number, name: string | null, text: string): Revision => ({
  id,
  rev: id * 10,
  at: new Date(Date.now() - 5 * 60_000).toISOString(),
  who: 'ada',
  name,
  auto: name === null,
  summary: summary(text),
  hasSnapshot: true,
});

/** The fake host: its document, its revisions and every call made to it. */
const fake = {
  document: edited as Project,
  /** The host's journal revision. */
  head: 99,
  revisions: [revision(2, null, 'added block extra'), revision(1, 'Before', 'added block welcome')],
  calls: [] as { method: string; input: Record<string, unknown> }[],
  listeners: new Map<string, (payload: unknown) => void>(),
  refuseRestore: false,
};

vi.mock('../../../renderer/host', async () => {
  const { HostError } = await import('../../../electron/api/host-error');
  return {
    HostError,
    host: {
      on: (event: string, listener: (payload: unknown) => void) => {
        fake.listeners.set(event, listener);
        return () => fake.listeners.delete(event);
      },
      call: async (method: string, input: Record<string, unknown>) => {
        fake.calls.push({ method, input });
        const history = (undoLabel: string | null, redoLabel: string | null) => ({
          canUndo: undoLabel !== null,
          canRedo: redoLabel !== null,
          undoLabel,
          redoLabel,
        });
        const change = (to: Project, label: string, undoLabel: string | null, redoLabel: string | null) => {
          const diff = diffProjects(fake.document, to);
          fake.document = to;
          return { revision: ++fake.head, diff, label, history: history(undoLabel, redoLabel) };
        };
        switch (method) {
          case 'projects.history':
            return fake.revisions;
          case 'projects.checkpoint':
            fake.revisions = [revision(3, (input.name as string) ?? null, 'no changes'), ...fake.revisions];
            return fake.revisions[0];
          case 'projects.diffRevisions':
            return summary('added block extra', {
              blocksAdded: ['extra'],
              blocksRenamed: [{ from: 'hi', to: 'hello' }],
            });
          case 'projects.restore': {
            if (fake.refuseRestore) throw new HostError('not-found', 'There is no revision 7.');
            return change(saved, 'Restore Before', 'Restore Before', null);
          }
          case 'projects.applyCommands': {
            const applied = applyCommands(fake.document, input.commands as Command[]);
            if (!applied.ok) throw new HostError('invalid-input', applied.error.message);
            const label = input.label as string;
            return change(applied.project, label, label, null);
          }
          case 'projects.undo':
            return change(edited, 'Restore Before', null, 'Restore Before');
          case 'projects.get':
            return { path: PATH, revision: fake.head, project: fake.document, history: history(null, null) };
          default:
            throw new Error(`unexpected host call ${method}`);
        }
      },
    },
  };
});

const { HistoryPanel } = await import('../../../renderer/panels/HistoryPanel');
const { createEditorStore, ProjectStoreProvider, NO_HISTORY } =
  await import('../../../renderer/state/project-store');
const { host } = await import('../../../renderer/host');
const { hostBackend } = await import('../../../renderer/state/project-store/host-backend');
const { useAppStore } = await import('../../../renderer/state/app-store');

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mountPanel() {
  useAppStore.getState().open({ path: PATH, name: 'Bot', lastOpenedAt: '2026-01-01T00:00:00Z' });
  fake.document = edited;
  fake.head = 99;
  const store = createEditorStore(edited, {
    backend: hostBackend(host, PATH),
    confirmed: { revision: fake.head, history: NO_HISTORY },
  });
  const ui = document.createElement('div');
  document.body.append(ui);
  const root = createRoot(ui);
  await act(async () =>
    root.render(
      <ProjectStoreProvider store={store}>
        <HistoryPanel />
      </ProjectStoreProvider>,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    ui.remove();
  };
  const get = (testId: string) => ui.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const click = (testId: string) => act(async () => get(testId)!.click());
  return { ui, store, get, click };
}

/** Lets the host's answers (and timers) render inside act(), a few ms at a time, until `check` passes. */
async function until(check: () => void, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    try {
      return check();
    } catch (error) {
      if (Date.now() > end) throw error;
    }
  }
}
const callsOf = (method: string) => fake.calls.filter((c) => c.method === method);

describe('history panel', () => {
  it('lists revisions with name or Autosave, who, when and summary, and reads them again after a change', async () => {
    const { get } = await mountPanel();
    await until(() => expect(get('revision-1')).not.toBeNull());
    expect(get('revision-1')!.textContent).toContain('Before');
    expect(get('revision-1')!.textContent).toContain('ada');
    expect(get('revision-1')!.textContent).toContain('5 minutes ago');
    expect(get('revision-1')!.textContent).toContain('added block welcome');
    expect(get('revision-2')!.textContent).toContain('Autosave');

    const before = callsOf('projects.history').length;
    fake.revisions = [revision(4, 'Later', 'changed block welcome'), ...fake.revisions];
    await act(async () => fake.listeners.get('projects.changed')!({ path: '/p/other.botloom', revision: 5 }));
    await act(async () => fake.listeners.get('projects.changed')!({ path: PATH, revision: 5 }));
    await act(async () => fake.listeners.get('projects.changed')!({ path: PATH, revision: 6 }));
    await until(() => expect(get('revision-4')).not.toBeNull());
    expect(callsOf('projects.history').length).toBe(before + 1);
  });

  it('takes a named checkpoint after the queued edits and shows it', async () => {
    const { get, store } = await mountPanel();
    act(() => void store.getState().apply([{ type: 'deleteBlocks', ids: ['extra'] }], 'Delete'));
    fake.calls.length = 0;
    const name = get('checkpoint-name') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(name, 'Release 1');
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => get('checkpoint')!.closest('form')!.requestSubmit());
    await until(() => expect(get('history-notice')?.textContent).toContain('Release 1'));
    // The edit reached the host before the checkpoint did.
    expect(fake.calls.map((c) => c.method).slice(0, 2)).toEqual([
      'projects.applyCommands',
      'projects.checkpoint',
    ]);
    expect(callsOf('projects.checkpoint')[0]!.input).toEqual({ path: PATH, name: 'Release 1' });
    await until(() => expect(get('revision-3')?.dataset.name).toBe('Release 1'));
  });

  it('compares two ticked revisions older to newer, or a revision and Current', async () => {
    const { get, click } = await mountPanel();
    await until(() => expect(get('revision-1')).not.toBeNull());
    await click('compare-2');
    expect(get('revision-diff')).toBeNull();
    await click('compare-1');
    await until(() => expect(get('revision-diff')).not.toBeNull());
    expect(callsOf('projects.diffRevisions').at(-1)!.input).toEqual({ path: PATH, from: 1, to: 2 });
    expect(get('diff-blocksAdded')!.textContent).toBe('Blocks addedextra');
    expect(get('diff-blocksRenamed')!.textContent).toContain('hi → hello');

    // A third tick replaces the oldest one: revision 1 against the current document.
    await click('compare-current');
    await until(() =>
      expect(callsOf('projects.diffRevisions').at(-1)!.input).toEqual({ path: PATH, from: 1, to: 'current' }),
    );
  });

  it('restores a revision through the host as one step that undo takes back on both sides', async () => {
    fake.document = edited;
    const { get, click, store } = await mountPanel();
    await until(() => expect(get('restore-1')).not.toBeNull());
    await click('restore-1');
    await until(() => expect(get('history-notice')?.textContent).toContain('Restored “Before”'));
    expect(callsOf('projects.restore').at(-1)!.input).toEqual({ path: PATH, revision: 1 });
    expect(store.getState().project).toEqual(saved);
    expect(store.getState().block('extra')).toBeUndefined();
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Restore Before' });

    fake.calls.length = 0;
    act(() => void store.getState().undo());
    await store.whenSynced();
    expect(fake.calls.map((c) => c.method)).toEqual(['projects.undo']);
    expect(store.getState().project).toEqual(edited);
    expect(fake.document).toEqual(store.getState().project);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Restore Before' });
  });

  it('shows the host refusing a restore and leaves the document as it was', async () => {
    fake.document = edited;
    fake.refuseRestore = true;
    const { get, click, store } = await mountPanel();
    await until(() => expect(get('restore-1')).not.toBeNull());
    await click('restore-1');
    await until(() => expect(get('history-error')?.textContent).toBe('There is no revision 7.'));
    expect(store.getState().project).toEqual(edited);
    expect(store.getState().syncError).toBeNull();
    fake.refuseRestore = false;
  });
});
