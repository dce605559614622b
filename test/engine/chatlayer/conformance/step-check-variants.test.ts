import { describe, expect, it } from 'vitest';
import { meets, sameMessage, type LocalMessage } from '../../../../engine/chatlayer/conformance/step-check';

const text = (t: string) => ({ kind: 'text' as const, text: t });
// The local simulation sent "Hi!"; the message's variants are Hello!, Hi!, Hey!.
const local: LocalMessage = { message: text('Hi!'), variants: ['Hello!', 'Hi!', 'Hey!'] };

describe('live conformance and message variants', () => {
  it('a live text that is another variant of the local message is the same message', () => {
    expect(sameMessage('Hey!', local)).toBe(true);
    expect(sameMessage('Hi!', local)).toBe(true);
    expect(sameMessage('Bye!', local)).toBe(false);
    expect(sameMessage('Hey!', { message: text('Hi!') })).toBe(false);
  });

  it('a bot step met locally is met by any variant the live bot picked', () => {
    expect(meets({ bot: 'Hi!' }, text('Hey!'), local)).toBe(true);
    expect(meets({ botContains: 'hi' }, text('Hello!'), local)).toBe(true);
    expect(meets({ bot: 'Hi!' }, text('Bye!'), local)).toBe(false);
    expect(meets({ bot: 'Hi!' }, text('Hey!'))).toBe(false);
  });

  it('botOneOf is met by any of its texts', () => {
    expect(meets({ botOneOf: ['Hello!', 'Hey!'] }, text('Hey!'))).toBe(true);
    expect(meets({ botOneOf: ['Hello!'] }, text('Hey!'))).toBe(false);
  });
});
