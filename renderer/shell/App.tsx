// The app shell: title bar, then the start screen or the open project's workspace.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useAppStore } from '../state/app-store';
import { TitleBar } from './TitleBar';
import { StartScreen } from './StartScreen';
import { Workspace } from './Workspace';
import { ErrorBanner } from '../ui/ErrorBanner';
import { openInitialProject, rememberOpenProject } from '../state/project-store/initial-project';
import { useMenuCommands } from './use-menu-commands';
import { preloadCodeEditorSoon } from '../code-editor/preload-code-editor';

// The shipped README and docs, read and shown only when Help › Documentation is opened.
const DocsDialog = lazy(() => import('../docs/DocsDialog').then((m) => ({ default: m.DocsDialog })));

export function App() {
  const theme = useAppStore((s) => s.theme);
  const openProject = useAppStore((s) => s.openProject);
  const open = useAppStore((s) => s.open);
  const setError = useAppStore((s) => s.setError);
  const docsOpen = useAppStore((s) => s.docsOpen);
  const setDocsOpen = useAppStore((s) => s.setDocsOpen);
  useMenuCommands();
  useEffect(() => {
    openInitialProject().then(
      (p) => p && open(p),
      (e: Error) => setError(e.message),
    );
  }, [open, setError]);
  // Monaco is loaded at the first idle moment after the project had time to open (PRELOAD_DELAY_MS), so
  // the first code block opens without waiting.
  useEffect(() => preloadCodeEditorSoon(), []);
  // The open project's path is kept for this tab, so F5 (a reload) reopens it; going back to the start
  // screen forgets it (the null before the first project opens does not: the reload still has to read it).
  const hadProject = useRef(false);
  useEffect(() => {
    if (openProject) hadProject.current = true;
    if (openProject || hadProject.current) rememberOpenProject(openProject);
  }, [openProject]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app" data-testid="app">
      <TitleBar />
      <ErrorBanner />
      {openProject ? <Workspace project={openProject} /> : <StartScreen />}
      {docsOpen && (
        <Suspense fallback={null}>
          <DocsDialog onClose={() => setDocsOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
