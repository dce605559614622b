// The Chatlayer panel's link to the host (docs/chatlayer.md#how-botloom-works-with-chatlayer): calls chatlayer.* and secrets.* for the open project
// and puts the answers into the panel's store. Edits of the project go through the project store as
// commands, so they are undoable: connection settings and export ids with updateSettings, pulled tests
// with setTest, a conformance run's knowledge answers with keepKnowledgeMocks. Components call these actions; they never talk to the host themselves.
import { latestKnowledgeAnswers } from '../../engine/knowledge/knowledge-mocks';
import { ChatlayerSettings } from '../../engine/model';
import type { HostClient } from '../host';
import type { EditorStore } from '../state/project-store';
import { confirmingOverwrite } from '../shell/confirm-overwrite';
import {
  createChatlayerStore,
  type ChatlayerPanelState,
  type ChatlayerStore,
  type Task,
} from './chatlayer-store';

const TOKEN_SECRET = 'chatlayer.token';

/** Connection settings to change; `undefined` clears one. The export ids are not edited by hand. */
export type ConnectionPatch = Partial<Omit<ChatlayerSettings, 'ids'>>;

export interface ChatlayerController {
  store: ChatlayerStore;
  /** Changes connection settings (`undefined` clears one) as one undo step; the error, if refused. */
  saveSettings(patch: ConnectionPatch): string | undefined;
  loadSecrets(): Promise<void>;
  /** Stores the token in the secret store; the value is not kept anywhere in the renderer. */
  saveToken(token: string): Promise<boolean>;
  removeToken(): Promise<void>;
  checkStatus(): Promise<void>;
  preview(): Promise<void>;
  /** Saves new ids (one undo step), writes the export to `target`, keeps it, and previews again. */
  exportTo(target: string): Promise<void>;
  setConformanceInputs(inputs: Partial<ChatlayerPanelState['conformanceInputs']>): void;
  runConformance(): Promise<void>;
  /**
   * Keeps the conformance run's knowledge answers in the project's knowledge mocks (one per question, the
   * later answer where two tests asked it) as one undo step; the error, if refused.
   */
  keepKnowledgeAnswers(): string | undefined;
  pullTests(options: { since?: string; limit?: number }): Promise<void>;
  /** Adds the pulled tests to the project as one undo step. */
  addPulledTests(): string | undefined;
  nlpCheck(): Promise<void>;
  /** Cancels the conformance run, pull or NLP check under way. */
  cancel(): Promise<void>;
  dispose(): void;
}

