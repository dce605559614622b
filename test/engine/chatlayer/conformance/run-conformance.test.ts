import { describe, expect, it } from 'vitest';
import { createConversation, fixedClock, type Conversation } from '../../../../engine/runtime';
import type { ConversationTest, Message, Project } from '../../../../engine/model';
import {
  formatConformance,
  fromDelivery,
  fromMessenger,
  runConformance,
  type LiveChannel,
  type LiveItem,
  type LiveMessage,
} from '../../../../engine/chatlayer/conformance';
import { project, message, input, text, buttons, jump } from '../../../builders';
import { fakeCodeRunner, noHttp } from '../../runtime/fixtures';

const bot: Project = project({
  blocks: [
    message('welcome', {
      messages: [buttons('Hi! Pizza or pasta?', [jump('Pizza', 'pizza'), jump('Pasta', 'pasta')])],
    }),
    message('pizza', { messages: [text('Great, a pizza.')], next: 'ask_name' }),
    message('pasta', { messages: [text('Pasta it is.')], next: 'ask_name' }),
    input('ask_name', { prompt: [text('Your name?')], variable: 'user.name', next: 'bye' }),
    message('bye', { messages: [text('Bye {user.name}!')] }),
  ],
  tests: [
    {
      name: 'orders a pizza',
      steps: [
        { botContains: 'Pizza or pasta' },
        { click: 'Pizza' },
        { bot: 'Great, a pizza.' },
        { bot: 'Your name?' },
        { user: 'Ann' },
        { bot: 'Bye Ann!' },
        { expectVars: { 'user.name': 'Ann' } },
        { expectEnd: true },
      ],
    },
  ],
});

const ports = () => ({
  http: noHttp,
  codeRunner: fakeCodeRunner(() => ({ response: null })),
  clock: fixedClock(0),
  seed: 1,
});

/** Messenger shape of a Botloom message, as Chatlayer's webhook channel sends it (opaque payloads). */
function toMessenger(m: Message, payloadOf: (title: string) => string): LiveMessage['raw'] {
  if (m.kind === 'buttons')
    return {
      attachment: {
        type: 'template',
        payload: {
          template_type: 'button',
          text: m.text,
          buttons: m.buttons.map((b) => ({
            type: 'postback',
            title: b.title,
            payload: payloadOf(b.title),
          })),
        },
      },
    };
  if (m.kind === 'text') return { text: m.text };
  throw new Error('not needed here');
}

/**
 * A "live bot": another Botloom conversation behind the LiveChannel port, optionally answering
 * differently or adding a data-only event to each answer. Its buttons carry opaque payloads
 * (`opaque-1`, …) that only it can map back to a button.
 */
function fakeChannel(
  p: Project,
  transform: (t: string) => string = (t) => t,
  event?: Record<string, unknown>,
): LiveChannel & { sent: string[] } {
  const conversations = new Map<string, Conversation>();
  const inbox = new Map<string, LiveItem[]>();
  const payloads = new Map<string, string>();
  const payloadOf = (title: string) => {
    const payload = `opaque-${payloads.size + 1}`;
    payloads.set(payload, title);
    return payload;
  };
  const sent: string[] = [];
  const deliver = (id: string, messages: Message[]) => {
    inbox.set(id, [
      ...(inbox.get(id) ?? []),
      ...(event ? [fromDelivery({ type: 'event', ...event })] : []),
      ...messages.map((m) =>
        fromMessenger(toMessenger(m.kind === 'text' ? { ...m, text: transform(m.text) } : m, payloadOf)),
      ),
    ]);
  };
  return {
    sent,
    async start(id, start) {
      const c = createConversation(p, {
        ...ports(),
        ...(start.sessionData ? { session: start.sessionData } : {}),
      });
      conversations.set(id, c);
      deliver(id, (await c.start()).messages);
    },
    async sendText(id, t) {
      sent.push(`text:${t}`);
      deliver(id, (await conversations.get(id)!.say(t)).messages);
    },
    async sendPostback(id, pb) {
      sent.push(`postback:${pb.title}=${pb.payload}`);
      const title = payloads.get(pb.payload);
      if (title === undefined) throw new Error(`unknown payload ${pb.payload}`);
      deliver(id, (await conversations.get(id)!.click(title)).messages);
    },
    async receive(id) {
      const m = inbox.get(id) ?? [];
      inbox.set(id, []);
      return m;
    },
    async sessionData(id) {
      return conversations.get(id)!.session;
    },
  };
}

