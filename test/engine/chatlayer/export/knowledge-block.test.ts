// The export and import of Generate answer blocks: a `knowledgeBaseAI` action in Botloom's own layout,
// with a warning (Chatlayer does not document its bot-file shape), and the knowledge sources kept in the
// bot file's `botloom` part (docs/chatlayer-export.md#generate-answer-blocks).
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { message, project } from '../../../builders';
import { buildersOf } from '../../../builders/kinds';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const knowledge = {
  sources: [
    { id: 'faq', kind: 'faq' as const, name: 'FAQ', rows: [{ question: 'Hours?', answer: 'Nine to five.' }] },
  ],
  mocks: [{ question: 'Gift cards?', answer: 'Yes.' }],
};
const bot = () =>
  project({
    blocks: [
      message('start'),
      buildersOf('knowledge').build('kb', {
        tags: ['shop'],
        threshold: 0.5,
        next: 'answer',
        noAnswer: 'none',
      }),
      message('answer'),
      message('none'),
    ],
    knowledge,
  });

describe('Chatlayer export of Generate answer blocks', () => {
  it('writes a knowledgeBaseAI action with the variable, the no-findings block and the tags, and warns', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(4) }));
    expect(byLabel(r, 'kb')).toMatchObject({
      type: 'action',
      action: {
        type: 'knowledgeBaseAI',
        destinationVariable: 'kb',
        onNoFindingsDialogstateId: byLabel(r, 'none').id,
        tags: ['shop'],
        botloom: { threshold: 0.5 },
      },
      nextDialogstateId: byLabel(r, 'answer').id,
    });
    expect(r.warnings.filter((w) => w.blockId === 'kb').map((w) => w.message)).toEqual([
      expect.stringContaining('does not document how its bot file writes a Knowledge base AI action'),
    ]);
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining("add the same content in Chatlayer's Knowledge base AI tab"),
    );
  });

  it('imports the block and the knowledge sources back', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(4) }));
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project.knowledge).toEqual(knowledge);
    expect(back.ok && back.project.flows[0]!.blocks.find((b) => b.id === 'kb')).toEqual(
      r.project.flows[0]!.blocks.find((b) => b.id === 'kb'),
    );
  });
});
