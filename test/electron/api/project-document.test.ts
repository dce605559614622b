// projects.get hands the renderer the host's own document: checked by shape, never re-parsed or copied
// (a 20,000-block project took about a second per call that way).
import { describe, expect, it } from 'vitest';
import { dispatch, type Services } from '../../../electron/api';
import { generateProject } from '../../../bench/canvas/generate-flow';

const doc = (project: unknown) =>
  ({
    'projects.get': () => ({
      path: '/tmp/p.botloom',
      revision: 3,
      project,
      history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
    }),
  }) as unknown as Services;

describe('projects.get', () => {
  it('answers with the host’s project object itself, not a validated copy', async () => {
    const project = generateProject(200);
    const r = await dispatch(
      doc(project),
      'projects.get',
      { path: '/tmp/p.botloom' },
      { transport: 'direct' },
    );
    expect(r.ok).toBe(true);
    expect(r.ok && (r.value as { project: unknown }).project).toBe(project);
  });

  it('still refuses an answer that is not a project at all', async () => {
    const r = await dispatch(
      doc({ name: 'x' }),
      'projects.get',
      { path: '/tmp/p.botloom' },
      { transport: 'direct' },
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
  });
});
