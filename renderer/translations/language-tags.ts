// Checking a language tag typed in the settings before it reaches updateSettings: a clear message saying what is
// wrong and how to fix it, or undefined when the tag can be added.
import { LANGUAGE_TAG_PATTERN } from '../../engine/model';

const norm = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/** Why `tag` cannot be added as a secondary language of a project with these languages, or undefined. */
export function secondaryLanguageProblem(
  tag: string,
  primary: string,
  secondary: readonly string[],
): string | undefined {
  const t = tag.trim();
  if (t === '') return 'Type a language tag such as nl or fr-BE.';
  if (!LANGUAGE_TAG_PATTERN.test(t))
    return `"${t}" is not a BCP 47 language tag: use a 2–3 letter language, optionally a region, such as nl or nl-BE (a hyphen, not an underscore).`;
  if (norm(t) === norm(primary)) return `"${t}" is the primary language already.`;
  if (secondary.some((l) => norm(l) === norm(t))) return `"${t}" is a secondary language already.`;
  return undefined;
}

/** Why `tag` cannot be the primary language, or undefined. */
export function primaryLanguageProblem(tag: string, secondary: readonly string[]): string | undefined {
  const t = tag.trim();
  if (!LANGUAGE_TAG_PATTERN.test(t))
    return `"${t}" is not a BCP 47 language tag: use a 2–3 letter language, optionally a region, such as en or en-GB.`;
  if (secondary.some((l) => norm(l) === norm(t)))
    return `"${t}" is a secondary language: remove it from the secondary languages first.`;
  return undefined;
}
