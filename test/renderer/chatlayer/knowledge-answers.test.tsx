// @vitest-environment jsdom
// Under a live conformance run's results, the Chatlayer panel lists the questions the live bot answered
// from its knowledge and keeps them as knowledge mocks with one button: one keepKnowledgeMocks, one undo
// step (an answer to a question that has a mock replaces it), then a confirmation sentence.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { HostClient } from '../../../electron/api/create-client';
import type { ConformanceRun, ConformanceTest } from '../../../electron/api';
import type { KnowledgeMock, Project } from '../../../engine/model';
import { ChatlayerProvider } from '../../../renderer/chatlayer/ChatlayerContext';
import { createChatlayerController } from '../../../renderer/chatlayer/chatlayer-controller';
import { ConformanceSection } from '../../../renderer/chatlayer/ConformanceSection';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { mount, setUpMounting } from '../mount';

setUpMounting();

const faq = { id: 'faq', kind: 'faq' as const, name: 'FAQ', rows: [{ question: 'Open?', answer: 'Daily.' }] };
const bot: Project = {
  ...project([message('welcome', 'Hi')], { tests: [{ name: 't', steps: [{ user: 'hi' }] }] }),
  knowledge: { sources: [faq], mocks: [{ question: 'Open on Sunday?', answer: 'No.' }] },
};

const test = (name: string, index: number, knowledgeAnswers: KnowledgeMock[]): ConformanceTest => ({
  name,
  index,
  conversationId: `conv-${index}`,
  verdict: 'same',
  error: null,
  durationMs: 5,
  steps: [],
  knowledgeAnswers,
});
const runOf = (tests: ConformanceTest[]): ConformanceRun => ({
  where: 'bot 1001 (DRAFT) at region EU, webhook channel ch-1',
  receiverUrl: 'http://127.0.0.1:8787/chatlayer/webhook',
  publicUrl: null,
  tests,
  passed: tests.length,
  failed: 0,
  skipped: 0,
  cancelled: false,
  durationMs: 10,
});

async function panel(run: ConformanceRun) {
  const store = createEditorStore(bot, { backend: memoryBackend(bot) });
  const host = {
    async call(method: string) {
      if (method !== 'chatlayer.runConformance') throw new Error(`unexpected call ${method}`);
      return run;
    },
    on: () => () => undefined,
  } as unknown as HostClient;
  const chatlayer = createChatlayerController(store, host, '/p/bot.botloom');
  const ui = await mount(
    <ChatlayerProvider controller={chatlayer}>
      <ConformanceSection />
    </ChatlayerProvider>,
    store,
  );
  await act(() => chatlayer.runConformance());
  return { ui, store };
}
const all = (ui: HTMLElement, id: string) =>
  [...ui.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].map((e) => e.textContent);
const one = (ui: HTMLElement, id: string) => ui.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('keeping a conformance run’s knowledge answers', () => {
  it('lists the questions, keeps the answers as one undo step and confirms', async () => {
    const { ui, store } = await panel(
      runOf([
        test('sunday', 0, [
          { question: 'open on sunday', answer: 'Yes, 10 to 16.' },
          { question: 'Shipping?', answer: 'Two days.' },
        ]),
        // Asked again by another test: the later answer is the one kept.
        test('shipping', 1, [{ question: 'shipping', answer: 'About two days.' }]),
      ]),
    );
    expect(all(ui, 'chatlayer-knowledge-answer')).toEqual([
      '“open on sunday” → Yes, 10 to 16.',
      '“shipping” → About two days.',
    ]);
    const keep = one(ui, 'chatlayer-keep-knowledge')!;
    expect(keep.textContent).toBe('Keep 2 knowledge answers as mocks');
    await act(async () => keep.click());

    expect(store.getState().project.knowledge).toEqual({
      sources: [faq],
      mocks: [
        { question: 'open on sunday', answer: 'Yes, 10 to 16.' },
        { question: 'shipping', answer: 'About two days.' },
      ],
    });
    expect(store.getState().undoLabel).toBe('Keep 2 knowledge answers as mocks');
    expect(one(ui, 'chatlayer-knowledge-kept')?.textContent).toBe(
      'Kept in Knowledge as mocks: 1 new, 1 older answer replaced (Undo takes them back).',
    );
    expect(one(ui, 'chatlayer-keep-knowledge')).toBeNull();

    await act(() => store.getState().undo());
    expect(store.getState().project.knowledge).toEqual(bot.knowledge);
  });

  it('shows no button when the run recorded no knowledge answer', async () => {
    const { ui } = await panel(runOf([test('plain', 0, [])]));
    expect(one(ui, 'chatlayer-conformance-summary')?.textContent).toContain('1 passed');
    expect(one(ui, 'chatlayer-knowledge-answers')).toBeNull();
    expect(one(ui, 'chatlayer-keep-knowledge')).toBeNull();
  });
});
