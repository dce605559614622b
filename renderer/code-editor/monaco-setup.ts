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

self.MonacoEnvironment = { getWorker: (_id, label) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()) };

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
js.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false, diagnosticCodesToIgnore: [1375, 1378, 1108] });

let typings: monaco.IDisposable | undefined;
/** Replaces the sandbox typings (one set at a time: the open code block's). */
export function setTypings(source: string): void {
  typings?.dispose();
  typings = js.addExtraLib(source, 'ts:botloom/sandbox.d.ts');
}

export { monaco };
