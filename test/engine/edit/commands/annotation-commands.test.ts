import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../engine/edit';
import { Project, type Frame } from '../../../../engine/model';
import { stringifyProject } from '../../../../engine/format';
import { apply, block, pizzaProject, refuse } from '../fixtures';

const frame = (extra: Partial<Frame> = {}): Frame => ({
  id: 'fr',
  flow: 'main',
  title: 'Ordering',
  position: { x: -10, y: -10 },
  size: { width: 400, height: 300 },
  ...extra,
});

describe('setNote / setFrame', () => {
  it('adds a note and a frame, then replaces them by id (a resize is a setFrame)', () => {
    const added = apply(pizzaProject(), {
      type: 'setNote',
      note: { id: 'n1', flow: 'main', position: { x: 5, y: 6 }, text: 'Ask legal', color: 'pink' },
    });
    expect(added.report.created).toEqual(['n1']);
    let { project } = apply(added.project, { type: 'setFrame', frame: frame() });
    ({ project } = apply(project, { type: 'setFrame', frame: frame({ size: { width: 800, height: 600 } }) }));
    ({ project } = apply(project, {
      type: 'setNote',
      note: { id: 'n1', flow: 'main', position: { x: 5, y: 6 }, text: 'Asked legal' },
    }));
    expect(project.notes).toEqual([
      { id: 'n1', flow: 'main', position: { x: 5, y: 6 }, text: 'Asked legal' },
    ]);
    expect(project.frames).toEqual([frame({ size: { width: 800, height: 600 } })]);
    expect(Project.safeParse(project).success).toBe(true);
  });

  it('refuses an unknown flow and an id another note or frame holds', () => {
    const note = { id: 'n1', flow: 'nowhere', position: { x: 0, y: 0 }, text: '' };
    expect(refuse(pizzaProject(), { type: 'setNote', note }).code).toBe('unknown-flow');
    const { project } = apply(pizzaProject(), { type: 'setFrame', frame: frame({ id: 'same' }) });
    const taken = refuse(project, { type: 'setNote', note: { ...note, id: 'same', flow: 'main' } });
    expect(taken).toMatchObject({ code: 'id-taken', path: ['note', 'id'] });
  });

  it('leaves a project without annotations byte for byte as it was', () => {
    const { project } = apply(pizzaProject(), { type: 'setFrame', frame: frame() });
    const { project: back } = apply(project, { type: 'deleteAnnotations', ids: ['fr'] });
    expect('frames' in back).toBe(false);
    expect(stringifyProject(back)).toBe(stringifyProject(pizzaProject()));
  });
});

describe('moveAnnotations', () => {
  it('moves a frame with the blocks, notes and frames inside it, and nothing else', () => {
    let { project } = apply(pizzaProject(), { type: 'setFrame', frame: frame() });
    ({ project } = apply(project, {
      type: 'setFrame',
      frame: frame({ id: 'inner', position: { x: 10, y: 10 }, size: { width: 100, height: 100 } }),
    }));
    ({ project } = apply(project, {
      type: 'setNote',
      note: { id: 'in', flow: 'main', position: { x: 50, y: 50 }, text: 'inside' },
    }));
    ({ project } = apply(project, {
      type: 'setNote',
      note: { id: 'out', flow: 'main', position: { x: 900, y: 900 }, text: 'outside' },
    }));
    // welcome is at (0, 0); ask_size, route… have no position: the canvas grid puts ask_size at (300, 0).
    const moved = apply(project, {
      type: 'moveAnnotations',
      moves: [{ id: 'fr', position: { x: 90, y: 40 } }],
    });
    const p = moved.project;
    expect(p.frames!.map((f) => f.position)).toEqual([
      { x: 90, y: 40 },
      { x: 110, y: 60 },
    ]);
    expect(p.notes!.map((n) => n.position)).toEqual([
      { x: 150, y: 100 },
      { x: 900, y: 900 },
    ]);
    expect(block(p, 'welcome').position).toEqual({ x: 100, y: 50 });
    expect(block(p, 'ask_size').position).toEqual({ x: 400, y: 50 });
    expect(block(p, 'route').position).toBeUndefined();
    expect(block(p, 'done').position).toBeUndefined();
    // One command, one undo: the inverse diff puts frame, note and blocks back (checked by apply()).
    expect(moved.diff.ops.map((o) => `${o.kind}:${o.key}`).sort()).toEqual([
      'blocks:ask_size',
      'blocks:welcome',
      'settings:frames',
      'settings:notes',
    ]);
  });

  it('moves the frame alone with carry: false, and refuses an unknown id', () => {
    const { project } = apply(pizzaProject(), { type: 'setFrame', frame: frame() });
    const alone = apply(project, {
      type: 'moveAnnotations',
      moves: [{ id: 'fr', position: { x: 500, y: 500 } }],
      carry: false,
    });
    expect(block(alone.project, 'welcome').position).toEqual({ x: 0, y: 0 });
    expect(
      refuse(project, { type: 'moveAnnotations', moves: [{ id: 'x', position: { x: 0, y: 0 } }] }),
    ).toMatchObject({ code: 'unknown-annotation', path: ['moves', 0, 'id'] });
  });
});

describe('deleteAnnotations and flows', () => {
  it('deletes by id and keeps the blocks of a deleted frame; refuses an unknown id', () => {
    const { project } = apply(pizzaProject(), { type: 'setFrame', frame: frame() });
    const { project: after } = apply(project, { type: 'deleteAnnotations', ids: ['fr'] });
    expect(after.flows).toBe(project.flows);
    expect(refuse(project, { type: 'deleteAnnotations', ids: ['ghost'] }).code).toBe('unknown-annotation');
  });

  it('follows a flow renamed to a new id, and goes with a deleted flow', () => {
    let { project } = apply(pizzaProject(), { type: 'setFrame', frame: frame({ flow: 'support' }) });
    ({ project } = apply(project, { type: 'renameFlow', id: 'support', newId: 'help' }));
    expect(project.frames![0]!.flow).toBe('help');
    ({ project } = apply(project, { type: 'deleteFlow', id: 'help', deleteBlocks: true }));
    expect(project.frames).toBeUndefined();
    expect(Project.safeParse(project).success).toBe(true);
  });

  it('rejects a project file whose note names a missing flow or repeats an id', () => {
    const base = {
      ...pizzaProject(),
      notes: [{ id: 'a', flow: 'gone', position: { x: 0, y: 0 }, text: '' }],
    };
    const bad = Project.safeParse(base);
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/there is no flow "gone"/);
    const dup = Project.safeParse({
      ...base,
      notes: [{ ...base.notes[0]!, flow: 'main' }],
      frames: [frame({ id: 'a' })],
    });
    expect(dup.error!.issues[0]!.message).toMatch(/"a" is used by two notes or frames/);
  });

  it('reads the commands from outside with their schema (a size below 40 is refused)', () => {
    const parsed = parseCommand({ type: 'setFrame', frame: frame({ size: { width: 10, height: 300 } }) });
    expect(parsed.ok).toBe(false);
    expect(parseCommand({ type: 'deleteAnnotations', ids: [] }).ok).toBe(false);
    expect(parseCommand({ type: 'moveAnnotations', moves: [{ id: 'a', position: { x: 1, y: 2 } }] }).ok).toBe(
      true,
    );
  });
});
