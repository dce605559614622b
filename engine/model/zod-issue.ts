// A zod issue in words, the one way the engine, the host contract and the CLI say where a value is
// wrong: `flows[0].blocks[2].next: Invalid input` (the JSON path as formatJsonPath writes it).
import { formatJsonPath } from '../format/json-path';

/** What this module reads of a zod issue (a zod v4 `$ZodIssue` fits). */
export interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Where the issue is, as a JSON path (`flows[0].blocks[2].next`); `root` when it is the value itself. */
export function zodIssuePath(issue: ZodIssueLike, root = ''): string {
  return formatJsonPath(issue.path) || root;
}

/** The tail of a sentence about the issue: ` at flows[0].next: Invalid input`, or `: …` at the root. */
export function zodIssueText(issue: ZodIssueLike): string {
  const where = zodIssuePath(issue);
  return `${where ? ` at ${where}` : ''}: ${issue.message}`;
}
