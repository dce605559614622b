// A Send e-mail block needs at least one recipient, and each address written out (not a template) must
// look like one (docs/file-format.md#send-e-mail-block); templated ones are checked when the block runs.
import { emailAddresses, invalidEmailAddress } from '../../model';
import type { ValidationRule } from '../validation-context';

export const emailAddressRule: ValidationRule = (ctx) => {
  for (const site of ctx.sites) {
    const b = site.block;
    if (b.type !== 'email') continue;
    if (emailAddresses(b.to).length === 0)
      ctx.report(
        'email-no-recipient',
        'error',
        `e-mail block "${b.id}" has no recipient: write an address or a template such as {user.email} in "to".`,
        { site, path: ['to'] },
      );
    const bad = invalidEmailAddress(b.to);
    if (bad !== undefined)
      ctx.report(
        'email-invalid-address',
        'error',
        `e-mail block "${b.id}" sends to "${bad}", which is not an e-mail address: write it as name@example.com, separated by commas.`,
        { site, path: ['to'] },
      );
  }
};
