import { describe, expect, it } from 'vitest';
import {
  primaryLanguageProblem,
  secondaryLanguageProblem,
} from '../../../renderer/translations/language-tags';

describe('language tags in the settings', () => {
  it('accepts a new BCP 47 tag as a secondary language', () => {
    expect(secondaryLanguageProblem('nl-BE', 'en', ['fr'])).toBeUndefined();
  });
  it('refuses an empty, malformed, primary or repeated tag with a message saying how to fix it', () => {
    expect(secondaryLanguageProblem(' ', 'en', [])).toMatch(/Type a language tag/);
    expect(secondaryLanguageProblem('nl_BE', 'en', [])).toMatch(/not a BCP 47 language tag.*hyphen/);
    expect(secondaryLanguageProblem('__proto__', 'en', [])).toMatch(/not a BCP 47/);
    expect(secondaryLanguageProblem('EN', 'en', [])).toMatch(/primary language already/);
    expect(secondaryLanguageProblem('fr', 'en', ['fr'])).toMatch(/secondary language already/);
  });
  it('refuses a secondary language as the primary one', () => {
    expect(primaryLanguageProblem('fr', ['fr'])).toMatch(/remove it from the secondary languages first/);
    expect(primaryLanguageProblem('nl', ['fr'])).toBeUndefined();
  });
});
