// @vitest-environment jsdom
// The simulator's view of a conversation: streamed events merge with a turn's answer without duplicates
// and keep the console's error count; a long conversation shows its latest messages and trace events
// only, and the earlier ones on request.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorState } from '../../../electron/api';
import type { TraceEvent } from '../../../engine/model';
import {
  createEditorStore,
  memoryBackend,
  ProjectStoreProvider,
  type EditorStore,
} from '../../../renderer/state/project-store';
import { ChatView } from '../../../renderer/simulator/ChatView';
import { TraceTimeline } from '../../../renderer/simulator/TraceTimeline';
import { SimulatorProvider } from '../../../renderer/simulator/SimulatorContext';
import type { SimulatorController } from '../../../renderer/simulator/simulator-controller';
import { message, project } from '../fixtures';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom lays nothing out: the lists' stick-to-bottom scrolls nowhere.
  Element.prototype.scrollIntoView = () => {};
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const state = (generation = 0): SimulatorState => ({
  id: 'sim-1',
  path: '/p.botloom',
  mode: 'mocked',
  generation,
  status: 'waiting',
  waitingAt: 'welcome',
  pausedAt: null,
  startBlock: null,
  session: {},
  breakpoints: [],
  inputs: [],
  notice: null,
  outdated: false,
  recorded: 0,
  offloading: { status: 'none', blockId: null, agentMessages: 0 },
  agentsAvailable: true,
});

const said = (seq: number, text = `Message ${seq}`): TraceEvent => ({
  type: 'message',
  seq,
  at: 0,
  blockId: 'welcome',
  source: 'block',
  message: { kind: 'text', text },
});
const failed = (seq: number): TraceEvent => ({
  type: 'error',
  seq,
  at: 0,
  blockId: 'welcome',
  code: 'code-error',
  message: 'boom',
});

const newStore = () => {
  const p = project([message('welcome', 'Hi')]);
  return createEditorStore(p, { backend: memoryBackend(p) });
};

const idle = async () => {};
const controller = {
  say: idle,
  click: idle,
} as unknown as SimulatorController;

async function mount(ui: React.ReactNode, store: EditorStore) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <ProjectStoreProvider store={store}>
        <SimulatorProvider controller={controller}>{ui}</SimulatorProvider>
      </ProjectStoreProvider>,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    container.remove();
  };
  return container;
}

describe('simulator slice', () => {
  it('merges a batch of streamed events with the turn that also carries them, once each, counting errors', () => {
    const store = newStore();
    const s = () => store.getState();
    s().simReplace({ state: state(), events: [said(0)] });
    expect(s().simApplyEvents(0, [said(1), failed(2)])).toBe(true);
    s().simApplyTurn({ state: state(), events: [said(1), failed(2), said(3)] });
    expect(s().simEvents.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(s().simErrorCount).toBe(1);
    expect(s().simApplyEvents(0, [failed(3), failed(4)])).toBe(true);
    expect(s().simEvents.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(s().simErrorCount).toBe(2);
  });

  it('keeps the state it shows when the host reports the same stop again, so nothing redraws', () => {
    const store = newStore();
    const s = () => store.getState();
    s().simReplace({ state: state(), events: [said(0)] });
    const shown = s().simState;
    s().simApplyState(state());
    s().simApplyTurn({ state: state(), events: [said(0)] });
    expect(s().simState).toBe(shown);
    s().simApplyState({ ...state(), waitingAt: 'bye' });
    expect(s().simState).not.toBe(shown);
    expect(s().simCurrent).toBe('bye');
  });

  it('ignores events of an older generation and asks for a snapshot on a newer one', () => {
    const store = newStore();
    const s = () => store.getState();
    s().simReplace({ state: state(1), events: [said(0)] });
    expect(s().simApplyEvents(0, [failed(5)])).toBe(true);
    expect(s().simApplyEvents(2, [said(1)])).toBe(false);
    expect(s().simEvents.map((e) => e.seq)).toEqual([0]);
    expect(s().simErrorCount).toBe(0);
    s().simReplace({ state: state(2), events: [failed(0)] });
    expect(s().simErrorCount).toBe(1);
  });
});

describe('a long conversation', () => {
  it('shows the latest messages, and the earlier ones a page at a time on request', async () => {
    const store = newStore();
    store.getState().simReplace({ state: state(), events: Array.from({ length: 250 }, (_, i) => said(i)) });
    const view = await mount(<ChatView />, store);
    const bubbles = () => view.querySelectorAll('[data-testid="chat-bot"]');
    expect(bubbles()).toHaveLength(150);
    expect(bubbles()[0]!.textContent).toBe('Message 100');
    expect(bubbles()[149]!.textContent).toBe('Message 249');

    const earlier = [...view.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Show earlier'),
    );
    expect(earlier?.textContent).toBe('Show earlier messages (100)');
    await act(async () => earlier!.click());
    expect(bubbles()).toHaveLength(250);
    expect(view.textContent).not.toContain('Show earlier');

    // New messages append without dropping the ones asked for.
    await act(async () => store.getState().simApplyEvents(0, [said(250), said(251)]));
    expect(bubbles()).toHaveLength(252);
  });

  it('keeps the trace rows already shown while a page fills, then drops a whole page at once', async () => {
    const store = newStore();
    const events = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => said(from + i));
    store.getState().simReplace({ state: state(), events: events(0, 500) });
    const view = await mount(<TraceTimeline />, store);
    const items = () => view.querySelectorAll('[data-testid="trace-item"]');
    expect(items()).toHaveLength(250);
    expect(view.textContent).toContain('Show earlier events (250)');
    const first = items()[0];
    expect(first!.textContent).toContain('bot: Message 250');

    // Appending never shifts the rows above (each shift would lay out and paint them all again).
    await act(async () => store.getState().simApplyEvents(0, events(500, 749)));
    expect(items()).toHaveLength(499);
    expect(items()[0]).toBe(first);
    await act(async () => store.getState().simApplyEvents(0, events(749, 750)));
    expect(items()).toHaveLength(250);
    expect(items()[0]!.textContent).toContain('bot: Message 500');
    expect(view.textContent).toContain('Show earlier events (500)');
  });
});
