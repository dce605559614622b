// Monaco, bundled locally (no CDN loader, no eval: the CSP holds), with its workers built by Vite. This
// module is only reached through a dynamic import, so Monaco stays out of the initial bundle.
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker.js?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker: (_id, label) =>
    label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker(),
};

const js = monaco.typescript.javascriptDefaults;
js.setCompilerOptions({
  target: monaco.typescript.ScriptTarget.ESNext,
  module: monaco.typescript.ModuleKind.ESNext,
  allowNonTsExtensions: true,
  checkJs: true,
  noLib: false,
  lib: ['es2022'],
});
// 1375/1378: top-level await is allowed in a code block (it runs as an async function body).
js.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  diagnosticCodesToIgnore: [1375, 1378, 1108],
});

let typings: monaco.IDisposable | undefined;
/** Replaces the sandbox typings (one set at a time: the open code block's). */
export function setTypings(source: string): void {
  typings?.dispose();
  typings = js.addExtraLib(source, 'ts:botloom/sandbox.d.ts');
}

let variableNames: readonly string[] = [];
/** The project's variable names, offered inside string literals (session namespaces, `{templates}`). */
export function setVariableNames(names: readonly string[]): void {
  variableNames = names;
}

monaco.languages.registerCompletionItemProvider('javascript', {
  triggerCharacters: ["'", '"', '`', '{', '.'],
  provideCompletionItems(model, position) {
    const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
    const quotes = (before.match(/(?<!\\)['"`]/g) ?? []).length;
    if (quotes % 2 === 0) return { suggestions: [] };
    const word = /[\w.$-]*$/.exec(before)![0];
    const range = new monaco.Range(
      position.lineNumber,
      position.column - word.length,
      position.lineNumber,
      position.column,
    );
    return {
      suggestions: variableNames.map((name) => ({
        label: name,
        kind: monaco.languages.CompletionItemKind.Variable,
        insertText: name,
        detail: 'project variable',
        range,
      })),
    };
  },
});

/**
 * Creates and disposes one hidden editor, so Monaco's services, styles and JavaScript mode are set up
 * before the first code block is shown (called when the app is idle: preload-code-editor.ts).
 */
export function warmUpMonaco(): void {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:400px;height:200px;visibility:hidden';
  document.body.append(host);
  const model = monaco.editor.createModel('', 'javascript');
  const editor = monaco.editor.create(host, { model, minimap: { enabled: false } });
  editor.dispose();
  model.dispose();
  host.remove();
}

export { monaco };
