// @vitest-environment jsdom
// The export preview of the Chatlayer panel shows the export's warnings about what Chatlayer cannot
// resolve (a secret, a Botloom built-in, a block id in code, a block's own onError), each with the block's
// name and id and the field, from the host's real preview of a project; and says the file layout is
// Botloom's own.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostClient } from '../../../electron/api/create-client';
import { exportPreview } from '../../../electron/services/chatlayer/export-methods';
import type { Block } from '../../../engine/model';
import { ChatlayerProvider } from '../../../renderer/chatlayer/ChatlayerContext';
import { createChatlayerController } from '../../../renderer/chatlayer/chatlayer-controller';
import { ExportSection } from '../../../renderer/chatlayer/ExportSection';
import { createEditorStore, memoryBackend } from '../../../renderer/state/project-store';
import { message, project } from '../fixtures';

const blocks: Block[] = [
  message('welcome', 'You said {lastUserMessage}', { name: 'Welcome', next: 'call' }),
  {
    id: 'call',
    type: 'api',
    method: 'GET',
    url: 'https://shop.example/api',
    headers: { Authorization: 'Bearer {secrets.shopToken}' },
    onError: 'welcome',
  } as Block,
  {
    id: 'calc',
    type: 'code',
    code: "ChatlayerResponseBuilder().setNextDialogState('welcome').send();",
  } as Block,
];
const bot = project(blocks, { chatlayer: { ids: { welcome: 'w-1', call: 'c-1', calc: 'k-1' } } });

let folder: string;
let unmount: (() => void) | undefined;
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  unmount?.();
  document.body.innerHTML = '';
  rmSync(folder, { recursive: true, force: true });
});

/** A host whose chatlayer.exportPreview is the service's own, over a project file in a temporary folder. */
function previewHost(): HostClient {
  folder = mkdtempSync(path.join(os.tmpdir(), 'botloom-export-section-'));
  const file = path.join(folder, 'bot.botloom');
  return {
    async call(method: string) {
      if (method !== 'chatlayer.exportPreview') throw new Error(`unexpected call ${method}`);
      return exportPreview({ file, project: bot, checkpoint: () => undefined }, () => 'new-id');
    },
    on: () => () => undefined,
  } as unknown as HostClient;
}

async function renderSection(): Promise<HTMLElement> {
  const store = createEditorStore(bot, { backend: memoryBackend(bot) });
  const controller = createChatlayerController(store, previewHost(), path.join(folder, 'bot.botloom'));
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <ChatlayerProvider controller={controller}>
        <ExportSection />
      </ChatlayerProvider>,
    );
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  unmount = () => act(() => root.unmount());
  return container;
}

describe('the export preview', () => {
  it('lists what Chatlayer cannot resolve, with the block name and id and the field', async () => {
    const page = await renderSection();
    const items = [...page.querySelectorAll<HTMLElement>('[data-testid="chatlayer-export-warning"]')];
    const byField = (block: string, field: string) =>
      items.find((li) => li.dataset.block === block && li.dataset.field === field)?.textContent ?? '';
    expect(byField('welcome', 'messages[0].text')).toMatch(
      /^Block Welcome \(welcome\) messages\[0\]\.text: reads \{lastUserMessage\}, a Botloom built-in.*\{internal\.messageContent\}/,
    );
    expect(byField('call', 'headers.Authorization')).toMatch(
      /^Block call headers\.Authorization: reads \{secrets\.shopToken\}, a Botloom secret.*type the value into this field in Chatlayer/,
    );
    expect(byField('call', 'onError')).toContain("goes to the bot's Error occurred default block");
    expect(byField('calc', 'code')).toContain(
      'setNextDialogState(\'welcome\') names the Botloom block "welcome"',
    );
    expect(byField('calc', 'code')).toContain('exported as the dialog state "w-1"');
  });

  it("says that the file's layout is Botloom's own", async () => {
    const page = await renderSection();
    expect(page.textContent).toContain(
      "The file's layout is Botloom's own: Chatlayer publishes none, and it has not yet been checked against a real Chatlayer export.",
    );
  });
});
