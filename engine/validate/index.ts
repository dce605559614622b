// Public surface of engine/validate: project diagnostics for the CLI, the canvas and the host.
export { validateProject, VALIDATION_RULES } from './validate-project';
export {
  hasErrors,
  compareDiagnostics,
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticLocation,
  type Severity,
} from './diagnostic';
export { ValidationContext, type ValidationRule, type BlockSite } from './validation-context';
export { codeSyntaxError, type CodeSyntaxProblem } from './rules/code-syntax';
export { rulesCanAllFail } from './condition-logic';
export { undeclaredVariables, type UndeclaredVariable } from './undeclared-list';
