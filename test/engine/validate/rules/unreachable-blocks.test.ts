import { describe, expect, it } from 'vitest';
import { api, buttons, code, flow, jump, message, project } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';
import { buildersOf } from '../../../builders/kinds';

const ids = (p: Parameters<typeof diagnosticsOf>[0]) =>
  diagnosticsOf(p, 'unreachable-block').map((d) => d.blockId);

describe('unreachable blocks', () => {
  it('warns about blocks nothing leads to, and about the blocks only they lead to', () => {
    const p = project({
      blocks: [message('start'), message('island', { next: 'beyond' }), message('beyond')],
    });
    expect(diagnosticsOf(p, 'unreachable-block')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'flows[0].blocks[1]',
        blockId: 'island',
        message: expect.stringContaining('can never be reached'),
      }),
      expect.objectContaining({ blockId: 'beyond' }),
    ]);
  });

  it('counts event blocks (entered when their variable changes) and their chains as reachable', () => {
    const p = project({
      blocks: [
        message('start'),
        buildersOf('onVariableChange').build('on_status', { variable: 'status', next: 'report' }),
        message('report'),
      ],
    });
    expect(ids(p)).toEqual([]);
  });

  it('counts the Error occurred block and what it leads to as reachable', () => {
    const p = project({
      blocks: [message('start'), message('error_occurred', { next: 'after_error' }), message('after_error')],
      errorBlock: 'error_occurred',
    });
    expect(ids(p)).toEqual([]);
  });

  it('counts the start and fallback blocks, intents, tests and every kind of jump, across flows', () => {
    const p = project({
      flows: [
        flow('main', [
          message('start', { messages: [buttons('Go', [jump('Other', 'viaButton')])] }),
          message('viaButton', { next: 'other1' }),
        ]),
        flow('other', [
          api('other1', {
            query: { back: { $block: 'viaBlockValue' } },
            onError: 'viaOnError',
            next: 'viaCode',
          }),
          message('viaBlockValue'),
          message('viaOnError'),
          code('viaCode', { code: "ChatlayerResponseBuilder().setNextDialogState('fromCode').send();" }),
          message('fromCode'),
          message('fallback'),
          message('byIntent'),
          message('byTest'),
        ]),
      ],
      startBlock: 'start',
      fallbackBlock: 'fallback',
      intents: [{ id: 'i', examples: ['x'], block: 'byIntent' }],
      tests: [{ name: 't', startBlock: 'byTest', steps: [] }],
    });
    expect(ids(p)).toEqual([]);
  });
});
