// An open that paints the document without its translations first (projects.get with `translations: false`): the
// store refuses edits until the whole document is in, loads it once the canvas has painted (or after
// wholeDocumentMs without a canvas), validates the whole one, and stays read-only when the load fails.
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, memoryBackend, type EditorBackend } from '../../../renderer/state/project-store';
import type { Command } from '../../../engine/edit';
import { projectWithoutTranslations, textHash, type Project } from '../../../engine/model';
import { message, project } from '../fixtures';

/** A project in English and Dutch whose welcome message is translated. */
const whole = (): Project =>
  project(
    [
      message('welcome', 'Hi', {
        messages: [
          { kind: 'text', text: 'Hi', translations: { nl: { text: 'Hoi', textHash: textHash('Hi') } } },
        ],
      }),
      message('bye', 'Bye'),
    ],
    { secondaryLanguages: ['nl'] },
  );
const partial = () => projectWithoutTranslations(whole()).project;
const connect: Command[] = [{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }];

describe('an open without translations', () => {
  it('refuses edits, loads the whole document once the canvas is shown, then takes edits that keep the translations', async () => {
    const backend = memoryBackend(whole());
    const store = createEditorStore(partial(), {
      backend,
      translationsOmitted: true,
      wholeDocumentMs: 60_000,
    });
    expect(store.getState().translationsLoading).toBe(true);
    const refused = store.getState().apply(connect, 'Connect');
    expect(refused).toMatchObject({ ok: false, error: { code: 'document-loading' } });
    expect(store.getState().project.flows[0]!.blocks[0]).not.toHaveProperty('next');
    await new Promise((r) => setTimeout(r, 20));
    expect(backend.calls).toEqual([]);

    store.getState().markCanvasShown();
    await vi.waitFor(() => expect(store.getState().translationsLoading).toBe(false));
    expect(backend.calls).toEqual([{ method: 'load' }]);
    expect(store.getState().project).toEqual(whole());

    expect(store.getState().apply(connect, 'Connect').ok).toBe(true);
    await store.whenSynced();
    const welcome = (await backend.load()).project.flows[0]!.blocks[0]!;
    expect(welcome).toMatchObject({ next: 'bye', messages: [{ translations: { nl: { text: 'Hoi' } } }] });
    store.dispose();
  });

  it('loads the whole document after wholeDocumentMs when no canvas says it is shown, and validates that one', async () => {
    const validate = vi.fn((_: Project) => []);
    const store = createEditorStore(partial(), {
      backend: memoryBackend(whole()),
      translationsOmitted: true,
      wholeDocumentMs: 10,
      firstValidationMs: 0,
      validate,
    });
    await vi.waitFor(() => expect(validate).toHaveBeenCalled());
    expect(store.getState().translationsLoading).toBe(false);
    // Once, on the whole document (the partial one's replacement is not an edit to validate after).
    await new Promise((r) => setTimeout(r, 200));
    expect(validate.mock.calls.map(([p]) => p)).toEqual([whole()]);
    store.dispose();
  });

  it('stays read-only and says why when the whole document cannot be loaded', async () => {
    const failing: EditorBackend = {
      ...memoryBackend(whole()),
      load: () => Promise.reject(new Error('the host is gone')),
    };
    const store = createEditorStore(partial(), {
      backend: failing,
      translationsOmitted: true,
      wholeDocumentMs: 0,
    });
    await vi.waitFor(() => expect(store.getState().syncError).toContain('the host is gone'));
    expect(store.getState().syncError).toContain('could not be loaded');
    expect(store.getState().translationsLoading).toBe(true);
    expect(store.getState().apply(connect, 'Connect').ok).toBe(false);
    store.dispose();
  });

  it('does not load again when the open answered the whole document', async () => {
    const backend = memoryBackend(whole());
    const store = createEditorStore(whole(), { backend, wholeDocumentMs: 0 });
    store.getState().markCanvasShown();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().translationsLoading).toBe(false);
    expect(backend.calls).toEqual([]);
    store.dispose();
  });
});
