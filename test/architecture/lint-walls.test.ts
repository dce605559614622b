// The lint configuration keeps the layers apart: lints small snippets as if they sat in each layer,
// through ESLint's Node API with the repo's eslint.config.js, and checks the file-size warning.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages for `source` linted as if it were the file at `file`. */
async function walls(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint walls', () => {
  it('keeps the CLI off the renderer', async () => {
    const code = "import { host } from '../renderer/host';\nexport const h = host;\n";
    expect(await walls('cli/commands/wall-fixture.ts', code)).toEqual([
      expect.stringContaining('never the renderer'),
    ]);
    const engine = "import { parseProject } from '../engine/format';\nexport const p = parseProject;\n";
    expect(await walls('cli/commands/wall-fixture.ts', engine)).toEqual([]);
  }, 60_000);

  it('still keeps the engine off the app and the renderer off host internals', async () => {
    const app = "import { host } from '../../renderer/host';\nexport const h = host;\n";
    expect(await walls('engine/edit/wall-fixture.ts', app)).toHaveLength(1);
    const services = "import { x } from '../../electron/services/x';\nexport const y = x;\n";
    expect(await walls('renderer/shell/wall-fixture.ts', services)).toHaveLength(1);
  }, 60_000);

  it('warns about files over 300 lines of code, blank lines and comments aside', async () => {
    const config = (await eslint.calculateConfigForFile(path.join(root, 'cli/index.ts'))) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules['max-lines']).toEqual([1, { max: 300, skipBlankLines: true, skipComments: true }]);
  }, 60_000);
});
