import { describe, expect, it } from 'vitest';
import { compareWithPreviousExport, exportChatlayerBot } from '../../../../engine/chatlayer';
import type { Project } from '../../../../engine/model';
import { flow, message, project } from '../../../builders';
import { seededIds } from '../export/seeded-ids';

function exportOf(p: Project) {
  const r = exportChatlayerBot(p, { newId: seededIds(4) });
  if (!r.ok) throw new Error('export failed');
  return r;
}

const base = () =>
  project({
    blocks: [message('welcome', { next: 'ask' }), message('ask', { text: 'What?' }), message('old')],
    variables: [{ name: 'order.size' }],
  });

describe('compareWithPreviousExport', () => {
  it('says when there is no previous export', () => {
    expect(compareWithPreviousExport(undefined, base())).toEqual({ kind: 'first' });
  });

  it('sees no change when only ids were assigned since', () => {
    const first = exportOf(base());
    expect(compareWithPreviousExport(first.text, base())).toEqual({ kind: 'unchanged' });
    expect(compareWithPreviousExport(first.text, first.project)).toEqual({ kind: 'unchanged' });
  });

  it('lists blocks added, changed and removed, and other records, in one line', () => {
    const first = exportOf(base());
    const next: Project = {
      ...first.project,
      name: 'Renamed',
      variables: [],
      flows: [
        flow('main', [
          message('welcome', { next: 'ask' }),
          message('ask', { text: 'What now?' }),
          message('a'),
          message('b'),
        ]),
      ],
    };
    const r = compareWithPreviousExport(first.text, next);
    expect(r.kind).toBe('changed');
    expect(r.kind === 'changed' && r.text).toBe(
      '2 blocks added (a, b), 1 changed (ask), 1 removed (old); 1 variable removed (order.size); settings changed (name)',
    );
  });

  it('shortens long lists of names', () => {
    const first = exportOf(base());
    const many = Array.from({ length: 8 }, (_, i) => message(`n${i}`));
    const next = { ...first.project, flows: [flow('main', [...first.project.flows[0]!.blocks, ...many])] };
    const r = compareWithPreviousExport(first.text, next);
    expect(r.kind === 'changed' && r.text).toBe('8 blocks added (n0, n1, n2, n3, n4, … 3 more)');
  });

  it('reports a previous export it cannot read back', () => {
    const r = compareWithPreviousExport('{"format": "other"}', base());
    expect(r).toMatchObject({ kind: 'unreadable', errors: [{ code: 'format-unknown' }] });
  });
});
