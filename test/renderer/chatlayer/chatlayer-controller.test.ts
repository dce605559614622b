// The Chatlayer panel's controller against a scripted host: connection edits, export ids and pulled tests
// are undoable steps of the project store; progress and cancel follow the run id; the token is handed to
// the secret store and kept nowhere in the panel's state.
import { describe, expect, it } from 'vitest';
import type { ConversationTest } from '../../../engine/model';
import type { HostClient } from '../../../electron/api/create-client';
import { createChatlayerController } from '../../../renderer/chatlayer/chatlayer-controller';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';

type Listener = (payload: unknown) => void;

/** A host that answers each method with the given function and records every call. */
function scriptedHost(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const calls: { method: string; input: Record<string, unknown> }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const client = {
    async call(method: string, input: Record<string, unknown>) {
      calls.push({ method, input });
      const answer = answers[method];
      if (!answer) throw new Error(`unexpected call ${method}`);
      return answer(input);
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    },
  } as unknown as HostClient;
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  return { client, calls, emit };
}

const bot = () =>
  project([message('welcome', 'Hi'), message('bye', 'Bye')], { chatlayer: { botId: 'bot-1' } });
const changes = { kind: 'first', sentence: 'First export.', previous: null, changes: [] };

describe('Chatlayer controller', () => {
  it('saves new ids as one undoable step before the export is written', async () => {
    const store = createEditorStore(bot(), { backend: memoryBackend(bot()) });
    let idsAtExport: unknown;
    const host = scriptedHost({
      'chatlayer.exportPreview': () => ({
        text: '{}',
        counts: { flows: 1, blocks: 2, intents: 0, variables: 0 },
        changes,
        newIds: store.getState().project.chatlayer?.ids ? {} : { welcome: 'id-w', bye: 'id-b' },
        warnings: [],
        defaultTarget: '/p/bot.chatlayer.json',
        historyFolder: '/p/bot.botloom.chatlayer-exports',
      }),
      'chatlayer.export': () => {
        idsAtExport = store.getState().project.chatlayer?.ids;
        return {
          written: '/p/x.json',
          kept: '/p/k.json',
          changes,
          newIds: {},
          warnings: [],
          checkpoint: 'Added.',
        };
      },
    });
    const chatlayer = createChatlayerController(store, host.client, '/p/bot.botloom');
    await chatlayer.exportTo('/p/x.json');
    expect(idsAtExport).toEqual({ welcome: 'id-w', bye: 'id-b' });
    expect(store.getState().project.chatlayer).toEqual({
      botId: 'bot-1',
      ids: { welcome: 'id-w', bye: 'id-b' },
    });
    expect(store.getState().undoLabel).toBe('Chatlayer ids for 2 new blocks');
    expect(chatlayer.store.getState().exported.value?.written).toBe('/p/x.json');
    await store.getState().undo();
    expect(store.getState().project.chatlayer).toEqual({ botId: 'bot-1' });
  });

  it('edits the connection with updateSettings, clearing a field given as undefined', () => {
    const store = createEditorStore(bot(), { backend: memoryBackend(bot()) });
    const chatlayer = createChatlayerController(store, scriptedHost({}).client, '/p/bot.botloom');
    expect(chatlayer.saveSettings({ webhookChannelId: 'ch-1', version: 'LIVE' })).toBeUndefined();
    expect(store.getState().project.chatlayer).toEqual({
      botId: 'bot-1',
      webhookChannelId: 'ch-1',
      version: 'LIVE',
    });
    expect(chatlayer.saveSettings({ baseUrl: 'not a url' })).toMatch(/url|URL/);
    chatlayer.saveSettings({ botId: undefined, webhookChannelId: undefined, version: undefined });
    expect(store.getState().project.chatlayer).toBeUndefined();
  });

  it('adds pulled tests after the existing ones as one step', async () => {
    const existing: ConversationTest = { name: 'pulled conv-a', steps: [{ user: 'hi' }] };
    const initial = { ...bot(), tests: [existing] };
    const store = createEditorStore(initial, { backend: memoryBackend(initial) });
    const pulled: ConversationTest[] = [
      { name: 'pulled conv-a #2', steps: [{ user: 'hello' }] },
      { name: 'pulled conv-b', steps: [{ user: 'bye' }] },
    ];
    const host = scriptedHost({
      'chatlayer.pullTests': () => ({
        where: 'bot bot-1',
        tests: pulled,
        read: 3,
        duplicates: 1,
        unusable: [],
        redacted: 0,
      }),
    });
    const chatlayer = createChatlayerController(store, host.client, '/p/bot.botloom');
    await chatlayer.pullTests({ since: '2024-01-01', limit: 5 });
    expect(host.calls[0]).toMatchObject({
      method: 'chatlayer.pullTests',
      input: { since: '2024-01-01', limit: 5 },
    });
    expect(chatlayer.addPulledTests()).toBeUndefined();
    expect(store.getState().project.tests.map((t) => t.name)).toEqual([
      'pulled conv-a',
      'pulled conv-a #2',
      'pulled conv-b',
    ]);
    expect(store.getState().undoLabel).toBe('Add 2 tests pulled from Chatlayer');
    expect(chatlayer.store.getState().pulledAdded).toBe(2);
  });

  it('shows the progress of its own run and cancels it by its run id', async () => {
    const store = createEditorStore(bot(), { backend: memoryBackend(bot()) });
    let finish: (value: unknown) => void = () => undefined;
    const host = scriptedHost({
      'chatlayer.nlpCheck': () => new Promise((resolve) => (finish = resolve)),
      'chatlayer.cancel': () => ({ cancelled: true }),
    });
    const chatlayer = createChatlayerController(store, host.client, '/p/bot.botloom');
    const running = chatlayer.nlpCheck();
    await expect.poll(() => host.calls.length).toBe(1);
    const runId = host.calls[0]!.input.runId as string;
    host.emit('app.progress', { id: 'someone-else', label: '', done: 9, total: 9, finished: false });
    host.emit('app.progress', { id: runId, label: '', done: 2, total: 6, finished: false });
    expect(chatlayer.store.getState().progress).toEqual({ done: 2, total: 6 });
    await chatlayer.cancel();
    expect(host.calls[1]).toEqual({ method: 'chatlayer.cancel', input: { runId } });
    finish({ where: 'x', checked: 6, threshold: 0.5, rows: [] });
    await running;
    expect(chatlayer.store.getState().progress).toBeNull();
    expect(chatlayer.store.getState().nlp.value?.checked).toBe(6);
  });

  it('hands the token to the secret store and keeps it nowhere in the panel', async () => {
    const store = createEditorStore(bot(), { backend: memoryBackend(bot()) });
    const status = {
      names: ['chatlayer.token'],
      storage: { backend: 'plain-file', label: 'a file', encrypted: false, location: null, warning: 'plain' },
    };
    const host = scriptedHost({ 'secrets.set': () => ({}), 'secrets.status': () => status });
    const chatlayer = createChatlayerController(store, host.client, '/p/bot.botloom');
    expect(await chatlayer.saveToken('  tok-123456789  ')).toBe(true);
    expect(host.calls[0]).toEqual({
      method: 'secrets.set',
      input: { name: 'chatlayer.token', value: 'tok-123456789' },
    });
    expect(JSON.stringify(chatlayer.store.getState())).not.toContain('tok-123456789');
    expect(JSON.stringify(store.getState().project)).not.toContain('tok-123456789');
  });
});
