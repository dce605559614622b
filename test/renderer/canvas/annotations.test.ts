import { describe, expect, it } from 'vitest';
import type { Frame, Note, Project } from '../../../engine/model';
import {
  annotationIdOf,
  annotationIndex,
  annotationNodeId,
  annotationWindow,
} from '../../../renderer/canvas/annotations/annotation-window';
import {
  carriedPositions,
  interpretAnnotationChanges,
} from '../../../renderer/canvas/annotations/annotation-changes';
import { searchAnnotations } from '../../../renderer/canvas/block-search';
import { cellRange } from '../../../renderer/canvas/spatial-index';
import { SHORTCUTS } from '../../../renderer/canvas/shortcuts';
import { flow, message, project } from '../../builders';

const note = (id: string, x: number, y: number, text = id, flowId = 'main'): Note => ({
  id,
  flow: flowId,
  position: { x, y },
  text,
});
const frame = (id: string, x: number, y: number, w = 600, h = 400, title = id): Frame => ({
  id,
  flow: 'main',
  title,
  position: { x, y },
  size: { width: w, height: h },
});

// 2,000 notes on a 40-wide grid, 400 apart, and one frame; a second flow with one note.
const many: Project = {
  ...project({ flows: [flow('main', [message('welcome', { position: { x: 20, y: 60 } })]), flow('other')] }),
  notes: [
    ...Array.from({ length: 2000 }, (_, i) => note(`n${i}`, (i % 40) * 400, Math.floor(i / 40) * 400)),
    note('elsewhere', 0, 0, 'Ask the legal team', 'other'),
  ],
  frames: [frame('fr', -20, -20, 700, 500, 'Checkout steps')],
};
const view = (x: number, y: number, zoom = 1) => cellRange({ x, y, width: 1280 / zoom, height: 800 / zoom });
const window = (range = view(0, 0), more = {}) =>
  annotationWindow({
    index: annotationIndex(many, 'main'),
    range,
    selected: new Set(),
    drag: new Map(),
    resize: new Map(),
    ...more,
  });

describe('notes and frames in the canvas window', () => {
  it('mounts only the notes and frames in the viewport cells of their flow, frames first', () => {
    const nodes = window();
    expect(nodes.length).toBeLessThan(30);
    expect(nodes[0]!.id).toBe(annotationNodeId('fr'));
    expect(nodes.map((n) => n.id)).toContain(annotationNodeId('n0'));
    expect(nodes.map((n) => n.id)).not.toContain(annotationNodeId('elsewhere'));
    const far = window(view(12000, 16000)).map((n) => annotationIdOf(n.id));
    expect(far).toContain('n1630');
    expect(far).not.toContain('fr');
  });

  it('reuses node objects while nothing about them changes, and shows live drag and resize', () => {
    const a = window();
    const b = window();
    expect(b[0]).toBe(a[0]);
    const dragged = window(view(0, 0), { drag: new Map([['n1', { x: 999, y: 5 }]]) });
    expect(dragged.find((n) => n.id === annotationNodeId('n1'))!.position).toEqual({ x: 999, y: 5 });
    const resized = window(view(0, 0), { resize: new Map([['fr', { x: 0, y: 0, width: 900, height: 90 }]]) });
    expect(resized[0]).toMatchObject({ width: 900, height: 90, data: { resizing: true } });
  });

  it('keeps the index per version of the lists', () => {
    expect(annotationIndex(many, 'main')).toBe(annotationIndex(many, 'main'));
    expect(annotationIndex({ ...many, notes: [...many.notes!] }, 'main')).not.toBe(
      annotationIndex(many, 'main'),
    );
    expect(annotationIdOf('welcome')).toBeUndefined();
  });
});

