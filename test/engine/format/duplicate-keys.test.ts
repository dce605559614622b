// Duplicate JSON keys in a project file are an error with their location (issue 18), not silently dropped.
import { describe, expect, it } from 'vitest';
import { parseProject, stringifyProject } from '../../../engine/format';
import { findKeyProblem } from '../../../engine/format/duplicate-keys';
import { message, project } from '../../builders';

describe('duplicate JSON keys', () => {
  it('are reported with the path of their object, line and column', () => {
    const text = stringifyProject(project({ blocks: [message('hello'), message('bye')] })).replace(
      '"id": "bye",',
      '"id": "bye",\n        "id": "hello",',
    );
    const r = parseProject(text, 'bot.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"id": "hello",') && !l.includes('bye')) + 1;
    expect(r.errors[0]).toMatchObject({
      code: 'json-duplicate-key',
      path: 'flows[0].blocks[0]',
      line: expect.any(Number),
      message: expect.stringContaining('the key "id" appears twice in flows[0].blocks[0]'),
    });
    expect(r.errors[0]!.line).toBeGreaterThanOrEqual(line - 1);
  });

  it('finds escaped keys and ignores the same key in different objects', () => {
    expect(findKeyProblem('{"a":{"x":1},"b":{"x":2},"c":[{"x":1},{"x":2}]}')).toBeUndefined();
    expect(findKeyProblem('{"a":1,"\\u0061":2}')).toMatchObject({ key: 'a', path: '', line: 1, column: 8 });
    expect(findKeyProblem('{"l":[1,{"k":"v,\\"","k":0}]}')).toMatchObject({ key: 'k', path: 'l[1]' });
  });

  it('refuses a __proto__ key anywhere, which zod would drop without a word', () => {
    const text = stringifyProject(project({ blocks: [message('hello')] })).replace(
      '"id": "hello",',
      '"id": "hello",\n        "translations": { "__proto__": { "text": "x" } },',
    );
    const r = parseProject(text, 'bot.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({
      code: 'json-unsafe-key',
      path: 'flows[0].blocks[0].translations',
      line: expect.any(Number),
      message: expect.stringContaining(
        'the key "__proto__" in flows[0].blocks[0].translations is not allowed',
      ),
    });
    expect(findKeyProblem('{"a":[{"\\u005f_proto__":1}]}')).toMatchObject({
      kind: 'prototype',
      path: 'a[0]',
    });
    expect(findKeyProblem('{"constructor":1,"prototype":2}')).toBeUndefined();
  });

  it('accepts every valid project as before', () => {
    const text = stringifyProject(project({ blocks: [message('hello')] }));
    expect(parseProject(text).ok).toBe(true);
  });
});
