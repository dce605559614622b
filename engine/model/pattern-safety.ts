// Limits on `matches` patterns (docs/file-format.md#conditions). JavaScript regular expressions backtrack, and the engine
// has no timeout for them, so patterns that can take exponential time are refused before they run: longer than
// MAX_PATTERN_LENGTH, or a repeated group that itself repeats (`(a+)+`, `(\w*)*`, `(x{2,})+`), the usual cause.
import { MAX_PATTERN_LENGTH } from './condition';

const QUANTIFIER = /^(?:[*+]|\{\d+,\d*\})/;

/** Why `pattern` is refused or invalid (with the character position when there is one), or undefined. */
export function patternProblem(pattern: string, flags = ''): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return `the pattern has ${pattern.length} characters; at most ${MAX_PATTERN_LENGTH} are allowed`;
  try {
    new RegExp(pattern, flags);
  } catch (e) {
    return (e as Error).message.replace(/^Invalid regular expression: /, '');
  }
  // Each open group: where it starts and whether a quantifier repeats something inside it.
  const groups: { at: number; repeats: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push({ at: i, repeats: false });
    else if (ch === ')') {
      const group = groups.pop();
      const repeated = QUANTIFIER.test(pattern.slice(i + 1));
      if (group?.repeats && repeated)
        return `the group at position ${group.at + 1} repeats something that repeats itself, which can take exponential time: rewrite it without nested repetition`;
      if (group && (group.repeats || repeated) && groups.length) groups[groups.length - 1]!.repeats = true;
    } else if (QUANTIFIER.test(pattern.slice(i)) && groups.length) groups[groups.length - 1]!.repeats = true;
  }
  return undefined;
}