let runCounter = 0;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function createChatlayerController(
  projectStore: EditorStore,
  host: HostClient,
  path: string,
): ChatlayerController {
  const store = createChatlayerStore();
  const project = () => projectStore.getState().project;
  let runId: string | null = null;

  /** Runs a call into one of the store's tasks, keeping its previous answer while it goes. */
  const task = async <K extends keyof ChatlayerPanelState, T>(
    key: K,
    work: () => Promise<T>,
  ): Promise<T | null> => {
    const previous = store.getState()[key] as Task<T>;
    store.setState({ [key]: { ...previous, busy: true, error: null } } as Partial<ChatlayerPanelState>);
    try {
      const value = await work();
      store.setState({ [key]: { busy: false, value, error: null } } as Partial<ChatlayerPanelState>);
      return value;
    } catch (error) {
      store.setState({
        [key]: { busy: false, value: null, error: message(error) },
      } as Partial<ChatlayerPanelState>);
      return null;
    }
  };

  /** A long call with a run id that `cancel` can stop and whose progress the store shows. */
  const long = async <T>(work: (id: string) => Promise<T>): Promise<T> => {
    const id = `chatlayer-${Date.now()}-${++runCounter}`;
    runId = id;
    store.setState({ progress: { done: 0, total: null } });
    try {
      // Edits still on their way to the host would otherwise be missing from the run.
      await projectStore.whenSynced();
      return await work(id);
    } finally {
      runId = null;
      store.setState({ progress: null });
    }
  };

  const offProgress = host.on('app.progress', (p) => {
    if (p.id === runId && !p.finished) store.setState({ progress: { done: p.done, total: p.total } });
  });

  const applySettings = (next: ChatlayerSettings, label: string) => {
    const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
    // Checked here as the host will check it, so a refused value stays in its field instead of a resync.
    const parsed = ChatlayerSettings.safeParse(clean);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return `The Chatlayer setting ${issue.path.join('.')} is not valid: ${issue.message}.`;
    }
    const result = projectStore
      .getState()
      .apply(
        [{ type: 'updateSettings', patch: { chatlayer: Object.keys(clean).length ? clean : null } }],
        label,
      );
    return result.ok ? undefined : result.error.message;
  };

  const saveIds = (ids: Record<string, string>) => {
    const count = Object.keys(ids).length;
    if (count === 0) return;
    const current = project().chatlayer ?? {};
    const refused = applySettings(
      { ...current, ids: { ...current.ids, ...ids } },
      `Chatlayer ids for ${plural(count, 'new block')}`,
    );
    if (refused) throw new Error(`The Chatlayer ids could not be saved: ${refused}`);
  };

  const controller: ChatlayerController = {
    store,
    saveSettings: (patch) => applySettings({ ...project().chatlayer, ...patch }, 'Edit Chatlayer connection'),
    loadSecrets: async () => void (await task('secrets', () => host.call('secrets.status', {}))),
    async saveToken(token) {
      const saved = await task('secrets', async () => {
        await host.call('secrets.set', { name: TOKEN_SECRET, value: token.trim() });
        return host.call('secrets.status', {});
      });
      return saved !== null;
    },
    async removeToken() {
      await task('secrets', async () => {
        await host.call('secrets.delete', { name: TOKEN_SECRET });
        return host.call('secrets.status', {});
      });
    },
    async checkStatus() {
      await task('status', async () => {
        await projectStore.whenSynced();
        return host.call('chatlayer.status', { path });
      });
    },
    async preview() {
      await task('preview', async () => {
        await projectStore.whenSynced();
        return host.call('chatlayer.exportPreview', { path });
      });
    },
    async exportTo(target) {
      const done = await task('exported', async () => {
        await projectStore.whenSynced();
        // The ids go into the project first, so the file and the project's history agree on them.
        saveIds((await host.call('chatlayer.exportPreview', { path })).newIds);
        await projectStore.whenSynced();
        const result = await confirmingOverwrite(target, (overwrite) =>
          host.call('chatlayer.export', { path, target, overwrite }),
        );
        saveIds(result.newIds);
        return result;
      });
      if (done) await controller.preview();
    },
    setConformanceInputs: (inputs) =>
      store.setState({ conformanceInputs: { ...store.getState().conformanceInputs, ...inputs } }),
    async runConformance() {
      const { grep, ...inputs } = store.getState().conformanceInputs;
      store.setState({ knowledgeKept: null });
      await task('conformance', () =>
        long((id) =>
          host.call('chatlayer.runConformance', {
            path,
            runId: id,
            ...inputs,
            ...(grep.trim() ? { grep: grep.trim() } : {}),
          }),
        ),
      );
    },
    keepKnowledgeAnswers() {
      const run = store.getState().conformance.value;
      const answers = latestKnowledgeAnswers(run?.tests.flatMap((t) => t.knowledgeAnswers) ?? []);
      if (answers.length === 0) return 'This run recorded no knowledge answers.';
      const result = projectStore
        .getState()
        .apply(
          [{ type: 'keepKnowledgeMocks', mocks: answers }],
          `Keep ${plural(answers.length, 'knowledge answer')} as mocks`,
        );
      if (!result.ok) return result.error.message;
      store.setState({
        knowledgeKept: result.reports[0]?.knowledgeMocks ?? {
          added: 0,
          replaced: 0,
          unchanged: answers.length,
        },
      });
      return undefined;
    },
    async pullTests({ since, limit }) {
      store.setState({ pulledAdded: null });
      await task('pulled', () =>
        long((id) =>
          host.call('chatlayer.pullTests', {
            path,
            runId: id,
            ...(since ? { since } : {}),
            ...(limit ? { limit } : {}),
          }),
        ),
      );
    },
    addPulledTests() {
      const pulled = store.getState().pulled.value;
      if (!pulled || pulled.tests.length === 0) return 'There are no pulled tests to add.';
      const count = project().tests.length;
      const result = projectStore.getState().apply(
        pulled.tests.map((test, i) => ({ type: 'setTest' as const, test, index: count + i })),
        `Add ${plural(pulled.tests.length, 'test')} pulled from Chatlayer`,
      );
      if (!result.ok) return result.error.message;
      store.setState({ pulledAdded: pulled.tests.length });
      return undefined;
    },
    async nlpCheck() {
      await task('nlp', () => long((id) => host.call('chatlayer.nlpCheck', { path, runId: id })));
    },
    async cancel() {
      if (runId) await host.call('chatlayer.cancel', { runId });
    },
    dispose() {
      offProgress();
      if (runId) void host.call('chatlayer.cancel', { runId }).catch(() => undefined);
    },
  };
  return controller;
}
