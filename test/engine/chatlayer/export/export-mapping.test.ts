// exportChatlayerBot's mapping of each Botloom feature to Chatlayer's bot format, with its warnings.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import {
  api,
  buttons,
  code,
  cmp,
  goto,
  input,
  jump,
  link,
  message,
  not,
  project,
  quickReplies,
  rule,
} from '../../../builders';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

describe('exportChatlayerBot: the mapping', () => {
  it('writes buttons as postbacks with params, web_url links and phone_number buttons for tel: links', () => {
    const p = project({
      blocks: [
        message('menu', {
          messages: [
            buttons('Pick', [
              jump('Large', 'done', { 'order.size': 'large', 'order.qty': 2 }),
              link('Docs', 'https://docs.example.com'),
              link('Call', 'tel:+32 470 00 00 00'),
            ]),
          ],
        }),
        message('done'),
      ],
      chatlayer: { ids: { menu: 'm', done: 'd' } },
    });
    const r = ok(exportChatlayerBot(p));
    expect(byLabel(r, 'menu')).toMatchObject({
      type: 'botMessage',
      messages: [
        {
          type: 'buttons',
          config: {
            textMessages: [{ text: 'Pick' }],
            buttons: [
              {
                type: 'postback',
                title: 'Large',
                payload: {
                  nextDialogstateId: 'd',
                  params: [
                    { key: 'order.qty', value: '2', botloom: { value: 2 } },
                    { key: 'order.size', value: 'large' },
                  ],
                },
              },
              { type: 'web_url', title: 'Docs', url: 'https://docs.example.com' },
              { type: 'phone_number', title: 'Call', payload: '+32 470 00 00 00' },
            ],
          },
        },
      ],
    });
  });

  it('keeps link quick replies in botloom.linkReplies, at their places, with a warning', () => {
    const p = project({
      blocks: [
        message('menu', {
          messages: [
            quickReplies('Pick', [link('FAQ', 'https://faq'), jump('Go', 'menu'), link('Web', 'https://w')]),
          ],
        }),
      ],
    });
    const r = ok(exportChatlayerBot(p, { newId: seededIds(1) }));
    const m = (byLabel(r, 'menu') as { messages: unknown[] }).messages[0];
    expect(m).toMatchObject({
      config: { quickReplies: [{ title: 'Go' }] },
      botloom: {
        linkReplies: [
          { index: 0, title: 'FAQ', url: 'https://faq' },
          { index: 2, title: 'Web', url: 'https://w' },
        ],
      },
    });
    expect(r.warnings).toEqual([
      {
        blockId: 'menu',
        message:
          "message 1 has link quick replies (FAQ, Web), which Chatlayer's quick replies cannot hold; they are kept only for Botloom.",
      },
    ]);
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project.flows[0]!.blocks[0]).toEqual(p.flows[0]!.blocks[0]);
  });

  it('maps API entries to text, variable and dialogstate value types', () => {
    const p = project({
      blocks: [
        api('call', {
          method: 'POST',
          headers: { 'X-Id': '{user.id}', Accept: 'text/plain' },
          query: { back: { $block: 'call' }, n: 3 },
          body: { who: '{user.name}', greeting: 'Hi {user.name}', filtered: '{user.name|toUpperCase}' },
        }),
      ],
      chatlayer: { ids: { call: 'c-1' } },
    });
    const r = ok(exportChatlayerBot(p));
    expect(byLabel(r, 'call')).toMatchObject({
      type: 'action',
      action: {
        type: 'api',
        method: 'POST',
        query: [
          { key: 'back', valueType: 'dialogstate', value: 'c-1' },
          { key: 'n', valueType: 'text', value: '3', botloom: { value: 3 } },
        ],
        headers: [
          { key: 'Accept', valueType: 'text', value: 'text/plain' },
          { key: 'X-Id', valueType: 'variable', value: 'user.id' },
        ],
        body: [
          { key: 'filtered', valueType: 'text', value: '{user.name|toUpperCase}' },
          { key: 'greeting', valueType: 'text', value: 'Hi {user.name}' },
          { key: 'who', valueType: 'variable', value: 'user.name' },
        ],
      },
    });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'sends query or body values that are not text; Chatlayer sends every entry as text or a variable.',
    ]);
  });

  it('names operators and groups in Go To rules, and warns about what Chatlayer does not document', () => {
    const p = project({
      blocks: [
        goto('route', {
          rules: [rule({ all: [cmp('n', 'gte', 3), { any: [not(cmp('x', 'exists'))] }] }, 'route')],
          else: 'route',
        }),
      ],
      chatlayer: { ids: { route: 'r' } },
    });
    const r = ok(exportChatlayerBot(p));
    expect(byLabel(r, 'route')).toEqual({
      id: 'r',
      label: 'route',
      name: 'route',
      type: 'goTo',
      rules: [
        {
          condition: {
            operator: 'and',
            conditions: [
              { variable: 'n', operator: 'greaterThanOrEquals', value: '3', botloom: { value: 3 } },
              {
                operator: 'or',
                conditions: [{ operator: 'not', condition: { variable: 'x', operator: 'exists' } }],
              },
            ],
          },
          nextDialogstateId: 'r',
        },
      ],
      elseDialogstateId: 'r',
    });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'uses operators that Chatlayer does not document (greaterThanOrEquals); check them after the import.',
      'uses "not", which Chatlayer’s Go To has no documented form for.',
      'nests AND/OR groups, which Chatlayer’s Go To may not support.',
    ]);
  });

  it('maps input validation kinds, keeping what Chatlayer cannot express in validation.botloom', () => {
    const p = project({
      blocks: [
        input('a', { validate: { kind: 'email' }, next: 'b' }),
        input('b', { validate: { kind: 'number', min: 1 }, next: 'c' }),
        input('c', { validate: { kind: 'choice', choices: ['x', 'y'] }, maxAttempts: 2, onFail: 'a' }),
      ],
    });
    const r = ok(exportChatlayerBot(p, { newId: seededIds(1) }));
    expect((byLabel(r, 'a') as { validation: unknown }).validation).toEqual({ type: 'sys.email' });
    expect((byLabel(r, 'b') as { validation: unknown }).validation).toEqual({
      type: 'sys.number',
      botloom: { kind: 'number', min: 1 },
    });
    expect(byLabel(r, 'c')).toMatchObject({
      validation: { type: 'any', botloom: { kind: 'choice', choices: ['x', 'y'] } },
      maxAttempts: 2,
      onFailDialogstateId: byLabel(r, 'a').id,
    });
    expect(r.warnings.map((w) => w.blockId)).toEqual(['b', 'c', 'c']);
  });

  it('writes code actions with their arguments and keeps the limits for Botloom', () => {
    const p = project({
      blocks: [code('calc', { args: { n: '{count}' }, timeoutMs: 100, memoryLimitMb: 8 })],
    });
    const r = ok(exportChatlayerBot(p, { newId: seededIds(1) }));
    expect(byLabel(r, 'calc')).toMatchObject({
      type: 'action',
      action: {
        type: 'code',
        args: [{ key: 'n', valueType: 'variable', value: 'count' }],
        botloom: { timeoutMs: 100, memoryLimitMb: 8 },
      },
    });
  });

  it('marks the start and fallback blocks as Introduction and Not understood', () => {
    const p = project({
      blocks: [message('hi'), message('huh')],
      fallbackBlock: 'huh',
      chatlayer: { ids: { hi: '1', huh: '2' } },
    });
    expect(ok(exportChatlayerBot(p)).bot.defaultDialogstates).toEqual({
      introduction: '1',
      notUnderstood: '2',
    });
  });

  it('writes variables with string defaults, the sensitive flag, and typed defaults in botloom.value', () => {
    const p = project({
      variables: [
        { name: 'a', default: 'x', sensitive: true },
        { name: 'b', default: 5, description: 'five' },
        { name: 'c' },
      ],
    });
    const r = ok(exportChatlayerBot(p, { newId: seededIds(1) }));
    expect(r.bot.variables).toEqual([
      { name: 'a', defaultValue: 'x', sensitive: true },
      { name: 'b', defaultValue: '5', description: 'five', botloom: { value: 5 } },
      { name: 'c' },
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'variable b has a default that is not text; Chatlayer stores defaults as text (5).',
    ]);
  });

  it('writes intents with their examples and the id of their block, and warns when two share a block', () => {
    const p = project({
      blocks: [message('hi')],
      intents: [
        { id: 'greet', examples: ['hello'], block: 'hi' },
        { id: 'wave', examples: ['o/'], block: 'hi' },
      ],
      chatlayer: { ids: { hi: 'h' } },
    });
    const r = ok(exportChatlayerBot(p));
    expect(r.bot.intents).toEqual([
      { name: 'greet', examples: ['hello'], dialogstateId: 'h' },
      { name: 'wave', examples: ['o/'], dialogstateId: 'h' },
    ]);
    expect(r.warnings).toEqual([
      {
        blockId: 'hi',
        message: 'is linked to 2 intents (greet, wave); Chatlayer links at most one intent to a block.',
      },
    ]);
  });

  it('warns about more than three buttons on a message or a card', () => {
    const four = ['1', '2', '3', '4'].map((t) => jump(t, 'm'));
    const p = project({ blocks: [message('m', { messages: [buttons('Pick', four)] })] });
    expect(ok(exportChatlayerBot(p, { newId: seededIds(1) })).warnings).toEqual([
      { blockId: 'm', message: 'message 1 has 4 buttons; Chatlayer shows at most 3.' },
    ]);
  });
});
