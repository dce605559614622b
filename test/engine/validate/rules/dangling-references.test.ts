import { describe, expect, it } from 'vitest';
import {
  api,
  buttons,
  carousel,
  cmp,
  code,
  goto,
  input,
  jump,
  message,
  project,
  quickReplies,
  rule,
} from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

describe('dangling references', () => {
  it('reports every block reference field that names a missing block, with its JSON path', () => {
    const p = project({
      blocks: [
        message('m', {
          next: 'gone1',
          messages: [
            buttons('Pick', [jump('A', 'gone2')]),
            quickReplies('Q', [jump('B', 'gone3')]),
            carousel([{ title: 'C', buttons: [jump('C', 'gone4')] }]),
          ],
        }),
        input('i', { next: 'm', onFail: 'gone5', prompt: [buttons('P', [jump('D', 'gone6')])] }),
        goto('g', { rules: [rule(cmp('x', 'exists'), 'gone7')], else: 'gone8' }),
        api('a', {
          next: 'm',
          onError: 'gone9',
          query: { back: { $block: 'gone10' } },
          body: { list: [{ $block: 'gone11' }] },
        }),
        code('c', { next: 'm', onError: 'gone12' }),
      ],
    });
    expect(diagnosticsOf(p, 'dangling-reference').map((d) => [d.path, d.message.split(',')[0]])).toEqual([
      ['flows[0].blocks[0].next', '"next" points to block "gone1"'],
      ['flows[0].blocks[0].messages[0].buttons[0].goTo', 'button "A" points to block "gone2"'],
      ['flows[0].blocks[0].messages[1].replies[0].goTo', 'button "B" points to block "gone3"'],
      ['flows[0].blocks[0].messages[2].cards[0].buttons[0].goTo', 'button "C" points to block "gone4"'],
      ['flows[0].blocks[1].prompt[0].buttons[0].goTo', 'button "D" points to block "gone6"'],
      ['flows[0].blocks[1].onFail', '"onFail" points to block "gone5"'],
      ['flows[0].blocks[2].rules[0].goTo', 'rule 1 points to block "gone7"'],
      ['flows[0].blocks[2].else', '"else" points to block "gone8"'],
      ['flows[0].blocks[3].query.back.$block', 'the { "$block": … } value points to block "gone10"'],
      ['flows[0].blocks[3].body.list[0].$block', 'the { "$block": … } value points to block "gone11"'],
      ['flows[0].blocks[3].onError', '"onError" points to block "gone9"'],
      ['flows[0].blocks[4].onError', '"onError" points to block "gone12"'],
    ]);
  });

  it("reports the project's references: start, fallback, intents and tests", () => {
    const p = project({
      blocks: [message('hello')],
      startBlock: 'nope',
      fallbackBlock: 'nada',
      intents: [{ id: 'order', examples: ['pizza'], block: 'zilch' }],
      tests: [{ name: 'greets', startBlock: 'void', steps: [{ expectBlock: 'none' }] }],
    });
    expect(diagnosticsOf(p, 'dangling-reference').map((d) => d.path)).toEqual([
      'startBlock',
      'fallbackBlock',
      'intents[0].block',
      'tests[0].startBlock',
      'tests[0].steps[0].expectBlock',
    ]);
    expect(diagnosticsOf(p, 'dangling-reference')[0]!.message).toBe(
      'the start block "nope" does not exist: pick an existing block or create one with id "nope".',
    );
  });

  it('reports an Error occurred block that does not exist', () => {
    const p = project({ blocks: [message('hello')], errorBlock: 'gone' });
    expect(diagnosticsOf(p, 'dangling-reference').map((d) => [d.path, d.message])).toEqual([
      [
        'errorBlock',
        'the Error occurred block "gone" does not exist: pick an existing block or create one with id "gone".',
      ],
    ]);
  });

  it('reports setNextDialogState with a missing block id in code, with its line', () => {
    const p = project({
      blocks: [
        code('c', {
          code: 'const b = ChatlayerResponseBuilder();\nb.setNextDialogState(\'c\');\nb.setNextDialogState("missing").send();',
        }),
      ],
    });
    expect(diagnosticsOf(p, 'dangling-reference')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[0].code',
        blockId: 'c',
        line: 3,
        message: expect.stringContaining('setNextDialogState("missing") on line 3'),
      },
    ]);
  });

  it('is quiet when every reference resolves', () => {
    const p = project({
      blocks: [
        message('a', { next: 'b', messages: [buttons('x', [jump('X', 'a')])] }),
        goto('b', { rules: [rule(cmp('v', 'exists'), 'a')], else: 'a' }),
      ],
    });
    expect(diagnosticsOf(p, 'dangling-reference')).toEqual([]);
  });
});
