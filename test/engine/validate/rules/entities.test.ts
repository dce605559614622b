// Entity mistakes are validation errors with their location (docs/file-format.md#entities).
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../../engine/validate';
import { project, text } from '../../runtime/fixtures';

const asking = (entity: string, entities: unknown[] = []) =>
  project(
    [{ id: 'ask', type: 'input', variable: 'x', prompt: [text('?')], validate: { kind: 'entity', entity } }],
    {
      entities,
    } as never,
  );
const codes = (p: ReturnType<typeof project>) =>
  validateProject(p).map((d) => ({ code: d.code, severity: d.severity, path: d.location.path }));

describe('entity validation', () => {
  it('reports an invalid or unsafe regex entity at its pattern', () => {
    const p = asking('sys.number', [
      { name: 'bad', kind: 'regex', pattern: '(' },
      { name: 'slow', kind: 'regex', pattern: '(a+)+$' },
    ]);
    expect(codes(p).filter((d) => d.code === 'invalid-regex')).toEqual([
      { code: 'invalid-regex', severity: 'error', path: 'entities[0].pattern' },
      { code: 'invalid-regex', severity: 'error', path: 'entities[1].pattern' },
    ]);
  });

  it('reports an unknown system entity and an unknown custom entity at the input block', () => {
    expect(codes(asking('sys.colour'))).toContainEqual({
      code: 'unknown-system-entity',
      severity: 'error',
      path: 'flows[0].blocks[0].validate.entity',
    });
    expect(codes(asking('city'))).toContainEqual({
      code: 'unknown-entity',
      severity: 'error',
      path: 'flows[0].blocks[0].validate.entity',
    });
    const fine = asking('city', [{ name: 'city', kind: 'match', values: [{ value: 'Paris' }] }]);
    expect(codes(fine).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports a duplicate entity name', () => {
    const e = { name: 'city', kind: 'match', values: [{ value: 'Paris' }] };
    expect(codes(asking('city', [e, e]))).toContainEqual({
      code: 'duplicate-entity',
      severity: 'error',
      path: 'entities[1].name',
    });
  });

  it('refuses reserved entity names when the project is parsed', () => {
    expect(() => asking('sys', [{ name: 'sys', kind: 'match', values: [{ value: 'a' }] }])).toThrow(
      /reserved/,
    );
  });
});
