import { describe, expect, it } from 'vitest';
import { input, message, project } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

describe('intents and inputs', () => {
  it('warns about an intent that points nowhere', () => {
    const p = project({
      blocks: [message('hi')],
      intents: [
        { id: 'order', examples: ['pizza'] },
        { id: 'ok', examples: ['x'], block: 'hi' },
      ],
    });
    expect(diagnosticsOf(p, 'intent-without-block')).toEqual([
      {
        severity: 'warning',
        path: 'intents[0]',
        blockId: undefined,
        message: expect.stringContaining('intent "order" has no block'),
      },
    ]);
  });

  it('warns about an input block without next', () => {
    const p = project({
      blocks: [input('email', { variable: 'user.email' }), input('name', { next: 'email' })],
      startBlock: 'name',
    });
    expect(diagnosticsOf(p, 'input-without-next')).toEqual([
      {
        severity: 'warning',
        path: 'flows[0].blocks[0]',
        blockId: 'email',
        message: expect.stringContaining('stores user.email but has no next block'),
      },
    ]);
  });
});
