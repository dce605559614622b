import { describe, expect, it } from 'vitest';
import { applyCommand, CLIPBOARD_TYPE, copyBlocks, parseClipboard, pasteCommand } from '../../../engine/edit';
import { block, pizzaProject } from './fixtures';

describe('clipboard', () => {
  it('round-trips selected blocks with the flows they come from', () => {
    const copied = copyBlocks(pizzaProject(), ['done', 'welcome']);
    if (!copied.ok) throw new Error(copied.error.message);
    expect(JSON.parse(copied.text)).toMatchObject({ type: CLIPBOARD_TYPE, version: 1, project: 'Pizza bot' });
    const parsed = parseClipboard(copied.text);
    expect(parsed).toEqual({ ok: true, payload: copied.payload });
    if (!parsed.ok) return;
    expect(parsed.payload.flows.map((f) => [f.id, f.blocks.map((b) => b.id)])).toEqual([
      ['main', ['welcome']],
      ['support', ['done']],
    ]);
  });

  it('pastes into another flow with fresh ids and consistent references', () => {
    const project = pizzaProject();
    const copied = copyBlocks(project, ['welcome', 'ask_size']);
    const parsed = copied.ok ? parseClipboard(copied.text) : undefined;
    if (!parsed?.ok) throw new Error('copy failed');
    const result = applyCommand(
      project,
      pasteCommand(parsed.payload, 'support', { offset: { x: 20, y: 20 } }),
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(block(result.project, 'welcome_2')).toMatchObject({
      next: 'ask_size_2',
      position: { x: 20, y: 20 },
    });
  });

  it('refuses text that is not a Botloom payload, another version, or invalid blocks', () => {
    expect(parseClipboard('hello')).toMatchObject({ ok: false, error: { code: 'invalid-clipboard' } });
    expect(parseClipboard('{"type":"other"}')).toMatchObject({
      ok: false,
      error: { code: 'invalid-clipboard', path: ['type'] },
    });
    expect(parseClipboard(JSON.stringify({ type: CLIPBOARD_TYPE, version: 2, flows: [] }))).toMatchObject({
      ok: false,
      error: { path: ['version'] },
    });
    const bad = {
      type: CLIPBOARD_TYPE,
      version: 1,
      flows: [{ id: 'm', name: 'M', blocks: [{ id: 'x', type: 'message' }] }],
    };
    expect(parseClipboard(JSON.stringify(bad))).toMatchObject({
      ok: false,
      error: { code: 'invalid-clipboard', path: ['flows', 0, 'blocks', 0, 'messages'] },
    });
  });

  it('refuses to copy an unknown block', () => {
    expect(copyBlocks(pizzaProject(), ['ghost'])).toMatchObject({
      ok: false,
      error: { code: 'unknown-block' },
    });
  });
});
