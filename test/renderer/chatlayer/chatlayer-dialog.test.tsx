// @vitest-environment jsdom
// The Chatlayer dialog (issue 19 point 10) takes the focus when it opens and gives it back when it closes,
// closes on Escape wherever the focus is, and shows one message about the token at a time (where it is
// kept with the storage's warning, or the last error), never several stacked.
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { HostClient } from '../../../electron/api/create-client';
import { ChatlayerProvider } from '../../../renderer/chatlayer/ChatlayerContext';
import { ChatlayerDialog } from '../../../renderer/chatlayer/ChatlayerDialog';
import { createChatlayerController } from '../../../renderer/chatlayer/chatlayer-controller';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';
import { mount, setUpMounting, unmountAll } from '../mount';

setUpMounting();

const bot = project([message('welcome', 'Hi')]);
const storage = {
  backend: 'plain-file' as const,
  label: 'a plain file',
  encrypted: false,
  location: '/data/secrets.json',
  warning:
    'stored as plain text in /data/secrets.json (no OS keychain available): prefer BOTLOOM_CHATLAYER_TOKEN in CI',
};

/** A host with a secret store that holds `names`, and refuses to store when `refuse` is set. */
function secretsHost(names: string[], refuse?: string): HostClient {
  return {
    async call(method: string, input: { name?: string }) {
      if (method === 'secrets.status') return { names: [...names], storage };
      if (method === 'secrets.set') {
        if (refuse) throw new Error(refuse);
        names.push(input.name!);
        return { name: input.name, storage };
      }
      throw new Error(`unexpected call ${method}`);
    },
    on: () => () => undefined,
  } as unknown as HostClient;
}

async function openDialog(host: HostClient, onClose = vi.fn()) {
  const store = createEditorStore(bot, { backend: memoryBackend(bot) });
  const controller = createChatlayerController(store, host, '/p/bot.botloom');
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const page = await mount(
    <ChatlayerProvider controller={controller}>
      <ChatlayerDialog onClose={onClose} />
    </ChatlayerProvider>,
    store,
  );
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return { page, onClose, opener };
}

const tokenMessages = (page: HTMLElement) =>
  [...page.querySelectorAll('[data-testid="chatlayer-token-field"] p')].filter((p) =>
    /token/i.test(p.textContent ?? ''),
  );

describe('the Chatlayer dialog', () => {
  it('takes the focus when it opens and closes on Escape pressed anywhere', async () => {
    const { page, onClose } = await openDialog(secretsHost([]));
    const dialog = page.querySelector('[data-testid="chatlayer-dialog"]')!;
    expect(dialog.contains(document.activeElement)).toBe(true);
    // Escape with the focus outside the dialog (on the page body) still closes it.
    (document.activeElement as HTMLElement).blur();
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows one token message: not stored with where it would go, then stored with the warning', async () => {
    const { page } = await openDialog(secretsHost([]));
    expect(tokenMessages(page)).toHaveLength(1);
    const state = page.querySelector('[data-testid="chatlayer-token-state"]')!;
    expect(state.getAttribute('data-stored')).toBe('false');
    expect(state.textContent).toContain(
      'No token is stored (a token you store goes to a plain file, stored as plain text',
    );

    const input = page.querySelector<HTMLInputElement>('[data-testid="chatlayer-token"]')!;
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(input, 'tok-123');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      page.querySelector<HTMLButtonElement>('[data-testid="chatlayer-token-save"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(tokenMessages(page)).toHaveLength(1);
    const after = page.querySelector('[data-testid="chatlayer-token-state"]')!;
    expect(after.getAttribute('data-stored')).toBe('true');
    expect(after.textContent).toMatch(/^A token is stored in a plain file; it is stored as plain text/);
    expect(after.querySelector('[data-testid="chatlayer-token-warning"]')).not.toBeNull();
  });

  it('shows a refused token as the one message, in place of where it is kept', async () => {
    const { page } = await openDialog(
      secretsHost([], 'The token could not be stored: the secret store is locked (unlock it and try again).'),
    );
    const input = page.querySelector<HTMLInputElement>('[data-testid="chatlayer-token"]')!;
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(input, 'tok-123');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      page.querySelector<HTMLButtonElement>('[data-testid="chatlayer-token-save"]')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const messages = tokenMessages(page);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.getAttribute('role')).toBe('alert');
    expect(messages[0]!.textContent).toContain('the secret store is locked');
  });

  it('gives the focus back to what had it when it closes', async () => {
    const { opener, page } = await openDialog(secretsHost([]));
    expect(page.querySelector('[data-testid="chatlayer-dialog"]')!.contains(document.activeElement)).toBe(
      true,
    );
    unmountAll();
    expect(document.activeElement).toBe(opener);
  });
});
