// API and code blocks without an error route (issue 19 point 10): Problems says where their failures go,
// naming the block and the target: the Error occurred block (info), else the Not understood fallback
// (info), else nowhere: the conversation ends (warning). A block with its own onError says nothing.
import { describe, expect, it } from 'vitest';
import { api, code, message, project } from '../../../builders';
import { diagnosticsOf } from '../diagnostics-of';

const blocks = () => [
  message('hello', { next: 'stock' }),
  api('stock', { name: 'Check stock', next: 'calc' }),
  code('calc', { code: 'const a = 1;', next: 'oops' }),
  api('guarded', { onError: 'oops' }),
  message('oops', { name: 'Something went wrong' }),
  message('sorry', { name: 'Not understood' }),
];

describe('failure routes', () => {
  it('says that a failure goes to the Error occurred block, naming both blocks', () => {
    const p = project({ blocks: blocks(), errorBlock: 'oops', fallbackBlock: 'sorry' });
    expect(diagnosticsOf(p, 'failure-to-default')).toEqual([
      {
        severity: 'info',
        path: 'flows[0].blocks[1]',
        blockId: 'stock',
        message:
          'API block "Check stock" (stock) has no error route: when it fails, the conversation goes to the Error occurred block "Something went wrong" (oops). Set its "On error" block to handle the failure here.',
      },
      {
        severity: 'info',
        path: 'flows[0].blocks[2]',
        blockId: 'calc',
        message: expect.stringMatching(
          /^code block "calc" has no error route: .* Error occurred block "Something went wrong" \(oops\)/,
        ),
      },
    ]);
  });

  it('falls back to the Not understood block when there is no Error occurred block (or it does not exist)', () => {
    for (const errorBlock of [undefined, 'gone']) {
      const p = project({ blocks: blocks(), fallbackBlock: 'sorry', ...(errorBlock ? { errorBlock } : {}) });
      const found = diagnosticsOf(p, 'failure-to-default');
      expect(found.map((d) => [d.blockId, d.severity])).toEqual([
        ['stock', 'info'],
        ['calc', 'info'],
      ]);
      expect(found[0]!.message).toContain(
        'the conversation goes to the Not understood (fallback) block "Not understood" (sorry), as the project has no Error occurred block',
      );
    }
  });

  it('warns when nothing catches a failure: the conversation ends', () => {
    const found = diagnosticsOf(project({ blocks: blocks() }), 'failure-to-default');
    expect(found.map((d) => [d.blockId, d.severity])).toEqual([
      ['stock', 'warning'],
      ['calc', 'warning'],
    ]);
    expect(found[1]!.message).toBe(
      'code block "calc" has no error route, and the project has no Error occurred or Not understood block: when it fails, the conversation ends. Set its "On error" block, or choose an Error occurred block in Settings.',
    );
  });
});
