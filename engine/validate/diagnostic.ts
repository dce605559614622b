// What validation reports: one Diagnostic per problem, with a stable code, a severity, a message that
// says what to do, and where it is (flow, block, JSON path, and for code a line).

export type DiagnosticCode =
  | 'duplicate-block-id'
  | 'duplicate-flow-id'
  | 'dangling-reference'
  | 'not-connected'
  | 'unreachable-block'
  | 'goto-without-else'
  | 'undeclared-variable'
  | 'code-syntax-error'
  | 'intent-without-block'
  | 'invalid-regex'
  | 'comparison-without-value'
  | 'comparison-value-ignored'
  | 'input-without-next'
  | 'failure-to-default'
  | 'invalid-expression'
  | 'email-no-recipient'
  | 'email-invalid-address'
  | 'invalid-context'
  | 'context-never-set'
  | 'unknown-intent'
  | 'duplicate-entity'
  | 'unknown-entity'
  | 'unknown-system-entity'
  | 'entity-date-option'
  | 'unknown-table'
  | 'unknown-column'
  | 'retrieve-without-variable'
  | 'handover-without-opened-block'
  | 'translation-missing'
  | 'translation-stale'
  | 'unknown-language';

export type Severity = 'error' | 'warning' | 'info';

export interface DiagnosticLocation {
  flowId?: string;
  blockId?: string;
  /** JSON path in the project document, e.g. `flows[0].blocks[3].next`. */
  path: string;
  /** 1-based line and column inside a code block's code, or inside a text holding an invalid expression. */
  line?: number;
  column?: number;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  location: DiagnosticLocation;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then infos. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return RANK[a.severity] - RANK[b.severity];
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error');
