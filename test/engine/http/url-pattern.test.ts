import { describe, expect, it } from 'vitest';
import { compileUrlPattern } from '../../../engine/http';

describe('mock URL patterns', () => {
  it('treats regex characters in the pattern literally', () => {
    const p = compileUrlPattern('https://x.test/a+b/(c).json');
    expect(p.matches('https://x.test/a+b/(c).json')).toBe(true);
    expect(p.matches('https://x.test/aab/(c)xjson')).toBe(false);
  });

  it('matches a query value with * and decodes encoded parameters', () => {
    const p = compileUrlPattern('https://x.test/s?q=large*');
    expect(p.matches('https://x.test/s?q=large%20pizza')).toBe(true);
    expect(p.matches('https://x.test/s?q=small+pizza')).toBe(false);
    expect(p.matches('https://x.test/s')).toBe(false);
  });
});
