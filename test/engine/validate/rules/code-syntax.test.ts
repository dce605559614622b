import { describe, expect, it } from 'vitest';
import { code, message, project } from '../../../builders';
import { codeSyntaxError } from '../../../../engine/validate';
import { diagnosticsOf } from '../diagnostics-of';

describe('code syntax', () => {
  it('reports a syntax error with its line and column', () => {
    const p = project({
      blocks: [code('calc', { code: 'const a = 1;\nconst b = ;\n', next: 'm' }), message('m')],
    });
    expect(diagnosticsOf(p, 'code-syntax-error')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[0].code',
        blockId: 'calc',
        line: 2,
        message: 'syntax error on line 2, column 11 of the code: Unexpected token.',
      },
    ]);
  });

  it('accepts what Chatlayer code actions use: top-level await, modern syntax, return', () => {
    expect(
      codeSyntaxError(
        'await new Promise((r) => _.delay(r, 2000));\nconst { a = 1, ...rest } = args ?? {};\nif (a > 1) return;\nChatlayerResponseBuilder().send();',
      ),
    ).toBeUndefined();
    expect(codeSyntaxError('const x = `a ${args.b}`;')).toBeUndefined();
    expect(codeSyntaxError('function (')).toMatchObject({ line: 1 });
  });
});
