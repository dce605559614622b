import { describe, expect, it } from 'vitest';
import { hasErrors, validateProject } from '../../../engine/validate';
import { code, generateProject, goto, input, message, project } from '../../builders';

describe('validateProject', () => {
  it('finds nothing to report in a generated 3,000-block project (no false alarms)', () => {
    expect(validateProject(generateProject({ blocks: 3000, seed: 11 }))).toEqual([]);
  });

  it('lists errors first, then warnings, then infos, each with its flow and block', () => {
    const p = project({ blocks: [input('ask'), goto('route'), message('island')], startBlock: 'ask' });
    const d = validateProject(p);
    expect(d.map((x) => x.severity)).toEqual(
      [...d.map((x) => x.severity)].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(d[0]).toMatchObject({
      code: 'goto-without-else',
      location: { flowId: 'main', blockId: 'route', path: 'flows[0].blocks[1]' },
    });
    expect(d.map((x) => x.code)).toEqual(expect.arrayContaining(['unreachable-block', 'input-without-next']));
    expect(hasErrors(d)).toBe(true);
    expect(hasErrors(validateProject(project()))).toBe(false);
  });

  it('orders diagnostics of the same severity by where they are: settings, blocks in document order, then intents and tests', () => {
    const p = project({
      blocks: [code('calc', { code: 'const = 1', next: 'hello' }), message('hello', { next: 'gone' })],
      fallbackBlock: 'nowhere',
      intents: [{ id: 'x', examples: ['y'], block: 'void' }],
    });
    expect(
      validateProject(p)
        .filter((d) => d.severity === 'error')
        .map((d) => d.location.path),
    ).toEqual(['fallbackBlock', 'flows[0].blocks[0].code', 'flows[0].blocks[1].next', 'intents[0].block']);
  });
});
