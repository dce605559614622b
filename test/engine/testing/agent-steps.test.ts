// `agent` and `expectOffloading` steps (docs/file-format.md#conversation-tests): the test plays the human agent of a
// hand-over, writing to the user and handing back; a test's agentsAvailable makes Send to agent find no agent.
import { describe, expect, it } from 'vitest';
import { Project, type ConversationTest } from '../../../engine/model';
import { runTests } from '../../../engine/testing';
import { noCode } from './fixtures';

const text = (t: string) => ({ kind: 'text' as const, text: t });
const bot = (tests: ConversationTest[]) =>
  Project.parse({
    format: 'botloom/1',
    name: 'Desk',
    startBlock: 'hello',
    offloadingOpenedBlock: 'opened',
    offloadingDisabledBlock: 'disabled',
    offloadingClosedBlock: 'closed',
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'hello',
            type: 'message',
            messages: [{ kind: 'buttons', text: 'Help?', buttons: [{ title: 'Agent', goTo: 'handover' }] }],
          },
          { id: 'handover', type: 'handover' },
          { id: 'opened', type: 'message', messages: [text('Connecting you.')] },
          { id: 'disabled', type: 'message', messages: [text('Nobody is free.')] },
          { id: 'closed', type: 'message', messages: [text('Bot here again.')] },
        ],
      },
    ],
    tests,
  });
const run = async (steps: ConversationTest['steps'], extra: Partial<ConversationTest> = {}) =>
  (await runTests(bot([{ name: 't', steps, ...extra }]), { codeRunner: noCode })).results[0]!;

describe('agent steps', () => {
  it('script the agent: write, then hand back to the closed block', async () => {
    const r = await run([
      { bot: 'Help?' },
      { click: 'Agent' },
      { bot: 'Connecting you.' },
      { expectOffloading: 'open' },
      { user: 'my parcel is late' },
      { agent: 'Sorry! Let me look.' },
      { agent: { close: true } },
      { bot: 'Bot here again.' },
      { expectOffloading: 'closed' },
    ]);
    expect(r.failure).toBeUndefined();
    expect(r.status).toBe('passed');
  });

  it('an agent message is not a bot message', async () => {
    const r = await run([
      { click: 'Agent' },
      { bot: 'Connecting you.' },
      { agent: 'Hi from Sam' },
      { bot: 'Hi from Sam' },
    ]);
    expect(r.failure).toMatchObject({
      step: 4,
      expected: '"Hi from Sam"',
      actual: expect.stringMatching(/^no more bot messages/),
    });
  });

  it('fail clearly when no hand-over is open', async () => {
    const r = await run([{ agent: 'Hello?' }]);
    expect(r.failure).toMatchObject({
      step: 1,
      expected: 'a hand-over open for the agent to write "Hello?"',
      actual: 'offloading is none: no Send to agent block ran',
    });
    const close = await run([{ click: 'Agent' }, { agent: { close: true } }, { agent: { close: true } }]);
    expect(close.failure).toMatchObject({
      step: 3,
      expected: 'a hand-over open for the agent to close',
      actual: 'offloading is closed (last Send to agent block: "handover")',
    });
  });

  it("a test's agentsAvailable: false takes the Offloading disabled route", async () => {
    const r = await run([{ click: 'Agent' }, { bot: 'Nobody is free.' }, { expectOffloading: 'disabled' }], {
      agentsAvailable: false,
    });
    expect(r.failure).toBeUndefined();
    const wrong = await run([{ click: 'Agent' }, { expectOffloading: 'disabled' }]);
    expect(wrong.failure).toMatchObject({
      expected: 'offloading is disabled',
      actual: expect.stringMatching(/^offloading is open/),
    });
  });
});
