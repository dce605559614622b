import { describe, expect, it } from 'vitest';
import { withTranslation, type Message, type MessageBlock } from '../../../engine/model';
import { blockDisplay } from '../../../renderer/canvas/block-display';
import { localizedBlock, localizedFlow, MISSING_MARK } from '../../../renderer/translations/localize-view';
import { flow, message } from '../../builders';

const hello = withTranslation(
  { kind: 'text', text: 'Hello', variants: ['Hi'] } as Message,
  'text',
  'nl',
  'Hallo',
);
const block = message('hi', {
  messages: [hello, { kind: 'buttons', text: 'Size?', buttons: [{ title: 'Big', goTo: 'hi' }] }],
}) as MessageBlock;

describe('the canvas in a view language', () => {
  it('shows translated texts, and marks a missing one with its primary text', () => {
    const nl = localizedBlock(block, 'nl', 'en') as MessageBlock;
    expect(blockDisplay(nl).lines).toEqual(['Hallo', `${MISSING_MARK}Size?`]);
    expect(nl.id).toBe('hi');
    expect(nl.messages[1]).toMatchObject({ buttons: [{ title: `${MISSING_MARK}Big`, goTo: 'hi' }] });
  });

  it('is the block itself in the primary language, and the same object for the same block and language', () => {
    expect(localizedBlock(block, 'en', 'en')).toBe(block);
    expect(localizedBlock(block, 'fr', 'en')).toBe(localizedBlock(block, 'fr', 'en'));
    const f = flow('main', [block]);
    expect(localizedFlow(f, 'nl', 'en')).toBe(localizedFlow(f, 'nl', 'en'));
    expect(localizedFlow(f, 'nl', 'en').blocks[0]).toBe(localizedBlock(block, 'nl', 'en'));
  });
});
