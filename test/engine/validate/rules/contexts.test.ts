import { describe, expect, it } from 'vitest';
import { message, project } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

describe('contexts', () => {
  const bot = () =>
    project({
      blocks: [
        message('ask', {
          contexts: {
            output: [
              { name: 'confirm', lifespan: 0 },
              { name: '', lifespan: -2 },
            ],
          },
        }),
        message('yes', { intent: 'yes', contexts: { input: ['confirm', '', 'nowhere'] } }),
        message('other', { intent: 'missing' }),
      ],
      intents: [{ id: 'yes', examples: ['yes'] }],
    });

  it('reports a lifespan of zero or below and a context without a name, where they are', () => {
    expect(diagnosticsOf(bot(), 'invalid-context')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[0].contexts.output[0].lifespan',
        blockId: 'ask',
        message: expect.stringContaining(
          'context "confirm" with a lifespan of 0: a lifespan counts user turns and must be at least 1',
        ),
      },
      {
        severity: 'error',
        path: 'flows[0].blocks[0].contexts.output[1].name',
        blockId: 'ask',
        message: expect.stringContaining('sets a context without a name'),
      },
      {
        severity: 'error',
        path: 'flows[0].blocks[0].contexts.output[1].lifespan',
        blockId: 'ask',
        message: expect.stringContaining('lifespan of -2'),
      },
      {
        severity: 'error',
        path: 'flows[0].blocks[1].contexts.input[1]',
        blockId: 'yes',
        message: expect.stringContaining('requires a context without a name'),
      },
    ]);
  });

  it('warns about an input context no block sets', () => {
    expect(diagnosticsOf(bot(), 'context-never-set')).toEqual([
      {
        severity: 'warning',
        path: 'flows[0].blocks[1].contexts.input[2]',
        blockId: 'yes',
        message: expect.stringContaining('requires context "nowhere", which no block sets'),
      },
    ]);
  });

  it('reports a block linked to an intent the project does not have', () => {
    expect(diagnosticsOf(bot(), 'unknown-intent')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[2].intent',
        blockId: 'other',
        message: expect.stringContaining('linked to intent "missing"'),
      },
    ]);
  });

  it('a block linked to an intent is reachable, and the intent is not "without block"', () => {
    const p = bot();
    expect(diagnosticsOf(p, 'unreachable-block').map((d) => d.blockId)).not.toContain('yes');
    expect(diagnosticsOf(p, 'intent-without-block')).toEqual([]);
  });
});
