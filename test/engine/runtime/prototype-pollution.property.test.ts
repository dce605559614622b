// Hostile variable paths and payloads through every route that writes the session (input answers,
// button `set`, variable defaults, API and code responses, debugger edits, test sessions): the
// session writer must refuse prototype segments, and Object.prototype must stay clean (issue 18).
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Project, safeJsonReviver, type Json } from '../../../engine/model';
import { createQuickJsCodeRunner } from '../../../engine/node';
import { runTests } from '../../../engine/testing';
import { converse, fakeCodeRunner, fakeHttp, project, text } from './fixtures';

const UNSAFE = ['__proto__', 'constructor', 'prototype'] as const;
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const clean = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort());

/** Every prototype has exactly the names it had when the file loaded (and `{}` has no stray names). */
function expectPrototypesClean(): void {
  expect(PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(clean);
  const probe: Record<string, unknown> = {};
  for (const name of ['x', 'y', 'polluted', 'isAdmin', 'path']) expect(probe[name]).toBeUndefined();
}

/** Undoes any pollution a failing run left, so one failure does not cascade through the file. */
function scrubPrototypes(): void {
  PROTOTYPES.forEach((p, i) => {
    for (const name of Object.getOwnPropertyNames(p))
      if (!clean[i]!.includes(name)) delete (p as Record<string, unknown>)[name];
  });
}
afterEach(scrubPrototypes);

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
/** A dot path with at least one prototype segment somewhere: `__proto__.x`, `a.constructor.prototype.y`, … */
const hostilePath = fc
  .tuple(
    fc.array(fc.oneof(word, fc.constantFrom(...UNSAFE)), { maxLength: 3 }),
    fc.constantFrom(...UNSAFE),
    fc.array(fc.oneof(word, fc.constantFrom(...UNSAFE)), { minLength: 0, maxLength: 3 }),
  )
  .map(([before, bad, after]) => {
    const segments = [...before, bad, ...after];
    if (segments.length === 1) segments.push('polluted');
    return segments.join('.');
  });
/** A JSON payload, sometimes carrying its own prototype keys (as JSON.parse makes them: own properties). */
const payload: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc
    .tuple(fc.constantFrom(...UNSAFE), word, fc.jsonValue({ maxDepth: 1 }))
    .map(([bad, key, v]) => JSON.parse(`{"${bad}":{"${key}":${JSON.stringify(v)}},"polluted":true}`) as Json),
);
const RUNS = { numRuns: 60 };

/** A project parsed as a safe one, then given the hostile name (the runtime must hold without validation). */
function unvalidated(
  blocks: Parameters<typeof project>[0],
  mutate: (p: Project) => void = () => {},
): Project {
  const p = project(blocks);
  mutate(p);
  return p;
}

