// @vitest-environment jsdom
// The Electron menu's File commands reach the renderer as the `app.menu` host event: New Project… shows
// the start screen with the name field focused; Open Project… opens a .botloom file or imports a JSON one.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const listeners = new Map<string, (payload: unknown) => void>();
const calls: { method: string; input: unknown }[] = [];
vi.mock('../../../renderer/host', () => ({
  host: {
    on: (event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    call: async (method: string, input: { path?: string; source?: string }) => {
      calls.push({ method, input });
      if (input.path === '/p/broken.botloom') throw new Error('this file is not a Botloom project');
      return {
        path: input.path ?? '/data/projects/imported.botloom',
        name: 'Opened',
        lastOpenedAt: '2026-11-24T00:00:00Z',
      };
    },
  },
}));

const { useMenuCommands } = await import('../../../renderer/shell/use-menu-commands');
const { useAppStore } = await import('../../../renderer/state/app-store');

function Harness() {
  useMenuCommands();
  const open = useAppStore((s) => s.openProject);
  return open ? <p data-open={open.path} /> : <input id="new-project-name" />;
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

describe('menu commands', () => {
  it('open a .botloom file, open a JSON file in place, report a failure, and go back to a new project', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => createRoot(root).render(<Harness />));
    const menu = (payload: unknown) => act(async () => listeners.get('app.menu')!(payload));

    await menu({ action: 'open-project', path: '/p/bot.botloom' });
    await vi.waitFor(() =>
      expect(root.querySelector('[data-open]')?.getAttribute('data-open')).toBe('/p/bot.botloom'),
    );
    expect(calls.at(-1)).toEqual({ method: 'projects.open', input: { path: '/p/bot.botloom' } });

    await menu({ action: 'open-project', path: '/p/bot.json' });
    await vi.waitFor(() =>
      expect(calls.at(-1)).toEqual({ method: 'projects.open', input: { path: '/p/bot.json' } }),
    );

    await menu({ action: 'open-project', path: '/p/broken.botloom' });
    await vi.waitFor(() =>
      expect(useAppStore.getState().error).toBe(
        '/p/broken.botloom could not be opened: this file is not a Botloom project',
      ),
    );

    await menu({ action: 'new-project' });
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('new-project-name'));
  });
});