const run = (channel: LiveChannel, tests?: ConversationTest[]) =>
  runConformance(tests ? { ...bot, tests } : bot, {
    channel,
    localOptions: () => ports(),
    chatlayerIdOf: (id) => id,
    conversationId: (_t, i) => `conv-${i}`,
  });

describe('live conformance run', () => {
  it('passes when the live bot answers like the local simulation', async () => {
    const channel = fakeChannel(bot);
    const [r] = await run(channel);
    expect(r!.verdict).toBe('same');
    expect(r!.steps.filter((s) => s.verdict === 'differs')).toEqual([]);
    // The click sent back the opaque payload the bot delivered with "Pizza"; the answer went as text.
    expect(channel.sent).toEqual(['postback:Pizza=opaque-1', 'text:Ann']);
    // The end of a conversation cannot be seen on a webhook channel: reported, not failed.
    expect(r!.steps.at(-1)).toMatchObject({
      verdict: 'skipped',
      note: expect.stringContaining('not observable'),
    });
  });

  it('skips an expectEmail step: the live bot sends its e-mails itself', async () => {
    const [r] = await run(fakeChannel(bot), [
      { name: 'mail', steps: [{ expectEmail: { subject: 'Lead' } }] },
    ]);
    expect(r!.verdict).toBe('same');
    expect(r!.steps.find((s) => 'expectEmail' in s.step)).toMatchObject({
      verdict: 'skipped',
      note: 'the live bot sends its e-mails itself; they are not observable here',
    });
  });

  it('fails at the step where the live bot differs, with the expected, live and local messages', async () => {
    const [r] = await run(fakeChannel(bot, (t) => t.replace('Great, a pizza.', 'Pizza! Good choice.')));
    expect(r!.verdict).toBe('differs');
    const step = r!.steps.find((s) => s.index === 3)!;
    expect(step).toMatchObject({
      verdict: 'differs',
      expected: '"Great, a pizza."',
      live: ['Pizza! Good choice.'],
      local: ['Great, a pizza.'],
    });
    const report = formatConformance([r!]);
    expect(report).toContain('step 3 {"bot":"Great, a pizza."}');
    expect(report).toContain('live:     "Pizza! Good choice."');
    expect(report).toContain('0 passed, 1 failed');
  });

  it('reports a button the bot did not deliver by name, with the titles it did deliver', async () => {
    const channel = fakeChannel(bot);
    const [r] = await run(channel, [{ name: 'asks for soup', steps: [{ click: 'Soup' }] }]);
    expect(r!.steps.at(-1)).toMatchObject({
      verdict: 'differs',
      expected: 'a button "Soup"',
      live: ['Pizza', 'Pasta'],
      note: 'the live bot did not deliver a button "Soup" in its last answer (it delivered: "Pizza", "Pasta")',
    });
    expect(channel.sent).toEqual([]);
  });

  it('finds the button by the title the step names, whatever its case, and sends its payload', async () => {
    const channel = fakeChannel(bot);
    const [r] = await run(channel, [{ name: 'pasta', steps: [{ click: 'pasta' }, { bot: 'Pasta it is.' }] }]);
    expect(r!.verdict).toBe('same');
    expect(channel.sent).toEqual(['postback:Pasta=opaque-2']);
  });

  it('keeps data-only events out of the compared messages, and records them with the turn', async () => {
    const [r] = await run(fakeChannel(bot, undefined, { tracking: 'pizza-funnel' }));
    expect(r!.verdict).toBe('same');
    expect(r!.steps[0]).toMatchObject({
      verdict: 'same',
      live: ['Hi! Pizza or pasta?'],
      events: ['event {"tracking":"pizza-funnel"}'],
    });
    const differs = await run(
      fakeChannel(bot, (t) => t.replace('Great', 'Fine'), { tracking: 'x' }),
      [{ name: 'd', steps: [{ click: 'Pizza' }, { bot: 'Great, a pizza.' }] }],
    );
    expect(formatConformance(differs)).toContain('events:   event {"tracking":"x"} (not chat messages)');
  });

  it('compares live session values for expectVars', async () => {
    const [r] = await run(fakeChannel(bot), [
      { name: 'n', steps: [{ click: 'Pasta' }, { user: 'Bob' }, { expectVars: { 'user.name': 'Ann' } }] },
    ]);
    expect(r!.steps.at(-1)).toMatchObject({ verdict: 'differs', live: ['user.name = "Bob"'] });
  });

  it('starts a live conversation with the test session', async () => {
    const [r] = await run(fakeChannel(bot), [
      {
        name: 's',
        session: { user: { name: 'Zoe' } },
        steps: [{ click: 'Pizza' }, { bot: 'Great, a pizza.' }, { bot: 'Bye Zoe!' }],
      },
    ]);
    expect(r!.verdict).toBe('same');
  });
});

