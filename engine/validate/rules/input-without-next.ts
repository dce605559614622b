// An input block without `next` ends the conversation after a valid answer, which is rarely meant.
import type { ValidationRule } from '../validation-context';

export const inputWithoutNext: ValidationRule = (ctx) => {
  for (const site of ctx.sites) {
    const b = site.block;
    if (b.type === 'input' && b.next === undefined)
      ctx.report(
        'input-without-next',
        'warning',
        `input block "${b.id}" stores ${b.variable} but has no next block, so the conversation ends after a valid answer: connect "next".`,
        { site },
      );
  }
};
