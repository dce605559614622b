import { describe, expect, it } from 'vitest';
import { conversationToTest, stepsKey } from '../../../../engine/chatlayer/pull';
import { createConversation, fixedClock } from '../../../../engine/runtime';
import type { ConversationTest, Message, Project } from '../../../../engine/model';
import { project, message, input, text, quickReplies, jump } from '../../../builders';
import { fakeCodeRunner, noHttp } from '../../runtime/fixtures';

const bot: Project = project({
  variables: [{ name: 'user.email', sensitive: true }],
  blocks: [
    message('welcome', {
      messages: [quickReplies('Newsletter?', [jump('Yes', 'ask_email'), jump('No', 'bye')])],
    }),
    input('ask_email', {
      prompt: [text('Your e-mail?')],
      variable: 'user.email',
      validate: { kind: 'email' },
      next: 'thanks',
    }),
    message('thanks', { messages: [text('Thanks, we will write to {user.email}.')] }),
    message('bye', { messages: [text('Bye!')] }),
  ],
});

const live = [
  { actor: 'user', timestamp: '2026-11-20T10:00:00Z', message: { messageType: 'intro' } },
  {
    actor: 'bot',
    timestamp: '2026-11-20T10:00:01Z',
    message: { text: 'Newsletter?', quick_replies: [{ content_type: 'text', title: 'Yes', payload: 'x' }] },
  },
  {
    actor: 'user',
    timestamp: '2026-11-20T10:00:05Z',
    message: { messageType: 'postback', title: 'Yes', nextDialogstateId: 'uuid-1' },
  },
  { actor: 'bot', timestamp: '2026-11-20T10:00:06Z', message: { text: 'Your e-mail?' } },
  {
    actor: 'user',
    timestamp: '2026-11-20T10:00:20Z',
    message: { messageType: 'text', text: 'ann.private@mail.be' },
  },
  {
    actor: 'bot',
    timestamp: '2026-11-20T10:00:21Z',
    message: { text: 'Thanks, we will write to ann.private@mail.be.' },
  },
];

/** Runs a test's steps through the real runtime (user/click drive, bot steps compare in order). */
async function passesLocally(p: Project, test: ConversationTest): Promise<boolean> {
  const c = createConversation(p, {
    http: noHttp,
    codeRunner: fakeCodeRunner(() => ({})),
    clock: fixedClock(0),
  });
  let queue: Message[] = (await c.start()).messages;
  for (const step of test.steps) {
    if ('user' in step) queue = (await c.say(step.user)).messages;
    else if ('click' in step) queue = (await c.click(step.click)).messages;
    else if ('bot' in step) {
      const m = queue.shift();
      if (!m || !('text' in m) || m.text !== step.bot) return false;
    }
  }
  return true;
}

describe('pulling a live conversation as a test', () => {
  it('turns user texts, button presses and bot messages into steps, in time order', () => {
    const r = conversationToTest(bot, {
      conversationId: 'c-1',
      messages: [...live].reverse(),
      session: null,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.test.name).toBe('pulled c-1 (2026-11-20)');
    expect(r.test.steps.slice(0, 4)).toEqual([
      { bot: 'Newsletter?' },
      { click: 'Yes' },
      { bot: 'Your e-mail?' },
      { user: 'ann.private@mail.be' },
    ]);
  });

  it('redacts sensitive values with a stand-in the input accepts, and the test passes locally', async () => {
    const r = conversationToTest(bot, {
      conversationId: 'c-1',
      messages: live,
      session: { user: { email: 'ann.private@mail.be' } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(JSON.stringify(r.test)).not.toContain('ann.private');
    expect(r.redacted).toBe(2);
    expect(r.test.steps).toContainEqual({ user: 'redacted@example.com' });
    expect(r.test.steps).toContainEqual({ bot: 'Thanks, we will write to redacted@example.com.' });
    expect(await passesLocally(bot, r.test)).toBe(true);
  });

  it('skips a conversation in which the user said nothing', () => {
    const r = conversationToTest(bot, { conversationId: 'c-2', messages: live.slice(0, 2), session: null });
    expect(r).toEqual({ ok: false, reason: 'the user never said anything' });
  });

  it('reports a message of an unknown shape instead of guessing', () => {
    const r = conversationToTest(bot, {
      conversationId: 'c-3',
      messages: [{ actor: 'alien', message: {} }],
      session: null,
    });
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('message 1') });
  });

  it('keys tests by their steps so duplicates can be skipped', () => {
    const a = conversationToTest(bot, { conversationId: 'a', messages: live, session: null });
    const b = conversationToTest(bot, { conversationId: 'b', messages: live, session: null });
    expect(a.ok && b.ok && stepsKey(a.test) === stepsKey(b.test)).toBe(true);
  });
});

describe('pulled conversations keep their language (docs/file-format.md#languages)', () => {
  const multi: Project = { ...bot, secondaryLanguages: ['nl', 'fr'] };
  const pulled = (session: unknown) =>
    conversationToTest(multi, { conversationId: 'c1', messages: live, session: session as never });

  it('gives the test the secondary language the session spoke (preferredLanguage, else locale)', () => {
    const nl = pulled({ internal: { preferredLanguage: 'nl-BE', locale: 'fr_BE' } });
    expect(nl.ok && nl.test.language).toBe('nl');
    const fr = pulled({ internal: { locale: 'fr_BE' } });
    expect(fr.ok && fr.test.language).toBe('fr');
  });

  it('leaves the language out for the primary language, an unknown one or no session', () => {
    for (const session of [
      { internal: { preferredLanguage: 'en' } },
      { internal: { preferredLanguage: 'de' } },
      null,
    ]) {
      const r = pulled(session);
      expect(r.ok && 'language' in r.test).toBe(false);
    }
  });
});
