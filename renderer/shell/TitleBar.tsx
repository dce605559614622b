// The top bar: product name, the open project with its file actions, the Documentation button and the
// theme switch.
import { useAppStore } from '../state/app-store';
import { hostShell } from './projects-controller';
import { ProjectMenu } from './ProjectMenu';
import { BookOpen, Diamond, Moon, Sun } from 'lucide-react';
import { TITLEBAR_SLOT_ID } from '../translations/LanguageSwitcher';

export function TitleBar() {
  const theme = useAppStore((s) => s.theme);
  const toggleTheme = useAppStore((s) => s.toggleTheme);
  const project = useAppStore((s) => s.openProject);
  const close = useAppStore((s) => s.open);
  const openDocs = useAppStore((s) => s.setDocsOpen);
  return (
    <header className="titlebar">
      <button
        className="brand"
        onClick={() => close(null)}
        title="Back to projects"
        aria-label="Back to projects"
      >
        <Diamond className="brand-mark" aria-hidden /> Botloom
      </button>
      {project && (
        <>
          <span className="titlebar-project" data-testid="open-project-name">
            {project.name}
          </span>
          <span className="titlebar-path muted small" title={project.path} data-testid="open-project-path">
            {project.path}
          </span>
        </>
      )}
      {/* The open workspace's language switcher renders here (translations/LanguageSwitcher.tsx). */}
      <span id={TITLEBAR_SLOT_ID} />
      <span className="spacer" />
      {project && <ProjectMenu key={project.path} project={project} />}
      {hostShell === 'web' && (
        <span className="badge" title="Running in the browser through the local web host">
          browser mode
        </span>
      )}
      <button
        className="icon-button"
        onClick={() => openDocs(true)}
        aria-label="Documentation"
        title="Documentation (the README and guides shipped with Botloom)"
        data-testid="open-docs"
      >
        <BookOpen aria-hidden />
      </button>
      <button
        className="icon-button"
        onClick={toggleTheme}
        aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        title={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        data-testid="theme-toggle"
      >
        {theme === 'dark' ? <Sun aria-hidden /> : <Moon aria-hidden />}
      </button>
    </header>
  );
}
