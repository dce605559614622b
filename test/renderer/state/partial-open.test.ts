// An open that paints the document without its translations first (projects.get with `translations: false`): the
// store refuses edits until the document is whole again, puts the answer's translations back into the objects shown
// once the canvas has painted (or after wholeDocumentMs without a canvas), else loads the backend's whole document,
// validates the whole one, and stays read-only when that fails.
import { describe, expect, it, vi } from 'vitest';
import { createEditorStore, memoryBackend, type EditorBackend } from '../../../renderer/state/project-store';
import type { Command } from '../../../engine/edit';
import { copySelection } from '../../../renderer/canvas/canvas-actions';
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
/** What projects.get answers beside the partial document. */
const omitted = { translationsOmitted: true };
const connect: Command[] = [{ type: 'connect', block: 'welcome', slot: 'next', target: 'bye' }];

describe('an open without translations', () => {
  it('refuses edits, puts the translations back once the canvas is shown, then takes edits that keep them', async () => {
    const backend = memoryBackend(whole());
    const store = createEditorStore(partial(), { backend, ...omitted, wholeDocumentMs: 60_000 });
    expect(store.getState().translationsLoading).toBe(true);
    const refused = store.getState().apply(connect, 'Connect');
    expect(refused).toMatchObject({ ok: false, error: { code: 'document-loading' } });
    expect(store.getState().project.flows[0]!.blocks[0]).not.toHaveProperty('next');
    // Nor copied: the copies would lack their translations.
    store.getState().select(['welcome']);
    expect(await copySelection(store)).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().translationsLoading).toBe(true);

    const shownFlows = store.getState().project.flows;
    store.getState().markCanvasShown();
    await vi.waitFor(() => expect(store.getState().translationsLoading).toBe(false));
    // Into the objects shown: the canvas keeps what it built from them.
    expect(backend.calls).toEqual([{ method: 'translations' }]);
    expect(store.getState().project).toEqual(whole());
    expect(store.getState().project.flows).toBe(shownFlows);

    expect(store.getState().apply(connect, 'Connect').ok).toBe(true);
    await store.whenSynced();
    const welcome = (await backend.load()).project.flows[0]!.blocks[0]!;
    expect(welcome).toMatchObject({ next: 'bye', messages: [{ translations: { nl: { text: 'Hoi' } } }] });
    store.dispose();
  });

  it('makes the document whole after wholeDocumentMs when no canvas says it is shown, and validates it once', async () => {
    const validate = vi.fn((_: Project) => []);
    const store = createEditorStore(partial(), {
      backend: memoryBackend(whole()),
      ...omitted,
      wholeDocumentMs: 10,
      firstValidationMs: 0,
      validate,
    });
    await vi.waitFor(() => expect(validate).toHaveBeenCalled());
    expect(store.getState().translationsLoading).toBe(false);
    // Once, on the whole document (making it whole is not an edit to validate after).
    await new Promise((r) => setTimeout(r, 200));
    expect(validate.mock.calls.map(([p]) => p)).toEqual([whole()]);
    store.dispose();
  });

  it('loads the whole document from the backend when the answer’s translations do not fit the document', async () => {
    const memory = memoryBackend(whole());
    const backend: EditorBackend = {
      ...memory,
      translations: async () => ({ revision: 0, owners: [null] }),
    };
    const store = createEditorStore(partial(), { backend, ...omitted, wholeDocumentMs: 0 });
    const shownFlows = store.getState().project.flows;
    await vi.waitFor(() => expect(store.getState().translationsLoading).toBe(false));
    expect(memory.calls).toEqual([{ method: 'load' }]);
    expect(store.getState().project).toEqual(whole());
    expect(store.getState().project.flows).not.toBe(shownFlows);
    expect(shownFlows[0]!.blocks[0]).not.toHaveProperty('messages.0.translations');
    store.dispose();
  });

  it('loads the whole document from the backend when an undo changed the document first', async () => {
    const backend = memoryBackend(whole());
    // An edit of the untranslated block, whose undo fits the document shown.
    await backend.applyCommands(
      [{ type: 'connect', block: 'bye', slot: 'next', target: 'welcome' }],
      'Loop',
      0,
    );
    const opened = await backend.load();
    const store = createEditorStore(projectWithoutTranslations(opened.project).project, {
      backend,
      confirmed: opened,
      ...omitted,
      wholeDocumentMs: 60_000,
    });
    expect(await store.getState().undo()).toBe(true);
    store.getState().markCanvasShown();
    await vi.waitFor(() => expect(store.getState().translationsLoading).toBe(false));
    expect(backend.calls.map((c) => c.method)).toEqual(['applyCommands', 'load', 'undo', 'load']);
    expect(store.getState().project).toEqual(whole());
    store.dispose();
  });

  it('stays read-only and says why when the whole document cannot be loaded', async () => {
    const failing: EditorBackend = {
      ...memoryBackend(whole()),
      translations: () => Promise.reject(new Error('the host is gone')),
      load: () => Promise.reject(new Error('the host is gone')),
    };
    const store = createEditorStore(partial(), {
      backend: failing,
      translationsOmitted: true,
      wholeDocumentMs: 0,
    });
    await vi.waitFor(() => expect(store.getState().syncError).toContain('the host is gone'));
    expect(store.getState().syncError).toContain('could not be loaded');
    expect(store.getState()).toMatchObject({ translationsLoading: true, translationsFailed: true });
    expect(store.getState().apply(connect, 'Connect').ok).toBe(false);
    store.dispose();
  });

  it('does nothing more when the open answered the whole document', async () => {
    const backend = memoryBackend(whole());
    const store = createEditorStore(whole(), { backend, wholeDocumentMs: 0 });
    store.getState().markCanvasShown();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().translationsLoading).toBe(false);
    expect(backend.calls).toEqual([]);
    store.dispose();
  });
});
