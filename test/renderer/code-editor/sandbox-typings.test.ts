// The typings given to Monaco compile, and code using every ChatlayerResponseBuilder method of
// docs/chatlayer.md#code-actions, `args`, `_`, `fetch` and `console` type-checks against them.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sandboxTypings } from '../../../renderer/code-editor/sandbox-typings';

function check(code: string, argNames: string[]): string[] {
  const files = new Map([
    ['sandbox.d.ts', sandboxTypings(argNames)],
    ['block.ts', `export {};\n${code}`],
  ]);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    strict: true,
    noEmit: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang) =>
    files.has(name) ? ts.createSourceFile(name, files.get(name)!, lang) : read(name, lang);
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('sandbox typings for Monaco', () => {
  it('declare every builder method, args with the block’s keys, lodash, fetch and console', () => {
    const code = `
      const b = ChatlayerResponseBuilder()
        .addSessionVariable('order.total', args.price * 2)
        .setSessionVariable('legacy', { a: 1 })
        .addMessage('Hi')
        .addButtonGroup({ title: 'Pick', buttons: [{ title: 'A', payload: 'a' }] })
        .addQuickReplies({ title: 'Size?', quickReplies: [{ title: 'S' }] })
        .addCarousel([{ title: 'Card', buttons: [] }])
        .addMediaMessage({ type: 'image', url: 'https://x/y.png' })
        .addList({ items: [] })
        .addHtml('<b>x</b>', { withBalloon: true })
        .addIframe('https://x', { height: 200 })
        .setNextDialogState('confirm');
      const json = b.toJSON();
      console.log(json.action?.nextDialogstate, _.get(args, 'price'), _.sum([1, 2]));
      const res = await fetch('https://api.example.com', { method: 'POST', body: '{}' });
      const data = await res.json();
      await new Promise((r) => _.delay(r, 10));
      b.send();
    `;
    expect(check(code, ['price'])).toEqual([]);
  });

  it('rejects what the sandbox does not offer', () => {
    expect(
      check(`ChatlayerResponseBuilder().addMediaMessage({ type: 'pdf', url: 'x' });`, []).join('\n'),
    ).toMatch(/pdf/);
    expect(check(`ChatlayerResponseBuilder().sendNow();`, []).join('\n')).toMatch(/sendNow/);
    expect(check(`document.title;`, []).join('\n')).toMatch(/document/);
  });
});
