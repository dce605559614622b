// Test helper: the diagnostics of one code, in a compact form.
import { validateProject, type DiagnosticCode } from '../../../engine/validate';
import type { Project } from '../../../engine/model';

export function diagnosticsOf(project: Project, code: DiagnosticCode) {
  return validateProject(project)
    .filter((d) => d.code === code)
    .map((d) => ({
      severity: d.severity,
      path: d.location.path,
      blockId: d.location.blockId,
      message: d.message,
      ...(d.location.line ? { line: d.location.line } : {}),
    }));
}
