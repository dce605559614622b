// Shim: Chatlayer's `ChatlayerResponseBuilder()` (docs/chatlayer.md#code-actions): a fluent builder whose `send()` hands the
// API-plugin response object (docs/chatlayer.md#api-call-responses) to the run: `{ session: [{namespace, data}], messages: [{type, config}],
// action: { nextDialogstate } }`.
export const responseBuilderShim = String.raw`
  const MEDIA_TYPES = ['image', 'video', 'audio', 'file'];
  const sessionEntry = (method, namespace, data) => {
    if (typeof namespace !== 'string' || namespace.trim() === '') throw new TypeError(method + ': the namespace must be a non-empty string');
    const path = namespace.split('.');
    if (path.some((part) => part === '')) throw new TypeError(method + ': "' + namespace + '" is not a valid namespace');
    if (path[0] === 'internal') throw new TypeError(method + ': the "internal" namespace is read-only');
    let nested = data;
    for (let i = path.length - 1; i > 0; i--) nested = { [path[i]]: nested };
    return { namespace: path[0], data: nested };
  };
  const textConfig = (method, title) => {
    if (title === undefined || title === null) throw new TypeError(method + ' needs a title');
    return [{ text: String(title) }];
  };
  g.ChatlayerResponseBuilder = function ChatlayerResponseBuilder() {
    let session = [];
    const messages = [];
    let nextDialogstate;
    const builder = {
      addSessionVariable(namespace, data) { session.push(sessionEntry('addSessionVariable', namespace, data)); return builder; },
      setSessionVariable(namespace, data) { session = [sessionEntry('setSessionVariable', namespace, data)]; return builder; },
      addMessage(text) {
        if (text === undefined || text === null) throw new TypeError('addMessage needs a text');
        messages.push({ type: 'text', config: { textMessages: [{ text: String(text) }] } });
        return builder;
      },
      addButtonGroup(config) {
        const c = config || {};
        if (!Array.isArray(c.buttons)) throw new TypeError('addButtonGroup needs { title, buttons: [...] }');
        messages.push({ type: 'buttons', config: { textMessages: textConfig('addButtonGroup', c.title), buttons: c.buttons } });
        return builder;
      },
      addQuickReplies(config) {
        const c = config || {};
        if (!Array.isArray(c.quickReplies)) throw new TypeError('addQuickReplies needs { title, quickReplies: [...] }');
        messages.push({ type: 'quickReplies', config: { textMessages: textConfig('addQuickReplies', c.title), quickReplies: c.quickReplies } });
        return builder;
      },
      addCarousel(elements) {
        if (!Array.isArray(elements)) throw new TypeError('addCarousel needs an array of elements');
        messages.push({ type: 'carousel', config: { elements: elements } });
        return builder;
      },
      addMediaMessage(config) {
        const c = config || {};
        if (!MEDIA_TYPES.includes(c.type)) throw new TypeError('addMediaMessage: type must be image, video, audio or file (got ' + JSON.stringify(c.type) + ')');
        if (typeof c.url !== 'string' || c.url === '') throw new TypeError('addMediaMessage needs a url');
        messages.push({ type: 'media', config: { media: { type: c.type, url: c.url } } });
        return builder;
      },
      addList(config) {
        if (config === null || typeof config !== 'object') throw new TypeError('addList needs a config object');
        messages.push({ type: 'list', config: config });
        return builder;
      },
      addHtml(html, options) {
        const o = options || {};
        messages.push({ type: 'html', config: { html: String(html), withBalloon: o.withBalloon !== undefined ? Boolean(o.withBalloon) : true } });
        return builder;
      },
      addIframe(url, options) {
        const o = options || {};
        const config = { url: String(url), withBalloon: o.withBalloon !== undefined ? Boolean(o.withBalloon) : true };
        if (o.height !== undefined) config.height = o.height;
        messages.push({ type: 'iframe', config: config });
        return builder;
      },
      setNextDialogState(blockId) {
        if (typeof blockId !== 'string' || blockId === '') throw new TypeError('setNextDialogState needs a block id');
        nextDialogstate = blockId;
        return builder;
      },
      toJSON() {
        const out = { session: session.slice(), messages: messages.slice() };
        if (nextDialogstate !== undefined) out.action = { nextDialogstate: nextDialogstate };
        return JSON.parse(JSON.stringify(out));
      },
      send() {
        host('send', JSON.stringify(builder.toJSON()));
        return builder;
      },
    };
    return builder;
  };
`;
