// The `expectEmail` step: an e-mail of the latest turn, matched on the fields the step gives.
import { describe, expect, it } from 'vitest';
import { Project, type ConversationTest } from '../../../engine/model';
import { runTests } from '../../../engine/testing';
import { noCode } from './fixtures';

const bot = (tests: ConversationTest[]) =>
  Project.parse({
    format: 'botloom/1',
    name: 'Mail bot',
    startBlock: 'ask',
    flows: [
      {
        id: 'main',
        name: 'Main',
        blocks: [
          {
            id: 'ask',
            type: 'input',
            variable: 'email',
            prompt: [{ kind: 'text', text: 'E-mail?' }],
            next: 'mail',
          },
          {
            id: 'mail',
            type: 'email',
            to: 'sales@example.com, {email}',
            subject: 'Lead',
            body: 'Call {email} back',
            next: 'bye',
          },
          { id: 'bye', type: 'message', messages: [{ kind: 'text', text: 'Thanks' }] },
        ],
      },
    ],
    tests,
  });

const run = (steps: ConversationTest['steps']) =>
  runTests(bot([{ name: 'mail', steps }]), { codeRunner: noCode });

describe('expectEmail step', () => {
  it('passes when the latest turn wrote a matching e-mail', async () => {
    const s = await run([
      { user: 'ann@example.com' },
      { expectEmail: { to: 'ann@example.com', subject: 'Lead', bodyContains: 'Call ann@' } },
      { bot: 'Thanks' },
    ]);
    expect(s.results[0]!.status).toBe('passed');
  });

  it('fails with the e-mails the turn wrote when none matches', async () => {
    const s = await run([{ user: 'ann@example.com' }, { expectEmail: { subject: 'Invoice' } }]);
    expect(s.results[0]!.failure).toMatchObject({
      step: 2,
      expected: 'an e-mail {"subject":"Invoice"}',
      actual: 'the latest turn wrote to sales@example.com, ann@example.com: "Lead"',
    });
  });

  it('consumes the e-mail it matched, and sees none before the turn that writes it', async () => {
    const s = await run([{ expectEmail: {} }]);
    expect(s.results[0]!.failure!.actual).toBe('the latest turn wrote no e-mail');
    const twice = await run([{ user: 'ann@example.com' }, { expectEmail: {} }, { expectEmail: {} }]);
    expect(twice.results[0]!.failure!.step).toBe(3);
  });
});
