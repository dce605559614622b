// Runs every validation rule over a project (docs/architecture.md#the-cli `botloom validate`, the canvas markers).
import type { Project } from '../model';
import type { Diagnostic } from './diagnostic';
import { ValidationContext, type ValidationRule } from './validation-context';
import { duplicateIds } from './rules/duplicate-ids';
import { danglingReferences } from './rules/dangling-references';
import { unreachableBlocks } from './rules/unreachable-blocks';
import { gotoWithoutElse } from './rules/goto-without-else';
import { notConnected } from './rules/not-connected';
import { comparisons } from './rules/comparisons';
import { invalidRegex } from './rules/invalid-regex';
import { codeSyntax } from './rules/code-syntax';
import { undeclaredVariables } from './rules/undeclared-variables';
import { intentWithoutBlock } from './rules/intent-without-block';
import { inputWithoutNext } from './rules/input-without-next';
import { failureRoutes } from './rules/failure-routes';
import { invalidExpressions } from './rules/invalid-expressions';
import { emailAddressRule } from './rules/email-addresses';
import { contextRules } from './rules/contexts';
import { entityRules } from './rules/entities';
import { tableAndHandoverRules } from './rules/tables-handover';
import { translationRules } from './rules/translations';

export const VALIDATION_RULES: readonly ValidationRule[] = [
  duplicateIds,
  danglingReferences,
  notConnected,
  gotoWithoutElse,
  comparisons,
  invalidRegex,
  invalidExpressions,
  codeSyntax,
  unreachableBlocks,
  undeclaredVariables,
  intentWithoutBlock,
  inputWithoutNext,
  failureRoutes,
  emailAddressRule,
  contextRules,
  entityRules,
  tableAndHandoverRules,
  translationRules,
];

/** Every diagnostic of the project: errors first, then warnings and infos, each in document order. */
export function validateProject(
  project: Project,
  rules: readonly ValidationRule[] = VALIDATION_RULES,
): Diagnostic[] {
  const ctx = new ValidationContext(project);
  for (const rule of rules) rule(ctx);
  return ctx.sorted();
}
