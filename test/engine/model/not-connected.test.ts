// A button or a Go To rule may be left unconnected (no goTo): the file parses, validation reports
// not-connected, the runtime stops with an error instead of jumping, the canvas keeps its port, connect
// fills it, and the Chatlayer export refuses it with a message naming the button or rule.
import { describe, expect, it } from 'vitest';
import { blockReferences, blockSlots, Project, type Block } from '../../../engine/model';
import { exportChatlayerBot } from '../../../engine/chatlayer';
import { applyCommand } from '../../../engine/edit';
import { converse, project, text } from '../runtime/fixtures';
import { diagnosticsOf } from '../validate/diagnostics-of';

function bot(): Project {
  return project([
    {
      id: 'ask',
      type: 'message',
      messages: [
        { kind: 'buttons', text: 'Pizza?', buttons: [{ title: 'Yes' }, { title: 'No', goTo: 'bye' }] },
      ],
      next: 'route',
    },
    {
      id: 'route',
      type: 'goto',
      rules: [{ when: { var: 'x', op: 'notExists' } }],
      else: 'bye',
    },
    { id: 'bye', type: 'message', messages: [text('Bye')] },
  ]);
}

const block = (p: Project, id: string) => p.flows[0]!.blocks.find((b) => b.id === id)! as Block;

describe('an unconnected button or rule', () => {
  it('is a valid file, and validation reports it as not connected', () => {
    const p = bot();
    expect(Project.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
    expect(diagnosticsOf(p, 'not-connected')).toEqual([
      expect.objectContaining({
        severity: 'error',
        blockId: 'ask',
        path: 'flows[0].blocks[0].messages[0].buttons[0]',
        message: expect.stringContaining('button "Yes" of block "ask" is not connected'),
      }),
      expect.objectContaining({
        blockId: 'route',
        path: 'flows[0].blocks[1].rules[0]',
        message: expect.stringContaining('rule 1 of block "route" is not connected'),
      }),
    ]);
    expect(diagnosticsOf(p, 'dangling-reference')).toEqual([]);
  });

  it('keeps its slot (the canvas port) but draws no edge', () => {
    const ask = block(bot(), 'ask');
    expect(blockSlots(ask).map((s) => [s.label, s.target])).toEqual([
      [undefined, 'route'],
      ['Yes', undefined],
      ['No', 'bye'],
    ]);
    expect(blockReferences(ask).map((r) => r.target)).toEqual(['route', 'bye']);
  });

  it('is connected by the connect command, as one edit', () => {
    const r = applyCommand(bot(), { type: 'connect', block: 'route', slot: 0, target: 'bye' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(block(r.project, 'route')).toMatchObject({ rules: [{ goTo: 'bye' }] });
    const b = applyCommand(r.project, {
      type: 'connect',
      block: 'ask',
      slot: ['messages', 0, 'buttons', 0, 'goTo'],
      target: 'bye',
    });
    expect(b.ok && diagnosticsOf(b.project, 'not-connected')).toEqual([]);
  });

  it('stops the conversation with an error when a rule holds, and ignores a click with an error', async () => {
    const c = converse(bot());
    const start = await c.start();
    expect(start.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'rule-not-connected', blockId: 'route' }),
    );
    expect(start.ended).toBe(true);
    const clicking = converse(
      project([
        {
          id: 'ask',
          type: 'message',
          messages: [{ kind: 'buttons', text: 'Pizza?', buttons: [{ title: 'Yes' }] }],
        },
      ]),
    );
    await clicking.start();
    const click = await clicking.click('Yes');
    expect(click.events).toContainEqual(
      expect.objectContaining({ type: 'error', code: 'button-not-connected' }),
    );
    expect(click.messages).toEqual([]);
  });

  it('is refused by the Chatlayer export with a message naming it', () => {
    const r = exportChatlayerBot(bot());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((x) => `${x.code} ${x.path}`)).toEqual([
      'not-connected flows[0].blocks[0].messages[0].buttons[0]',
      'not-connected flows[0].blocks[1].rules[0]',
    ]);
    expect(r.problems[0]!.message).toBe(
      'button "Yes" of block "ask" is not connected to a block, and Chatlayer needs a target for it: connect it on the canvas (or remove it) before exporting.',
    );
  });
});
