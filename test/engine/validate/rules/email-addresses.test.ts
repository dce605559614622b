import { describe, expect, it } from 'vitest';
import { message, project } from '../../../builders';
import { BLOCK_BUILDERS } from '../../../builders/kinds';
import { invalidEmailAddress } from '../../../../engine/model';
import { diagnosticsOf } from '../diagnostics-of';

const withMail = (to: string) =>
  project({ blocks: [BLOCK_BUILDERS.email.build('mail', { to, next: 'bye' }), message('bye')] });

describe('Send e-mail addresses', () => {
  it('is an error for an address written out that is not one, naming it', () => {
    expect(diagnosticsOf(withMail('sales@example.com, sales at example'), 'email-invalid-address')).toEqual([
      {
        severity: 'error',
        path: 'flows[0].blocks[0].to',
        blockId: 'mail',
        message:
          'e-mail block "mail" sends to "sales at example", which is not an e-mail address: write it as name@example.com, separated by commas.',
      },
    ]);
  });

  it('is an error for a block without recipients', () => {
    expect(diagnosticsOf(withMail(' , '), 'email-no-recipient')).toHaveLength(1);
  });

  it('leaves templated addresses to the run, and accepts valid lists', () => {
    expect(diagnosticsOf(withMail('{user.email}; team@example.co.uk'), 'email-invalid-address')).toEqual([]);
    expect(diagnosticsOf(withMail('{user.email}'), 'email-no-recipient')).toEqual([]);
  });

  it('checks each literal address', () => {
    expect(invalidEmailAddress('a@b.be, c@d')).toBe('c@d');
    expect(invalidEmailAddress('a@b.be;x.y@z.org')).toBeUndefined();
  });
});