describe('gestures on notes and frames', () => {
  const known = (id: string) => many.notes!.find((n) => n.id === id) ?? many.frames!.find((f) => f.id === id);

  it('keeps block changes for the block interpreter, and selection in the store', () => {
    const outcome = interpretAnnotationChanges(
      [
        { type: 'select', id: 'welcome', selected: true },
        { type: 'select', id: annotationNodeId('n1'), selected: true },
        { type: 'select', id: annotationNodeId('fr'), selected: false },
      ],
      { drag: new Map(), known },
    );
    expect(outcome.rest).toEqual([{ type: 'select', id: 'welcome', selected: true }]);
    expect(outcome.select).toEqual({ add: ['n1'], remove: ['fr'] });
    expect(outcome.command).toBeUndefined();
  });

  it('turns a frame drag into live positions and, when it ends, one moveAnnotations', () => {
    const during = interpretAnnotationChanges(
      [{ type: 'position', id: annotationNodeId('fr'), position: { x: 80, y: 30 }, dragging: true }],
      { drag: new Map(), known },
    );
    expect(during.drag).toEqual(new Map([['fr', { x: 80, y: 30 }]]));
    const live = carriedPositions(during.drag!, many.flows[0]!.blocks, many.notes!, many.frames!);
    expect(live.blocks).toEqual(new Map([['welcome', { x: 120, y: 110 }]]));
    expect(live.annotations.get('n0')).toEqual({ x: 100, y: 50 });
    const end = interpretAnnotationChanges(
      [{ type: 'position', id: annotationNodeId('fr'), position: { x: 80.4, y: 30 }, dragging: false }],
      { drag: during.drag!, known },
    );
    expect(end.command).toEqual({
      command: { type: 'moveAnnotations', moves: [{ id: 'fr', position: { x: 80, y: 30 } }] },
      label: 'Move frame',
    });
    expect(end.drag).toEqual(new Map());
  });

  it('ignores the position changes of a resize handle and deletes on remove', () => {
    const resize = interpretAnnotationChanges(
      [{ type: 'position', id: annotationNodeId('fr'), position: { x: 1, y: 1 } }],
      { drag: new Map(), known },
    );
    expect([resize.rest, resize.drag, resize.command]).toEqual([[], undefined, undefined]);
    const removed = interpretAnnotationChanges([{ type: 'remove', id: annotationNodeId('n3') }], {
      drag: new Map(),
      known,
    });
    expect(removed.command!.command).toEqual({ type: 'deleteAnnotations', ids: ['n3'] });
  });
});

describe('search finds notes and frames', () => {
  it('finds a note by its text and a frame by its title, in any flow', () => {
    expect(searchAnnotations(many, 'legal')).toEqual([
      {
        kind: 'note',
        id: 'elsewhere',
        flowId: 'other',
        title: 'Ask the legal team',
        match: 'Ask the legal team',
      },
    ]);
    expect(searchAnnotations(many, 'checkout')).toMatchObject([
      { kind: 'frame', id: 'fr', title: 'Checkout steps' },
    ]);
    expect(searchAnnotations(many, '   ')).toEqual([]);
    expect(searchAnnotations(many, 'n1', 5)).toHaveLength(5);
  });
});

describe('the keys of notes, frames and the outline', () => {
  const probe = (init: KeyboardEventInit) =>
    SHORTCUTS.filter((s) =>
      s.match({
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        shiftKey: false,
        key: '',
        code: '',
        ...init,
      } as KeyboardEvent),
    ).map((s) => s.action);

  it('adds a note with N, a frame with F and toggles the outline with Alt+O, each key one action', () => {
    expect(probe({ key: 'n', code: 'KeyN' })).toEqual(['newNote']);
    expect(probe({ key: 'f', code: 'KeyF' })).toEqual(['newFrame']);
    expect(probe({ key: 'ø', code: 'KeyO', altKey: true })).toEqual(['outline']);
    expect(probe({ key: 'N', code: 'KeyN', shiftKey: true })).toEqual([]);
    expect(SHORTCUTS.find((s) => s.action === 'outline')!.keys).toBe('Alt+O');
  });
});
