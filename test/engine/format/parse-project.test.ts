import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectData, stringifyProject, type FormatError } from '../../../engine/format';
import { buttons, flow, goto, input, jump, message, project, rule, cmp } from '../../builders';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const errorsOf = (text: string, file?: string): FormatError[] => {
  const r = parseProject(text, file);
  if (r.ok) throw new Error('expected the project to be rejected');
  return r.errors;
};
const withBlock = (block: unknown) =>
  json({
    ...project({ blocks: [message('welcome')] }),
    flows: [{ id: 'main', name: 'Main', blocks: [message('welcome'), block] }],
  });

describe('parseProject', () => {
  it('reads a valid project, fills the schema defaults and reports no warnings', () => {
    const r = parseProject(
      json({
        format: 'botloom/1',
        name: 'Bot',
        startBlock: 'a',
        flows: [{ id: 'main', name: 'Main', blocks: [{ id: 'a', type: 'input', variable: 'x' }] }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.project.language).toBe('en');
    expect(r.project.flows[0]!.blocks[0]).toMatchObject({ prompt: [], validate: { kind: 'any' } });
  });

  it('reads what stringifyProject writes, with a UTF-8 byte order mark too', () => {
    const p = project({ blocks: [message('welcome', { text: 'Hi {user.name}! 🍕' })] });
    const r = parseProject('\uFEFF' + stringifyProject(p));
    expect(r.ok && r.project).toEqual(p);
  });

  it('reports malformed JSON as json-malformed with the file, line, column and what to fix', () => {
    const text = '{\n  "format": "botloom/1",\n  "name": "Bot",\n}\n';
    expect(errorsOf(text, 'bot.json')).toEqual([
      {
        code: 'json-malformed',
        file: 'bot.json',
        path: '',
        line: 4,
        column: 1,
        message: "not valid JSON: trailing comma: remove the ',' before '}'",
      },
    ]);
  });

  it('explains a missing comma, comments, single quotes and an empty file', () => {
    expect(errorsOf('{\n  "a": 1\n  "b": 2\n}')[0]).toMatchObject({
      line: 3,
      column: 3,
      message: expect.stringContaining('a comma may be missing'),
    });
    expect(errorsOf('{ // note\n}')[0]).toMatchObject({
      line: 1,
      column: 3,
      message: expect.stringContaining('comments are not allowed'),
    });
    expect(errorsOf("{ 'format': 1 }")[0]!.message).toContain('double quotes');
    expect(errorsOf('   ')[0]!.message).toContain('the file is empty');
  });

  it('reports a document without a botloom format as format-unknown', () => {
    expect(errorsOf('{"name": "x"}', 'a.json')[0]).toMatchObject({
      code: 'format-unknown',
      file: 'a.json',
      path: 'format',
      message: expect.stringContaining('"format": "botloom/1"'),
    });
    expect(errorsOf('{"format": "rasa/3"}')[0]).toMatchObject({
      code: 'format-unknown',
      path: 'format',
      line: 1,
      column: 2,
    });
    expect(errorsOf('[]')[0]).toMatchObject({ code: 'format-unknown', path: '' });
  });

  it('reports a file of a newer format as format-newer, made by a newer Botloom', () => {
    const [e] = errorsOf(json({ format: 'botloom/7', name: 'x' }));
    expect(e).toMatchObject({ code: 'format-newer', path: 'format' });
    expect(e!.message).toContain('made by a newer Botloom');
  });

  it('names an unknown block type and the types it expected, at the block type path', () => {
    const errors = errorsOf(withBlock({ id: 'x', type: 'foo' }), 'bot.json');
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'schema-invalid',
        file: 'bot.json',
        path: 'flows[0].blocks[1].type',
        message:
          'unknown block type "foo" (expected message, input, goto, api, code, clearSession, getTime, jsonBuilder, email, onVariableChange, knowledge, table, handover).',
      }),
    ]);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('treats unknown keys as errors naming the key, with a suggestion and the allowed keys', () => {
    const [e] = errorsOf(withBlock({ ...message('x'), nxt: 'welcome' }));
    expect(e).toMatchObject({ code: 'schema-invalid', path: 'flows[0].blocks[1].nxt' });
    expect(e!.message).toContain('unknown key "nxt"');
    expect(e!.message).toContain('Did you mean "next"?');
    expect(e!.message).toContain(
      'Allowed here: id, name, position, notes, intent, contexts, type, messages, next',
    );
  });

  it('explains a bad button without union noise: the wrong field, or what is missing', () => {
    const bad = message('x', {
      messages: [buttons('Pick', [jump('A', 'not an id'), { goTo: 'A' } as never])],
    });
    const errors = errorsOf(withBlock(bad));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        'flows[0].blocks[1].messages[0].buttons[0].goTo',
        'must be 1 to 64 characters of A-Z, a-z, 0-9, _ or -, and not __proto__, constructor or prototype (found "not an id").',
      ],
      [
        'flows[0].blocks[1].messages[0].buttons[1]',
        // goTo is optional (a new button starts unconnected): what a button always needs is its title.
        'incomplete: add "title": expected one of {title, goTo?, set?, translations?}, {title, url, translations?}.',
      ],
    ]);
  });

  it('explains bad conditions, test steps and missing fields in words', () => {
    const g = goto('g', {
      rules: [rule(cmp('x', 'eqq' as never, 1), 'welcome'), rule({ foo: 1 } as never, 'welcome')],
    });
    const text = json({ ...JSON.parse(withBlock(g)), tests: [{ name: 't', steps: [{ bott: 'hi' }] }] });
    const messages = Object.fromEntries(errorsOf(text).map((e) => [e.path, e.message]));
    expect(messages['flows[0].blocks[1].rules[0].when.op']).toMatch(
      /^expected one of "eq", "ne", .* found "eqq"\.$/,
    );
    expect(messages['flows[0].blocks[1].rules[1].when']).toBe(
      'unknown key "foo": expected one of {var, op, value?, caseSensitive?}, {all}, {any}, {not}.',
    );
    expect(messages['tests[0].steps[0]']).toContain('Did you mean "bot"?');
    const { variable: _, ...noVariable } = input('ask');
    expect(errorsOf(withBlock(noVariable))).toEqual([
      expect.objectContaining({
        path: 'flows[0].blocks[1].variable',
        message: '"variable" is missing: add it (string).',
      }),
    ]);
  });

  it('gives every schema error of a long document its own path', () => {
    const p = project({ flows: [flow('main', [message('a'), message('b'), message('c')])] });
    const text = json(p).replace(/"type": "message"/g, '"type": "mesage"');
    expect(errorsOf(text).map((e) => e.path)).toEqual([
      'flows[0].blocks[0].type',
      'flows[0].blocks[1].type',
      'flows[0].blocks[2].type',
    ]);
  });
});

