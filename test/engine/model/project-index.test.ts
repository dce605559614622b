import { describe, expect, it } from 'vitest';
import { blockReferences, indexBlocks } from '../../../engine/model';
import {
  api,
  buttons,
  carousel,
  cmp,
  code,
  flow,
  goto,
  input,
  jump,
  link,
  message,
  project,
  quickReplies,
  rule,
} from '../../builders';

describe('blockReferences', () => {
  it('lists every block a block points to, with its path and handle kind, next first', () => {
    const m = message('m', {
      next: 'n',
      messages: [
        buttons('B', [jump('One', 'b1'), link('Docs', 'https://x')]),
        quickReplies('Q', [jump('Two', 'q1')]),
        carousel([{ title: 'C', buttons: [jump('Three', 'c1')] }]),
      ],
    });
    expect(blockReferences(m)).toEqual([
      { kind: 'next', path: ['next'], target: 'n' },
      { kind: 'button', path: ['messages', 0, 'buttons', 0, 'goTo'], target: 'b1', label: 'One' },
      { kind: 'button', path: ['messages', 1, 'replies', 0, 'goTo'], target: 'q1', label: 'Two' },
      {
        kind: 'button',
        path: ['messages', 2, 'cards', 0, 'buttons', 0, 'goTo'],
        target: 'c1',
        label: 'Three',
      },
    ]);
    expect(blockReferences(input('i', { onFail: 'f', next: 'n' })).map((r) => r.kind)).toEqual([
      'next',
      'onFail',
    ]);
    expect(
      blockReferences(goto('g', { rules: [rule(cmp('a', 'exists'), 'r')], else: 'e' })).map((r) => [
        r.kind,
        r.target,
      ]),
    ).toEqual([
      ['rule', 'r'],
      ['else', 'e'],
    ]);
    expect(
      blockReferences(
        api('a', {
          query: { x: { $block: 'q' } },
          body: [{ $block: 'b' }, { $block: 'no', other: 1 }],
          onError: 'err',
        }),
      ).map((r) => [r.kind, r.path.join('.'), r.target]),
    ).toEqual([
      ['blockValue', 'query.x.$block', 'q'],
      ['blockValue', 'body.0.$block', 'b'],
      ['onError', 'onError', 'err'],
    ]);
    expect(blockReferences(code('c'))).toEqual([]);
  });
});

describe('indexBlocks', () => {
  it('finds blocks across flows by id; the first of duplicates wins', () => {
    const p = project({
      flows: [flow('a', [message('x'), message('y')]), flow('b', [message('x', { text: 'second' })])],
    });
    const index = indexBlocks(p);
    expect(index.get('y')).toMatchObject({ flowIndex: 0, blockIndex: 1 });
    expect(index.get('x')).toMatchObject({ flowIndex: 0, blockIndex: 0 });
    expect(index.size).toBe(2);
  });
});
