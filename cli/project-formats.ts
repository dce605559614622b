// Interchange formats of `botloom export --to <format>` and `botloom import --from <format>`. botloom/1
// JSON is built in; other formats (Chatlayer's bot JSON, cli/chatlayer/chatlayer-format.ts) plug in here.
import { parseProject, stringifyProject } from '../engine/format';
import type { Project } from '../engine/model';
import type { ProjectFileIssue } from './project-file';
import { chatlayerExporter, chatlayerImporter } from './chatlayer/chatlayer-format';

export interface ExportContext {
  /** The project file being exported. */
  source: string;
  /** Where the output goes, when not stdout. */
  out?: string;
  /** The source's text, for a `.json` project. */
  sourceText?: string;
  /** `--keep-ids`: the user agrees to the source being rewritten to hold what the export hands back. */
  keepIds?: boolean;
}

export interface ExportOutput {
  text: string;
  /**
   * Runs once the output is written: keeps what the export hands back to the project (Chatlayer ids),
   * never rewriting a source behind the user's back, and returns lines for standard error saying where.
   */
  keep?: () => string[];
  /** Lines for standard error once the output is written (warnings, what changed). */
  notes?: string[];
  /** Runs after the output is written and `keep` ran; returns lines for standard error. */
  afterWrite?: () => string[];
}

export interface ProjectExporter {
  description: string;
  export(project: Project, context: ExportContext): ExportOutput | Promise<ExportOutput>;
}

export type ImportResult =
  { ok: true; project: Project; warnings: ProjectFileIssue[] } | { ok: false; errors: ProjectFileIssue[] };

export interface ProjectImporter {
  description: string;
  import(text: string, file: string): ImportResult | Promise<ImportResult>;
}

export const EXPORTERS: Record<string, ProjectExporter> = {
  json: {
    description: 'botloom/1 JSON (deterministic: stable key order, flows and blocks by id)',
    export: (project) => ({ text: stringifyProject(project) }),
  },
  chatlayer: chatlayerExporter,
};

export const IMPORTERS: Record<string, ProjectImporter> = {
  json: {
    description: 'botloom/1 JSON',
    import: (text, file) => {
      const r = parseProject(text, file);
      const withFile = <T extends { file?: string }>(i: T) => ({ ...i, file: i.file ?? file });
      return r.ok
        ? { ok: true, project: r.project, warnings: r.warnings.map(withFile) }
        : { ok: false, errors: r.errors.map(withFile) };
    },
  },
  chatlayer: chatlayerImporter,
};

/** Formats named in the CLI's help that other parts of Botloom provide (docs/chatlayer.md#how-botloom-works-with-chatlayer), until they are registered. */
export const PLANNED_FORMATS: string[] = [];

export function formatNames(table: Record<string, unknown>): string {
  return Object.keys(table).join(', ');
}
