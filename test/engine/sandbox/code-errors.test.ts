// Typed errors of a code run (docs/file-format.md#code-block): syntax errors with their line, thrown errors with name, message
// and line, stack overflow, timeouts; what `{lastError}` shows comes from these.
import { afterAll, describe, expect, it } from 'vitest';
import { sandbox } from './fixtures';

const box = sandbox();
afterAll(() => box.dispose());

describe('code errors', () => {
  it('reports a syntax error with its line', async () => {
    const result = await box.run(`const a = 1;\nconst b = 2;\nconst c = ;`);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'code-syntax', name: 'Syntax error', line: 3 },
    });
  });

  it('refuses import statements as syntax', async () => {
    expect(await box.run(`import fs from 'fs';`)).toMatchObject({
      ok: false,
      error: { kind: 'code-syntax' },
    });
  });

  it('reports a thrown error with its name, message and line', async () => {
    const result = await box.run(
      `const order = args.order;\n\nthrow new RangeError('size ' + order.size + ' is out of stock');`,
      { args: { order: { size: 44 } } },
    );
    expect(result).toEqual({
      ok: false,
      error: { kind: 'code-threw', name: 'RangeError', message: 'size 44 is out of stock', line: 3 },
      logs: [],
      ms: 0,
    });
  });

  it('reports a runtime TypeError with its line', async () => {
    expect(await box.run(`let x;\nx.y = 1;`)).toMatchObject({
      ok: false,
      error: { kind: 'code-threw', name: 'TypeError', line: 2 },
    });
  });

  it('reports a rejection after an await', async () => {
    expect(await box.run(`await null;\nawait Promise.reject(new Error('later'));`)).toMatchObject({
      ok: false,
      error: { kind: 'code-threw', name: 'Error', message: 'later', line: 2 },
    });
  });

  it('reports a thrown non-error value', async () => {
    expect(await box.run(`throw 'plain text'`)).toMatchObject({
      ok: false,
      error: { kind: 'code-threw', message: 'Uncaught plain text' },
    });
  });

  it('reports an error thrown inside a timer callback', async () => {
    expect(await box.run(`setTimeout(() => { throw new SyntaxError('in timer') }, 10)`)).toMatchObject({
      ok: false,
      error: { kind: 'code-threw', name: 'SyntaxError', message: 'in timer' },
    });
  });

  it('treats a SyntaxError thrown at run time (JSON.parse) as thrown, not as a syntax error', async () => {
    expect(await box.run(`JSON.parse('{oops')`)).toMatchObject({
      ok: false,
      error: { kind: 'code-threw', name: 'SyntaxError', line: 1 },
    });
  });

  it('reports deep recursion as a stack overflow', async () => {
    expect(await box.run(`function down(n) { return down(n + 1) + 1 }\ndown(0)`)).toMatchObject({
      ok: false,
      error: { kind: 'code-stack', name: 'Stack overflow' },
    });
  });

  it('reports stack exhaustion inside a builtin (deeply nested JSON) as a stack overflow', async () => {
    expect(await box.run(`JSON.parse('['.repeat(1e5))`)).toMatchObject({
      ok: false,
      error: { kind: 'code-stack', name: 'Stack overflow' },
    });
  });

  it('keeps the logs written before an error', async () => {
    const result = await box.run(`console.log('before'); throw new Error('boom')`);
    expect(result).toMatchObject({ ok: false, logs: [{ level: 'log', text: 'before' }] });
  });

  it('reports a promise that can never settle as a timeout at once', async () => {
    const t0 = performance.now();
    const result = await box.run(`await new Promise(() => {})`, { timeoutMs: 5_000, virtualTime: false });
    expect(result).toMatchObject({ ok: false, error: { kind: 'code-timeout', name: 'Timeout' } });
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});
