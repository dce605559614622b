// The input block kind's entry in the test table (../kinds.ts): builder, arbitrary and generators.
import fc from 'fast-check';
import type { BlockOf, InputValidation } from '../../../engine/model';
import { blockBase, id, message, path, text } from '../arbitrary-parts';
import { text as textMessage } from '../messages';
import { type KindBuilders } from '../kind-contract';

export const inputBuilders: KindBuilders<'input'> = {
  build: (id, overrides = {}) => ({
    id,
    type: 'input',
    prompt: [textMessage(`What is your ${id}?`)],
    variable: `answers.${id}`,
    validate: { kind: 'any' },
    ...overrides,
  }),
  arbitrary: fc.record(
    {
      ...blockBase,
      type: fc.constant('input' as const),
      prompt: fc.array(message, { maxLength: 2 }),
      variable: path,
      validate: fc.oneof(
        fc.constant({ kind: 'any' as const }),
        fc.record(
          { kind: fc.constant('number' as const), min: fc.integer(), max: fc.integer() },
          { requiredKeys: ['kind'] },
        ),
        fc.record(
          {
            kind: fc.constant('regex' as const),
            pattern: fc.constantFrom('^a$', '\\d+'),
            flags: fc.constantFrom('i', 'iu'),
          },
          { requiredKeys: ['kind', 'pattern'] },
        ),
        fc.record({
          kind: fc.constant('choice' as const),
          choices: fc.array(
            text.filter((t) => t.length > 0),
            { minLength: 1, maxLength: 3 },
          ),
        }),
      ),
      invalidMessage: text,
      maxAttempts: fc.integer({ min: 1, max: 100 }),
      onFail: id,
      askAlways: fc.boolean(),
      disableNlp: fc.boolean(),
      next: id,
    },
    { requiredKeys: ['type', 'prompt', 'variable', 'validate'] },
  ),
  share: 0.2,
  generate: (g) => {
    const variable = `f${g.flow}.answer_${g.index}`;
    const validations: InputValidation[] = [
      { kind: 'any' },
      { kind: 'email' },
      { kind: 'phone' },
      { kind: 'date' },
      { kind: 'number', min: 0, max: 100 },
      { kind: 'regex', pattern: '^[A-Z]{2}\\d{4}$', flags: 'i' },
      { kind: 'choice', choices: ['small', 'medium', 'large'] },
    ];
    const block: BlockOf<'input'> = {
      ...g.base,
      type: 'input',
      prompt: [{ kind: 'text', text: `Please answer, ${g.use()}.` }],
      variable,
      validate: g.pick(validations),
      invalidMessage: 'Sorry, try again.',
    };
    if (g.rnd() < 0.5) Object.assign(block, { maxAttempts: 1 + g.int(4), onFail: g.anyBlock() });
    g.variables.push({ name: variable, ...(g.rnd() < 0.05 ? { sensitive: true } : {}) });
    g.known.push(variable);
    return g.following ? { ...block, next: g.following } : block;
  },
};
