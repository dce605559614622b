import { describe, expect, it } from 'vitest';
import { flow, message, project } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

describe('duplicate ids', () => {
  it('reports a block id used twice across flows, at the later one, naming the first', () => {
    const p = project({
      flows: [flow('main', [message('hello', { next: 'x' }), message('x')]), flow('other', [message('x')])],
      startBlock: 'hello',
    });
    expect(diagnosticsOf(p, 'duplicate-block-id')).toEqual([
      {
        severity: 'error',
        path: 'flows[1].blocks[0].id',
        blockId: 'x',
        message: expect.stringContaining('already used in flow "main" (flows[0].blocks[1])'),
      },
    ]);
  });

  it('reports duplicate flow ids', () => {
    const p = project({
      flows: [flow('main', [message('a')]), flow('main', [message('b')])],
      startBlock: 'a',
    });
    expect(diagnosticsOf(p, 'duplicate-flow-id')).toEqual([
      {
        severity: 'error',
        path: 'flows[1].id',
        blockId: undefined,
        message: expect.stringContaining('flows[0]'),
      },
    ]);
  });

  it('is quiet when every id is unique', () => {
    const p = project({ flows: [flow('a', [message('x')]), flow('b', [message('y')])] });
    expect([...diagnosticsOf(p, 'duplicate-block-id'), ...diagnosticsOf(p, 'duplicate-flow-id')]).toEqual([]);
  });
});
