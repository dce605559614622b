// The secrets part of the host contract: names and where they are kept, never values on the way out.
// A name is `chatlayer.token` or `api.NAME` for the `{secrets.NAME}` templates of API blocks.
import { z } from 'zod';

export const CHATLAYER_TOKEN_SECRET = 'chatlayer.token';

export const SecretName = z
  .string()
  .regex(
    /^(chatlayer\.token|api\.[A-Za-z_][A-Za-z0-9_]{0,63})$/,
    'a secret name is chatlayer.token or api.NAME, NAME being letters, digits and _ as in {secrets.NAME}',
  );
export type SecretName = z.infer<typeof SecretName>;

/** A value to store: one line or several, never empty, at most 8,000 characters (the keychain tools' limit). */
export const SecretValue = z
  .string()
  .min(1, 'give the secret a value')
  .max(8000, 'a secret may hold at most 8,000 characters')
  .refine((v) => !v.includes('\0'), 'a secret cannot contain a NUL character');

/** Where secrets are kept: the backend, whether it encrypts, and a warning sentence when it does not. */
export const SecretStorage = z.object({
  backend: z.enum(['safe-storage', 'secret-service', 'macos-keychain', 'plain-file']),
  /** For people: "the macOS keychain", "an encrypted vault (Electron safeStorage, gnome-libsecret)". */
  label: z.string(),
  encrypted: z.boolean(),
  /** The file that holds the secrets, for the file-based backends. */
  location: z.string().nullable(),
  warning: z.string().nullable(),
});
export type SecretStorage = z.infer<typeof SecretStorage>;

export const SecretsStatus = z.object({ names: z.array(SecretName), storage: SecretStorage });
export type SecretsStatus = z.infer<typeof SecretsStatus>;

export const secretMethods = {
  'secrets.status': { input: z.object({}).strict(), output: SecretsStatus },
  'secrets.set': {
    input: z.object({ name: SecretName, value: SecretValue }).strict(),
    output: z.object({ name: SecretName, storage: SecretStorage }),
  },
  'secrets.delete': {
    input: z.object({ name: SecretName }).strict(),
    output: z.object({ name: SecretName, deleted: z.boolean() }),
  },
} as const;