describe('prototype pollution through the session (property)', () => {
  it('an input block whose variable is a hostile path stores nothing on a prototype', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, fc.string(), async (path, answer) => {
        const p = unvalidated(
          [
            { id: 'ask', type: 'input', variable: 'safe', prompt: [text('?')], next: 'done' },
            { id: 'done', type: 'message', messages: [text('ok')] },
          ],
          (q) => {
            (q.flows[0]!.blocks[0] as { variable: string }).variable = path;
          },
        );
        const c = converse(p);
        await c.start();
        // A blank answer is no answer (the block asks again and stores nothing), so say a real one.
        await c.say(answer.trim() ? answer : 'x');
        expect(c.events.some((e) => e.type === 'error' && e.code === 'variable-path-unsafe')).toBe(true);
        expectPrototypesClean();
      }),
      RUNS,
    );
  });

  it("a button's set with hostile paths and payloads", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, payload, async (path, value) => {
        const p = unvalidated(
          [
            {
              id: 'menu',
              type: 'message',
              messages: [
                { kind: 'buttons', text: 'Pick', buttons: [{ title: 'Go', goTo: 'done', set: {} }] },
              ],
            },
            { id: 'done', type: 'message', messages: [text('ok')] },
          ],
          (q) => {
            const m = q.flows[0]!.blocks[0] as { messages: { buttons: { set: Record<string, Json> }[] }[] };
            Object.defineProperty(m.messages[0]!.buttons[0]!.set, path, { value, enumerable: true });
            m.messages[0]!.buttons[0]!.set.plain = value;
          },
        );
        const c = converse(p);
        await c.start();
        await c.click('Go');
        expectPrototypesClean();
      }),
      RUNS,
    );
  });

  it('variable defaults with hostile names and payloads', () => {
    fc.assert(
      fc.property(hostilePath, payload, (path, value) => {
        const p = unvalidated([{ id: 'done', type: 'message', messages: [text('ok')] }], (q) => {
          q.variables.push({ name: path, default: value }, { name: 'plain', default: value });
        });
        const c = converse(p);
        expect(Object.getPrototypeOf(c.session)).not.toHaveProperty('polluted');
        expectPrototypesClean();
      }),
      RUNS,
    );
  });

  it("an API response's session namespace (any server in live mode), as {namespace, data} and as a map", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, payload, fc.boolean(), async (path, value, asMap) => {
        const body = asMap
          ? `{"session":{${JSON.stringify(path)}:${JSON.stringify(value)},"__proto__":{"polluted":1}}}`
          : JSON.stringify({
              session: [
                { namespace: path, data: value },
                { namespace: 'ok', data: value },
              ],
            });
        const http = fakeHttp(() => ({ bodyText: body }));
        const c = converse(
          project([
            { id: 'call', type: 'api', url: 'https://x.example/a', saveAs: 'raw', next: 'done' },
            { id: 'done', type: 'message', messages: [text('{ok}')] },
          ]),
          { http },
        );
        await c.start();
        expectPrototypesClean();
        expect(Object.getPrototypeOf(c.session.raw ?? {})).toBe(Object.prototype);
      }),
      RUNS,
    );
  });

  it('a code block response (fake runner) with hostile namespaces and payloads', async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath, payload, async (path, value) => {
        const runner = fakeCodeRunner(() => ({
          response: JSON.parse(
            `{"session":[{"namespace":${JSON.stringify(path)},"data":${JSON.stringify(value)}}]}`,
          ) as Json,
        }));
        const c = converse(project([{ id: 'run', type: 'code', code: 'x' }]), { codeRunner: runner });
        await c.start();
        expectPrototypesClean();
      }),
      RUNS,
    );
  });

  it('debugger edits (setVariable) with hostile paths are refused', () => {
    fc.assert(
      fc.property(hostilePath, payload, (path, value) => {
        const c = converse(project([{ id: 'done', type: 'message', messages: [text('ok')] }]));
        expect(c.setVariable(path, value)).toBe(false);
        expect(c.setVariable('plain', value)).toBe(true);
        expectPrototypesClean();
      }),
      RUNS,
    );
  });

  it('test sessions carrying prototype keys', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...UNSAFE), payload, async (bad, value) => {
        const session = JSON.parse(`{"${bad}":{"polluted":true},"plain":${JSON.stringify(value)}}`) as Record<
          string,
          Json
        >;
        const p = project([{ id: 'done', type: 'message', messages: [text('ok')] }]);
        p.tests.push({ name: 'hostile', session, steps: [{ expectBlock: 'done' }] } as never);
        await runTests(p, { http: fakeHttp(() => ({})), codeRunner: fakeCodeRunner(() => ({})) } as never);
        const c = converse(p, { session });
        expect(c.session.plain).toEqual(JSON.parse(JSON.stringify(value), safeJsonReviver));
        expectPrototypesClean();
      }),
      { numRuns: 30 },
    );
  });
});

describe('prototype pollution from the real sandbox', () => {
  const runner = createQuickJsCodeRunner();
  afterAll(() => runner.dispose());

  it('a code block that overrides JSON.stringify before send() pollutes nothing', async () => {
    const code = `
      const original = JSON.stringify;
      JSON.stringify = () => '{"session":{"__proto__":{"polluted":1},"constructor":{"prototype":{"isAdmin":1}}},'
        + '"nextDialogstate":"done"}';
      ChatlayerResponseBuilder().addSessionVariable('x', 1).send();
      JSON.stringify = original;`;
    const c = converse(
      project([
        { id: 'run', type: 'code', code, next: 'done' },
        { id: 'done', type: 'message', messages: [text('ok')] },
      ]),
      { codeRunner: runner },
    );
    await c.start();
    expectPrototypesClean();
  });
});

describe('validation refuses prototype segments in variable names, with their location', () => {
  it.each(['__proto__.x', 'a.constructor.prototype.y', 'prototype', 'items[0].__proto__'])('%s', (name) => {
    const r = Project.safeParse({
      format: 'botloom/1',
      name: 'Bot',
      startBlock: 'ask',
      variables: [{ name }],
      flows: [{ id: 'main', name: 'Main', blocks: [{ id: 'ask', type: 'input', variable: name }] }],
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('variables.0.name');
    expect(paths).toContain('flows.0.blocks.0.variable');
    expect(r.error!.issues.find((i) => i.path.join('.') === 'variables.0.name')!.message).toMatch(
      /__proto__/,
    );
  });
});
