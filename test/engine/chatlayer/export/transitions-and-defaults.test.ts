// The export of variables set on transitions, of the Error occurred block and of a block's own onError.
import { describe, expect, it } from 'vitest';
import { exportChatlayerBot, importChatlayerBot } from '../../../../engine/chatlayer';
import { api, cmp, goto, message, project, rule } from '../../../builders';
import { byLabel, ok } from './exported';
import { seededIds } from './seeded-ids';

const bot = () =>
  project({
    blocks: [
      message('hi', { text: 'Hi', next: 'route', nextSet: [{ variable: 'seen', value: true }] }),
      goto('route', {
        rules: [{ ...rule(cmp('n', 'gte', 2), 'help'), set: [{ variable: 'n', value: 0 }] }],
        else: 'call',
        elseSet: [
          { variable: 'n', value: '{n|increment}' },
          { variable: 'back', value: '{internal.previousDialogstate.id}' },
        ],
      }),
      api('call', { url: 'https://x.example/', next: 'help', onError: 'oops' }),
      message('help', { text: 'Help' }),
      message('oops', { text: 'Oops' }),
      message('error_occurred', { text: 'Something went wrong' }),
    ],
    errorBlock: 'error_occurred',
  });

describe('transitions and default blocks in the Chatlayer export', () => {
  it('writes the sets of next, rules and else as params, in order, typed values in botloom', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    expect(byLabel(r, 'hi')).toMatchObject({
      nextDialogstateParams: [{ key: 'seen', value: 'true', botloom: { value: true } }],
    });
    expect(byLabel(r, 'route')).toMatchObject({
      rules: [{ params: [{ key: 'n', value: '0', botloom: { value: 0 } }] }],
      elseDialogstateParams: [
        { key: 'n', value: '{n|increment}' },
        { key: 'back', value: '{internal.previousDialogstate.id}' },
      ],
    });
  });

  it('names the Error occurred default block and reads it back', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    expect(r.bot.defaultDialogstates.errorOccurred).toBe(byLabel(r, 'error_occurred').id);
    const back = importChatlayerBot(r.text);
    expect(back.ok && back.project.errorBlock).toBe('error_occurred');
  });

  it("keeps a block's own onError in botloom, with a warning that Chatlayer uses Error occurred", () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    const call = byLabel(r, 'call');
    expect(call).not.toHaveProperty('onErrorDialogstateId');
    expect(call).toMatchObject({ botloom: { onErrorDialogstateId: byLabel(r, 'oops').id } });
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        blockId: 'call',
        message: expect.stringContaining(
          "there a failing action goes to the bot's Error occurred default block",
        ),
      }),
    );
  });

  it('still reads onErrorDialogstateId where files written before kept it', () => {
    const r = ok(exportChatlayerBot(bot(), { newId: seededIds(3) }));
    const legacy = JSON.parse(r.text);
    const call = legacy.flows[0].dialogstates.find((d: { label: string }) => d.label === 'call');
    call.onErrorDialogstateId = call.botloom.onErrorDialogstateId;
    delete call.botloom;
    const back = importChatlayerBot(JSON.stringify(legacy));
    expect(back.ok && back.project.flows[0]!.blocks.find((b) => b.id === 'call')).toMatchObject({
      onError: 'oops',
    });
  });
});
