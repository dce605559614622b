// Notes and frames belong to the canvas: the Chatlayer export leaves them out, and keeps them in the
// project it returns (the one holding the assigned Chatlayer ids).
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot } from '../../../../engine/chatlayer';
import { Project } from '../../../../engine/model';
import { message, project } from '../../../builders';
import { ok } from './exported';
import { seededIds } from './seeded-ids';

describe('exportChatlayerBot: notes and frames', () => {
  it('exports the same bot with or without notes and frames, and keeps them in the project', () => {
    const plain = project({
      blocks: [message('welcome', { next: 'bye' }), message('bye', { text: 'Bye!' })],
    });
    const annotated = Project.parse({
      ...plain,
      notes: [{ id: 'n1', flow: plain.flows[0]!.id, position: { x: 0, y: 0 }, text: 'SECRET-NOTE-TEXT' }],
      frames: [
        {
          id: 'f1',
          flow: plain.flows[0]!.id,
          title: 'SECRET-FRAME-TITLE',
          position: { x: -20, y: -20 },
          size: { width: 900, height: 400 },
        },
      ],
    });
    const without = ok(exportChatlayerBot(plain, { newId: seededIds(3) }));
    const withThem = ok(exportChatlayerBot(annotated, { newId: seededIds(3) }));
    expect(withThem.bot).toStrictEqual(without.bot);
    expect(withThem.warnings).toStrictEqual(without.warnings);
    const text = JSON.stringify(withThem.bot);
    expect(text).not.toContain('SECRET-NOTE-TEXT');
    expect(text).not.toContain('SECRET-FRAME-TITLE');
    expect(withThem.project.notes).toEqual(annotated.notes);
    expect(withThem.project.frames).toEqual(annotated.frames);
  });
});
