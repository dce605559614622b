// A code block's output and error sizes are capped with a clear message (issue 18): a 100 MB send()
// result is refused inside the sandbox, a 10 MB error message is cut.
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CODE_ERROR_CHARS, MAX_CODE_OUTPUT_CHARS } from '../../../engine/sandbox/code-error';
import { sandbox } from './fixtures';

const box = sandbox();
afterAll(() => box.dispose());

describe('code block output limits', () => {
  it('refuses a send() result over the cap, saying the size and the limit', async () => {
    const r = await box.run(
      `ChatlayerResponseBuilder().addSessionVariable('big', 'x'.repeat(${MAX_CODE_OUTPUT_CHARS} + 10)).send();`,
      { memoryLimitMb: 64 },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.name).toBe('Output too large');
    expect(r.error.message).toMatch(
      /send\(\) was given 1,048,6\d\d characters of JSON; the limit is 1,048,576/,
    );
  });

  it('still hands back a result under the cap', async () => {
    const r = await box.ok(`ChatlayerResponseBuilder().addSessionVariable('ok', 'x'.repeat(1000)).send();`);
    expect(JSON.stringify(r.response).length).toBeGreaterThan(1000);
  });

  it("works with the schema's maximum memory limit, 4096 MB (a 5 MB allocation)", async () => {
    const r = await box.ok(
      `const a = new Uint8Array(5 * 1024 * 1024); ChatlayerResponseBuilder().addSessionVariable('n', a.length).send();`,
      { memoryLimitMb: 4096 },
    );
    expect(r.response).toMatchObject({ session: [{ namespace: 'n', data: 5 * 1024 * 1024 }] });
  });

  it('cuts a 10 MB error message', async () => {
    const r = await box.run(`throw new Error('e'.repeat(10 * 1024 * 1024));`, { memoryLimitMb: 128 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.length).toBeLessThan(MAX_CODE_ERROR_CHARS + 100);
    expect(r.error.message).toMatch(/… \(10,483,\d{3} more characters cut\)$/);
  });
});
