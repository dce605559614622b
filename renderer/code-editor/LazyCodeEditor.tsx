// Loads Monaco on first use (a lazy chunk, not in the initial bundle, usually preloaded after the app's
// first idle moment: preload-code-editor.ts) and shows a plain placeholder meanwhile.
import { lazy, Suspense, useState } from 'react';
import type { CodeEditorProps } from './CodeEditor';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { loadCodeEditor, loadedCodeEditor } from './preload-code-editor';

const CodeEditor = lazy(loadCodeEditor);

export function LazyCodeEditor(props: CodeEditorProps) {
  // Preloaded (the usual case): rendered at once, without a Suspense round and its fallback delay. Chosen
  // once per instance, so an editor shown before the preload finished is never remounted.
  const [Loaded] = useState(() => loadedCodeEditor()?.default);
  if (Loaded)
    return (
      <ErrorBoundary what="code editor">
        <Loaded {...props} />
      </ErrorBoundary>
    );
  return (
    <ErrorBoundary what="code editor">
      <Suspense
        fallback={
          <div className="code-editor-host muted small" data-testid="code-editor-loading">
            Loading the code editor…
          </div>
        }
      >
        <CodeEditor {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}
