// Conversation test steps as the Tests tab shows and edits them: sentences, values, the schema's refusals,
// free names and renames.
import { describe, expect, it } from 'vitest';
import type { ConversationTest } from '../../../engine/model';
import {
  freeTestName,
  newStep,
  parseStep,
  renameCheck,
  STEP_KINDS,
  stepSentence,
  stepValue,
  type StepKind,
} from '../../../renderer/simulator/test-steps';

const tests = (...names: string[]): ConversationTest[] => names.map((name) => ({ name, steps: [] }));

describe('test steps in the Tests tab', () => {
  it('reads a step as a sentence, text kinds as text and the others as JSON', () => {
    expect(stepSentence({ user: 'hi' })).toBe('User says: hi');
    expect(stepSentence({ expectEnd: true })).toBe('Conversation ends');
    expect(stepValue({ expectVars: { size: 'large' } })).toBe('{"size":"large"}');
    expect(stepValue({ botOneOf: ['a', 'b'] })).toBe('["a","b"]');
  });

  it('starts every kind from a step the file accepts', () => {
    for (const kind of Object.keys(STEP_KINDS) as StepKind[]) {
      const step = newStep(kind);
      expect(parseStep(kind, stepValue(step))).toEqual({ ok: true, step });
    }
  });

  it('refuses what the file would refuse, saying why', () => {
    expect(parseStep('botOneOf', 'not json')).toMatchObject({
      ok: false,
      error: expect.stringContaining('JSON'),
    });
    expect(parseStep('botOneOf', '[]')).toMatchObject({
      ok: false,
      error: expect.stringContaining('at least one text'),
    });
    expect(parseStep('click', '')).toMatchObject({ ok: false });
    expect(parseStep('user', 'I want a pizza')).toEqual({ ok: true, step: { user: 'I want a pizza' } });
  });

  it('offers a free name for a taken one and refuses a rename onto another test', () => {
    expect(freeTestName(tests('a'), 'b')).toBe('b');
    expect(freeTestName(tests('a', 'a (2)'), 'a')).toBe('a (3)');
    expect(renameCheck(tests('a', 'b'), 0, ' b ')).toContain('Another test is called "b"');
    expect(renameCheck(tests('a', 'b'), 0, '  ')).toBe('A test needs a name.');
    expect(renameCheck(tests('a', 'b'), 0, 'a')).toBeUndefined();
  });
});
