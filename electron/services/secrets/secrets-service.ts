// secrets.* host methods: list names and where they are kept, store and remove values. No method ever
// answers with a value; a failure that did not come from a backend is reported without its details.
import { HostError, type Services } from '../../api';
import type { SecretStore } from './secret-store';

type SecretsMethods = Pick<Services, 'secrets.status' | 'secrets.set' | 'secrets.delete'>;

/** A store given as a function is opened at the first secrets call, so a keychain probe never delays (or fails) start-up. */
export function createSecretsService(source: SecretStore | (() => SecretStore)): SecretsMethods {
  let opened: SecretStore | undefined = typeof source === 'function' ? undefined : source;
  const store = () => (opened ??= (source as () => SecretStore)());
  const guarded = <T>(what: string, value: string | undefined, work: () => T): T => {
    try {
      return work();
    } catch (e) {
      if (e instanceof HostError) throw e;
      const message = e instanceof Error ? e.message : String(e);
      throw new HostError(
        'secrets-failed',
        `Could not ${what}: ${value ? message.split(value).join('«secret»') : message}`,
      );
    }
  };
  return {
    'secrets.status': () =>
      guarded('list the secrets', undefined, () => ({ names: store().list(), storage: store().describe() })),
    'secrets.set': ({ name, value }) =>
      guarded(`store ${name}`, value, () => {
        store().set(name, value);
        return { name, storage: store().describe() };
      }),
    'secrets.delete': ({ name }) =>
      guarded(`remove ${name}`, undefined, () => ({ name, deleted: store().delete(name) })),
  };
}
