// ChatlayerResponseBuilder inside the sandbox (docs/chatlayer.md#code-actions): every method, fluent chaining, and send()
// producing exactly the API-plugin response (docs/chatlayer.md#api-call-responses).
import { afterAll, describe, expect, it } from 'vitest';
import { sandbox } from './fixtures';

const box = sandbox();
afterAll(() => box.dispose());

const sent = async (code: string, args = {}) => (await box.ok(code, { args })).response;

describe('ChatlayerResponseBuilder', () => {
  it('sends the API-plugin response: session entries, messages and the jump', async () => {
    const response = await sent(
      `
      ChatlayerResponseBuilder()
        .addSessionVariable('total', args.price * 2)
        .addMessage('Total: ' + args.price * 2)
        .setNextDialogState('show_total')
        .send();`,
      { price: 21 },
    );
    expect(response).toEqual({
      session: [{ namespace: 'total', data: 42 }],
      messages: [{ type: 'text', config: { textMessages: [{ text: 'Total: 42' }] } }],
      action: { nextDialogstate: 'show_total' },
    });
  });

  it('answers null when the code never calls send()', async () => {
    expect(await sent(`ChatlayerResponseBuilder().addMessage('not sent');`)).toBeNull();
  });

  it('returns the builder from every method (fluent chaining)', async () => {
    const result = await box.ok(`
      const b = ChatlayerResponseBuilder();
      const same = [
        b.addSessionVariable('a', 1), b.setSessionVariable('a', 2), b.addMessage('m'),
        b.addButtonGroup({ title: 't', buttons: [] }), b.addQuickReplies({ title: 't', quickReplies: [] }),
        b.addCarousel([]), b.addMediaMessage({ type: 'image', url: 'https://x.test/i.png' }), b.addList({ items: [] }),
        b.addHtml('<b>x</b>'), b.addIframe('https://x.test'), b.setNextDialogState('n'),
      ].every((r) => r === b);
      console.log(String(same));`);
    expect(result.logs.map((l) => l.text)).toEqual(['true']);
  });

  it('appends session entries and nests dotted namespaces', async () => {
    const response = await sent(
      `ChatlayerResponseBuilder().addSessionVariable('order', { id: 7 }).addSessionVariable('user.address.city', 'Ghent').send();`,
    );
    expect(response).toMatchObject({
      session: [
        { namespace: 'order', data: { id: 7 } },
        { namespace: 'user', data: { address: { city: 'Ghent' } } },
      ],
    });
  });

  it('setSessionVariable replaces the earlier session entries', async () => {
    const response = await sent(
      `ChatlayerResponseBuilder().addSessionVariable('a', 1).addSessionVariable('b', 2).setSessionVariable('c', 3).send();`,
    );
    expect(response).toMatchObject({ session: [{ namespace: 'c', data: 3 }] });
  });

  it.each([
    ["addSessionVariable('internal', 1)", 'read-only'],
    ["addSessionVariable('internal.sessionId', 'x')", 'read-only'],
    ["addSessionVariable('', 1)", 'non-empty'],
    ["setSessionVariable('internal', 1)", 'read-only'],
  ])('refuses %s', async (call, words) => {
    const result = await box.run(`ChatlayerResponseBuilder().${call}.send();`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ kind: 'code-threw', name: 'TypeError', line: 1 });
      expect(result.error.message).toContain(words);
    }
  });

  it('builds button groups, quick replies and carousels in Chatlayer shapes', async () => {
    const button = {
      type: 'postback',
      title: 'Yes',
      payload: { nextDialogstateId: 'yes', params: [{ key: 'ok', value: true }] },
    };
    const reply = { title: 'No', type: 'postback', payload: 'no' };
    const card = {
      title: 'Shoe',
      subTitle: 'Red',
      imageUrl: 'https://x.test/s.png',
      webUrl: 'https://x.test',
      buttons: [button],
    };
    const response = await sent(`ChatlayerResponseBuilder()
      .addButtonGroup({ title: 'Sure?', buttons: [${JSON.stringify(button)}] })
      .addQuickReplies({ title: 'Pick', quickReplies: [${JSON.stringify(reply)}] })
      .addCarousel([${JSON.stringify(card)}])
      .send();`);
    expect(response).toEqual({
      session: [],
      messages: [
        { type: 'buttons', config: { textMessages: [{ text: 'Sure?' }], buttons: [button] } },
        { type: 'quickReplies', config: { textMessages: [{ text: 'Pick' }], quickReplies: [reply] } },
        { type: 'carousel', config: { elements: [card] } },
      ],
    });
  });

  it('builds media messages of type image, video, audio and file', async () => {
    const response = await sent(`const b = ChatlayerResponseBuilder();
      for (const type of ['image', 'video', 'audio', 'file']) b.addMediaMessage({ type, url: 'https://x.test/' + type });
      b.send();`);
    expect(response).toMatchObject({
      messages: ['image', 'video', 'audio', 'file'].map((type) => ({
        type: 'media',
        config: { media: { type, url: `https://x.test/${type}` } },
      })),
    });
  });

  it('refuses a media message of another type', async () => {
    const result = await box.run(
      `ChatlayerResponseBuilder().addMediaMessage({ type: 'gif', url: 'https://x.test/a.gif' });`,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'code-threw', name: 'TypeError' } });
    if (!result.ok) expect(result.error.message).toContain('image, video, audio or file');
  });

  it('builds list, html and iframe messages', async () => {
    const response = await sent(`ChatlayerResponseBuilder()
      .addList({ title: 'Menu', items: [{ title: 'Soup' }] })
      .addHtml('<b>bold</b>', { withBalloon: false })
      .addIframe('https://x.test/form', { withBalloon: true, height: 300 })
      .send();`);
    expect(response).toMatchObject({
      messages: [
        { type: 'list', config: { title: 'Menu', items: [{ title: 'Soup' }] } },
        { type: 'html', config: { html: '<b>bold</b>', withBalloon: false } },
        { type: 'iframe', config: { url: 'https://x.test/form', withBalloon: true, height: 300 } },
      ],
    });
  });

  it('keeps the last setNextDialogState', async () => {
    expect(
      await sent(`ChatlayerResponseBuilder().setNextDialogState('a').setNextDialogState('b').send();`),
    ).toMatchObject({ action: { nextDialogstate: 'b' } });
  });

  it('toJSON() shows the response without sending it', async () => {
    const result = await box.ok(
      `const b = ChatlayerResponseBuilder().addMessage('hi'); console.log(JSON.stringify(b.toJSON()));`,
    );
    expect(result.response).toBeNull();
    expect(JSON.parse(result.logs[0]!.text)).toEqual({
      session: [],
      messages: [{ type: 'text', config: { textMessages: [{ text: 'hi' }] } }],
    });
  });

  it('sends from inside an awaited pause', async () => {
    const response = await sent(
      `await new Promise((r) => _.delay(r, 2000)); ChatlayerResponseBuilder().addMessage('late').send();`,
    );
    expect(response).toMatchObject({ messages: [{ config: { textMessages: [{ text: 'late' }] } }] });
  });
});