describe('live conformance and knowledge answers', () => {
  const kbBot: Project = {
    ...project({
      blocks: [
        message('hello', { messages: [text('Ask me')] }),
        { id: 'kb', type: 'knowledge', variable: 'kb', next: 'answer' },
        message('answer', { messages: [text('{kb.answer}')] }),
      ],
      tests: [{ name: 'asks', steps: [{ user: 'how long is shipping?' }, { expectKnowledgeSource: 'faq' }] }],
    }),
    fallbackBlock: 'kb',
    knowledge: {
      sources: [
        { id: 'faq', kind: 'faq', name: 'FAQ', rows: [{ question: 'Shipping time?', answer: 'Two days.' }] },
      ],
    },
  };

  it('records what the live bot answered to a knowledge question as a knowledge mock, and skips the source step', async () => {
    // The live bot words its answer itself, as Chatlayer's generative knowledge base does.
    const live = fakeChannel(kbBot, (t) => (t === 'Two days.' ? 'Shipping takes about two days.' : t));
    const [r] = await runConformance(kbBot, {
      channel: live,
      localOptions: () => ports(),
      chatlayerIdOf: (id) => id,
      conversationId: (_t, i) => `conv-${i}`,
    });
    expect(r!.knowledgeAnswers).toEqual([
      { question: 'how long is shipping?', answer: 'Shipping takes about two days.' },
    ]);
    expect(r!.steps.at(-1)).toMatchObject({ verdict: 'skipped', step: { expectKnowledgeSource: 'faq' } });
  });

  // The answer, then "Anything else?"; a question nothing answers takes the "Sorry" route.
  const chattyBot = (answer: string[]): Project => ({
    ...kbBot,
    flows: [
      {
        ...kbBot.flows[0]!,
        blocks: [
          message('hello', { messages: [text('Ask me')] }),
          { id: 'kb', type: 'knowledge', variable: 'kb', next: 'answer', noAnswer: 'sorry' },
          message('answer', { messages: answer.map((t) => text(t)) }),
          message('sorry', { messages: [text('Sorry, no idea.')] }),
        ],
      },
    ],
    tests: [
      {
        name: 'asks twice',
        steps: [{ user: 'how long is shipping?' }, { user: 'who won the cup in 1998?' }],
      },
    ],
  });
  const chatty = chattyBot(['Here you go: {kb.answer}', 'Anything else?']);
  const record = async (transform: (t: string) => string, live: Project = chatty) => {
    const [r] = await runConformance(chatty, {
      channel: fakeChannel(live, transform),
      localOptions: () => ports(),
      chatlayerIdOf: (id) => id,
      conversationId: (_t, i) => `conv-${i}`,
    });
    return r!.knowledgeAnswers;
  };

  it('records only the live texts that carry the answer, not the messages both bots send around it', async () => {
    expect(
      await record((t) => (t === 'Here you go: Two days.' ? 'Shipping takes about two days.' : t)),
    ).toEqual([{ question: 'how long is shipping?', answer: 'Shipping takes about two days.' }]);
    // The live bot sends more messages than the local one: those both end the turn with are left out.
    const wordy = chattyBot(['Good question.', 'About {kb.answer}', 'Anything else?']);
    expect((await record((t) => t, wordy))?.[0]).toEqual({
      question: 'how long is shipping?',
      answer: 'Good question.\nAbout Two days.',
    });
  });

  it('records nothing for a question neither bot could answer, and what the live bot answered where the local one could not', async () => {
    // Both bots say the same: the local answer is recorded, the shared "Sorry" is not.
    expect(await record((t) => t)).toEqual([
      { question: 'how long is shipping?', answer: 'Here you go: Two days.' },
    ]);
    expect(await record((t) => (t === 'Sorry, no idea.' ? 'France won it.' : t))).toEqual([
      { question: 'how long is shipping?', answer: 'Here you go: Two days.' },
      { question: 'who won the cup in 1998?', answer: 'France won it.' },
    ]);
  });
});
