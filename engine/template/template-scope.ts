// What a template can see: the session (with the runtime's read-only `internal`), the built-in
// variables, secrets through an injected resolver, and where warnings go.
import type { Json } from '../model';

/** Built-ins of docs/file-format.md#templates that live outside the session. */
export const BUILTIN_VARIABLES = ['lastUserMessage', 'lastError', 'language', 'conversationId'] as const;
export type BuiltinVariable = (typeof BUILTIN_VARIABLES)[number];

export type TemplateWarningCode =
  | 'template-missing-value'
  | 'template-missing-secret'
  | 'template-unknown-filter'
  | 'template-filter-failed'
  | 'template-expression-invalid'
  | 'template-expression-failed';

export interface TemplateWarning {
  code: TemplateWarningCode;
  message: string;
  /** The variable path concerned (for an expression: the expression as written). */
  path: string;
}

export interface TemplateScope {
  /** Session variables, including `internal`. */
  session: Readonly<Record<string, unknown>>;
  builtins?: Readonly<Partial<Record<BuiltinVariable, Json>>>;
  /** Resolves `{secrets.NAME}`; without it every secret is missing. */
  secret?: (name: string) => string | undefined;
  /**
   * `redact` (default): secrets render as «secret», for everything that can reach a trace.
   * `reveal`: the real value, only for what leaves the engine (HTTP requests, code arguments).
   */
  secrets?: 'reveal' | 'redact';
  /** Receives each secret value revealed, so that trace copies can scrub it. */
  onSecret?: (value: string) => void;
  warn?: (warning: TemplateWarning) => void;
  /** The project's expression syntax setting (docs/expressions.md): `{ABS(x)}` is evaluated when true. */
  expressions?: boolean;
  /** The clock the date functions read (epoch milliseconds); the real time without it. */
  now?: () => number;
}

/** True for paths a user can never write: `internal.*` (kept by the runtime) and `secrets.*`. */
export function isReadOnlyPath(path: string): boolean {
  const root = path.split(/[.[]/, 1)[0]!;
  return root === 'internal' || root === 'secrets';
}