describe('parseProjectData', () => {
  it('checks an already-parsed value and reports paths without text positions', () => {
    const r = parseProjectData({ format: 'botloom/1', name: '', startBlock: 'a', flows: [] }, 'clip');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path, e.file, e.line])).toEqual([
      ['schema-invalid', 'name', 'clip', undefined],
      ['schema-invalid', 'flows', 'clip', undefined],
    ]);
    expect(r.errors[0]!.message).toContain('a project needs a name');
  });
});

describe('parseProject on hostile input', () => {
  it('refuses a block id or a Chatlayer id key that names a JavaScript prototype, saying how to fix it', () => {
    // A block "__proto__" keyed in chatlayer.ids vanished on the next save (found by the property test).
    const text = json({
      ...project({ blocks: [message('welcome')] }),
      chatlayer: { ids: { welcome: 'a', constructor: 'b' } },
      flows: [{ id: 'main', name: 'Main', blocks: [message('welcome'), message('prototype')] }],
    });
    const errors = errorsOf(text).map((e) => [e.path, e.message]);
    expect(errors).toContainEqual([
      'flows[0].blocks[1].id',
      'must be 1 to 64 characters of A-Z, a-z, 0-9, _ or -, and not __proto__, constructor or prototype (found "prototype").',
    ]);
    expect(errors.some(([p]) => p!.startsWith('chatlayer.ids'))).toBe(true);
  });

  it('returns errors instead of throwing for absurdly nested documents', () => {
    const deep = '['.repeat(200_000);
    expect(parseProject(deep)).toMatchObject({ ok: false, errors: [{ code: 'json-malformed' }] });
    const body = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
    const text = `{"format":"botloom/1","name":"x","startBlock":"a","flows":[{"id":"m","name":"M","blocks":[{"id":"a","type":"api","url":"u","body":${body}}]}]}`;
    const r = parseProject(text);
    expect(r.ok === false && r.errors[0]!.code).toBe('schema-invalid');
  });
});
