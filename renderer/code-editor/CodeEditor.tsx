// The Monaco editor of a code block (loaded lazily): typed sandbox globals, syntax errors underlined and
// listed, edits committed after a pause or on blur as one undo step.
import { useEffect, useRef, useState } from 'react';
import { monaco, setTypings, setVariableNames } from './monaco-setup';
export { warmUpMonaco } from './monaco-setup';
import { sandboxTypings } from './sandbox-typings';
import './code-editor.css';

export interface CodeEditorProps {
  blockId: string;
  value: string;
  argNames: string[];
  /** Variable names offered inside strings. */
  variables: readonly string[];
  theme: 'light' | 'dark';
  onCommit(code: string): string | undefined;
  /** The error the simulator's last run of this block hit, marked on its line. */
  runtimeError?: { line: number; message: string } | null;
}

interface Problem {
  line: number;
  message: string;
}

export default function CodeEditor({
  blockId,
  value,
  argNames,
  variables,
  theme,
  onCommit,
  runtimeError,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const uri = monaco.Uri.parse(`file:///blocks/${blockId}.js`);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, 'javascript', uri);
    if (model.getValue() !== value) model.setValue(value);
    const ed = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
    });
    editor.current = ed;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const commit = () => {
      clearTimeout(timer);
      setError(commitRef.current(model.getValue()));
    };
    const subs = [
      model.onDidChangeContent(() => {
        clearTimeout(timer);
        timer = setTimeout(commit, 700);
      }),
      ed.onDidBlurEditorText(commit),
      monaco.editor.onDidChangeMarkers((uris) => {
        if (!uris.some((u) => u.toString() === uri.toString())) return;
        const markers = monaco.editor
          .getModelMarkers({ resource: uri })
          .filter((m) => m.severity === monaco.MarkerSeverity.Error && m.owner !== 'simulator');
        setProblems(markers.map((m) => ({ line: m.startLineNumber, message: m.message })));
      }),
    ];
    return () => {
      if (timer !== undefined) commit();
      subs.forEach((s) => s.dispose());
      ed.dispose();
      model.dispose();
      editor.current = null;
    };
  }, [blockId]); // eslint-disable-line react-hooks/exhaustive-deps

  // The document changed outside the editor (undo, redo): show it unless the user is typing here.
  useEffect(() => {
    const model = editor.current?.getModel();
    if (model && !editor.current?.hasTextFocus() && model.getValue() !== value) model.setValue(value);
  }, [value]);

  // The simulator's error: a marker of its own (syntax markers stay), the line revealed.
  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    if (!runtimeError) {
      monaco.editor.setModelMarkers(model, 'simulator', []);
      return;
    }
    const line = Math.min(Math.max(1, runtimeError.line), model.getLineCount());
    monaco.editor.setModelMarkers(model, 'simulator', [
      {
        severity: monaco.MarkerSeverity.Error,
        message: `In the simulator: ${runtimeError.message}`,
        startLineNumber: line,
        startColumn: 1,
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
      },
    ]);
    editor.current?.revealLineInCenter(line);
  }, [runtimeError?.line, runtimeError?.message, blockId]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => setTypings(sandboxTypings(argNames)), [argNames]);
  useEffect(() => setVariableNames(variables), [variables]);
  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'), [theme]);

  return (
    <div
      className="code-editor nokey"
      data-testid="code-editor"
      data-problems={problems.length}
      data-runtime-error-line={runtimeError?.line ?? ''}
    >
      <div className="code-editor-host" ref={host} />
      {problems.length > 0 && (
        <ul className="code-problems" data-testid="code-problems">
          {problems.map((p, i) => (
            <li key={i}>
              Line {p.line}: {p.message}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
