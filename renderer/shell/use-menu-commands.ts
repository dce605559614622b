// Carries out the Electron menu's commands (the `app.menu` host event): New Project… shows the start
// screen with the name field focused; Open Project… opens (or imports) the chosen file; Help ›
// Documentation opens the Documentation view.
import { useEffect } from 'react';
import { useAppStore } from '../state/app-store';
import { openProjectFile } from '../state/project-store/initial-project';
import { onMenuCommand } from './projects-controller';

export function useMenuCommands(): void {
  const open = useAppStore((s) => s.open);
  const setError = useAppStore((s) => s.setError);
  const setDocsOpen = useAppStore((s) => s.setDocsOpen);
  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command.action === 'new-project') {
          open(null);
          requestAnimationFrame(() => document.getElementById('new-project-name')?.focus());
          return;
        }
        if (command.action === 'docs') {
          setDocsOpen(true);
          return;
        }
        openProjectFile(command.path).then(
          (project) => open(project),
          (e: Error) => setError(`${command.path} could not be opened: ${e.message}`),
        );
      }),
    [open, setError, setDocsOpen],
  );
}
