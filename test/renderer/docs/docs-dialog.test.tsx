// @vitest-environment jsdom
// The Documentation view (issue 19 point 10): the pages the host reads from disk, rendered as text (no
// HTML from the page runs), links between pages followed inside the view; the Electron menu's Help ›
// Documentation opens it.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const pages: Record<string, string> = {
  'README.md':
    '# Botloom\n\nRead [the format](docs/file-format.md#errors-and-the-error-occurred-block) and `code`.\n\n| a | b |\n| --- | --- |\n| **1** | 2 |\n\n- one\n- two <script>bad()</script>\n\n```\nnpm start\n```\n',
  'docs/file-format.md':
    '# The file format\n\n## Errors and the Error occurred block\n\nBack to [the README](../README.md).\n',
};
const asked: (string | undefined)[] = [];
const listeners = new Map<string, (payload: unknown) => void>();
vi.mock('../../../renderer/host', () => ({
  host: {
    on: (event: string, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    call: async (method: string, input: { path?: string }) => {
      if (method !== 'app.docs') throw new Error(`unexpected ${method}`);
      asked.push(input.path);
      const path = input.path ?? 'README.md';
      return {
        pages: [
          { path: 'README.md', title: 'Botloom' },
          { path: 'docs/file-format.md', title: 'The file format' },
        ],
        path,
        markdown: pages[path],
      };
    },
  },
}));

const { DocsDialog, resolveLink } = await import('../../../renderer/docs/DocsDialog');
const { useMenuCommands } = await import('../../../renderer/shell/use-menu-commands');
const { useAppStore } = await import('../../../renderer/state/app-store');

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function Harness() {
  useMenuCommands();
  const open = useAppStore((s) => s.docsOpen);
  const setOpen = useAppStore((s) => s.setDocsOpen);
  return open ? <DocsDialog onClose={() => setOpen(false)} /> : <p data-testid="closed" />;
}

describe('the Documentation view', () => {
  it('opens from Help › Documentation, renders the README and follows a link to another page', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => createRoot(root).render(<Harness />));
    expect(root.querySelector('[data-testid="closed"]')).not.toBeNull();
    await act(async () => listeners.get('app.menu')!({ action: 'docs' }));
    await settle();
    const page = root.querySelector<HTMLElement>('[data-testid="docs-page"]')!;
    expect(page.dataset.path).toBe('README.md');
    expect(page.querySelector('h2')!.textContent).toBe('Botloom');
    expect(page.querySelector('td strong')!.textContent).toBe('1');
    expect(page.querySelector('pre code')!.textContent).toBe('npm start');
    expect(page.querySelectorAll('li')).toHaveLength(2);
    // A page's HTML is text, never markup.
    expect(page.querySelector('script')).toBeNull();
    expect(page.textContent).toContain('<script>bad()</script>');
    expect(root.querySelector('[data-testid="docs-dialog"]')!.contains(document.activeElement)).toBe(true);

    await act(async () =>
      page
        .querySelector<HTMLAnchorElement>(
          'a[href="docs/file-format.md#errors-and-the-error-occurred-block"]',
        )!
        .click(),
    );
    await settle();
    expect(asked.at(-1)).toBe('docs/file-format.md');
    expect(page.dataset.path).toBe('docs/file-format.md');
    expect(page.querySelector('h3')!.id).toBe('errors-and-the-error-occurred-block');

    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-testid="closed"]')).not.toBeNull();
  });

  it('resolves links relative to the page', () => {
    expect(resolveLink('README.md', 'docs/chatlayer.md#traffic')).toEqual({
      path: 'docs/chatlayer.md',
      anchor: 'traffic',
    });
    expect(resolveLink('docs/chatlayer.md', '../README.md')).toEqual({ path: 'README.md', anchor: '' });
    expect(resolveLink('docs/chatlayer.md', 'expressions.md')).toEqual({
      path: 'docs/expressions.md',
      anchor: '',
    });
    expect(resolveLink('docs/chatlayer.md', '#traffic')).toEqual({
      path: 'docs/chatlayer.md',
      anchor: 'traffic',
    });
  });
});
