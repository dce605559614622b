// The app shell: title bar, then the start screen or the open project's workspace.
import { useEffect } from 'react';
import { useAppStore } from '../state/app-store';
import { TitleBar } from './TitleBar';
import { StartScreen } from './StartScreen';
import { Workspace } from './Workspace';
import { ErrorBanner } from '../ui/ErrorBanner';

export function App() {
  const theme = useAppStore((s) => s.theme);
  const openProject = useAppStore((s) => s.openProject);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app" data-testid="app">
      <TitleBar />
      <ErrorBanner />
      {openProject ? <Workspace project={openProject} /> : <StartScreen />}
    </div>
  );
}
