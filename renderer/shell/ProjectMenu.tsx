// The open project's file actions in the title bar: Export JSON… (a botloom/1 file, beside the project by
// default) and Save As… (a copy of the project file, with its history, which then opens).
import { useState } from 'react';
import { host, type RecentProject } from '../host';
import { useAppStore } from '../state/app-store';
import { PathDialog } from './PathDialog';
import { confirmingOverwrite } from './confirm-overwrite';

/** `/a/pizza.botloom` → `/a/pizza<suffix>`. */
function beside(file: string, suffix: string): string {
  return file.replace(/\.botloom$/i, '') + suffix;
}

export function ProjectMenu({ project }: { project: RecentProject }) {
  const open = useAppStore((s) => s.open);
  const setRecents = useAppStore((s) => s.setRecents);
  const [dialog, setDialog] = useState<'export' | 'save-as' | null>(null);
  const close = () => setDialog(null);
  return (
    <>
      <button onClick={() => setDialog('export')} data-testid="export-json">
        Export JSON…
      </button>
      <button onClick={() => setDialog('save-as')} data-testid="save-as">
        Save As…
      </button>
      {dialog === 'export' && (
        <PathDialog
          title="Export JSON"
          label="Write the project as botloom/1 JSON to"
          initial={beside(project.path, '.json')}
          submitLabel="Export"
          testId="export-dialog"
          onClose={close}
          onSubmit={async (target) => {
            const { written } = await confirmingOverwrite(target, (overwrite) =>
              host.call('projects.exportJson', { path: project.path, target, overwrite }),
            );
            return `Written to ${written ?? target}.`;
          }}
        />
      )}
      {dialog === 'save-as' && (
        <PathDialog
          title="Save As"
          label="Save a copy of the project (with its history) as"
          initial={beside(project.path, '-copy.botloom')}
          submitLabel="Save and open"
          testId="save-as-dialog"
          onClose={close}
          onSubmit={async (target) => {
            const copy = await host.call('projects.saveAs', { path: project.path, target });
            setRecents(await host.call('projects.list', {}));
            open(copy);
          }}
        />
      )}
    </>
  );
}
