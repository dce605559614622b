// Reading a botloom/1 document: JSON syntax, format version (migrating older ones), then the schema.
// Every problem comes back as a FormatError value; nothing throws on bad input.
import { FORMAT, FORMAT_VERSION, Project } from '../model';
import type { FormatError, FormatErrorCode, FormatIssue, FormatWarning } from './format-error';
import { findKeyProblem } from './duplicate-keys';
import { formatJsonPath } from './json-path';
import { findJsonSyntaxProblem, locateJsonPaths } from './json-scanner';
import { IssueExplainer } from './explain-issues';
import { MIGRATIONS, migrateDocument, type MigrationRegistry, type RawDocument } from './migrations';
import { TRANSLATION_ENTRIES_UPGRADE, upgradeTranslationEntries } from './migrations/translation-entries';

export type ParseProjectResult =
  { ok: true; project: Project; warnings: FormatWarning[] } | { ok: false; errors: FormatError[] };

export interface ParseProjectOptions {
  /** Format migrations (default: this Botloom's). */
  migrations?: MigrationRegistry;
}

/** Past this many errors, the rest keep only their JSON path. */
const MAX_LOCATED = 1_000;
const FORMAT_PATTERN = /^botloom\/(\d+)$/;

/** Parses the text of a botloom/1 JSON file (`file` names it in errors). */
export function parseProject(
  text: string,
  file?: string,
  options: ParseProjectOptions = {},
): ParseProjectResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const problem = findJsonSyntaxProblem(text);
    const message = problem?.message ?? (e as Error).message;
    const at = problem ? { line: problem.line, column: problem.column } : {};
    return {
      ok: false,
      errors: [{ ...issue('json-malformed', '', `not valid JSON: ${message}`, file), ...at }],
    };
  }
  const keyProblem = findKeyProblem(text);
  if (keyProblem)
    return {
      ok: false,
      errors: [
        {
          ...(keyProblem.kind === 'prototype'
            ? issue(
                'json-unsafe-key',
                keyProblem.path,
                `the key "__proto__" in ${keyProblem.path || 'the document'} is not allowed (it names a JavaScript prototype, and reading it would drop it): rename or remove it.`,
                file,
              )
            : issue(
                'json-duplicate-key',
                keyProblem.path,
                `the key ${JSON.stringify(keyProblem.key)} appears twice in ${keyProblem.path || 'the document'}: keep one (JSON readers would silently drop the first).`,
                file,
              )),
          line: keyProblem.line,
          column: keyProblem.column,
        },
      ],
    };
  const result = check(data, file, options);
  if (result.ok) return result;
  // Point each error at its line in the text (only the current format: a migrated document moved).
  // A missing key has no place of its own: the closest enclosing member stands in for it.
  const candidates = result.errors
    .slice(0, MAX_LOCATED)
    .map(({ segments }) =>
      (segments ?? []).map((_, n) => formatJsonPath(segments!.slice(0, n + 1))).reverse(),
    );
  const found = locateJsonPaths(text, candidates.flat());
  return {
    ok: false,
    errors: result.errors.map(({ segments: _, ...error }, index) => {
      const at = candidates[index]?.map((c) => found.get(c)).find((l) => l !== undefined);
      return at ? { ...error, line: at.line, column: at.column } : error;
    }),
  };
}

/** Checks an already-parsed JSON value (clipboard, IPC, a file read elsewhere) as a project document. */
export function parseProjectData(
  data: unknown,
  file?: string,
  options: ParseProjectOptions = {},
): ParseProjectResult {
  const result = check(data, file, options);
  return result.ok ? result : { ok: false, errors: result.errors.map(({ segments: _, ...error }) => error) };
}

type Located = FormatError & { segments?: (string | number)[] };
type CheckResult =
  { ok: true; project: Project; warnings: FormatWarning[] } | { ok: false; errors: Located[] };

function check(data: unknown, file: string | undefined, options: ParseProjectOptions): CheckResult {
  const fail = (code: FormatErrorCode, path: string, message: string): CheckResult => ({
    ok: false,
    errors: [{ ...issue(code, path, message, file), ...(path ? { segments: [path] } : {}) }],
  });
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail(
      'format-unknown',
      '',
      `a Botloom project is a JSON object starting with "format": "${FORMAT}", but this is ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}.`,
    );
  let doc = data as RawDocument;
  const format = doc.format;
  if (format === undefined)
    return fail(
      'format-unknown',
      'format',
      `no "format" field: this is not a Botloom project (a project starts with "format": "${FORMAT}").`,
    );
  const match = typeof format === 'string' ? FORMAT_PATTERN.exec(format) : null;
  if (!match)
    return fail(
      'format-unknown',
      'format',
      `"format" is ${JSON.stringify(format)}, which is not a Botloom format: expected "${FORMAT}".`,
    );
  const version = Number(match[1]);
  if (version > FORMAT_VERSION)
    return fail(
      'format-newer',
      'format',
      `made by a newer Botloom (${format}); this Botloom reads ${FORMAT} and older: update Botloom to open it.`,
    );
  const warnings: FormatWarning[] = [];
  if (version < FORMAT_VERSION) {
    const migrated = migrateDocument(doc, version, FORMAT_VERSION, options.migrations ?? MIGRATIONS);
    if (!migrated.ok)
      return fail(
        'format-unknown',
        'format',
        `${format} is an older format that this Botloom cannot convert (no migration from botloom/${migrated.missingFrom}).`,
      );
    doc = migrated.document;
    const steps = migrated.applied.map((m) => m.describe).join('; ');
    warnings.push(
      issue(
        'format-migrated',
        'format',
        `converted from ${format} to ${FORMAT} (${steps}); saving writes ${FORMAT}.`,
        file,
      ),
    );
  }
  let parsed = schemaCheck(doc);
  if (!parsed) return fail('schema-invalid', '', TOO_DEEP);
  // Translation entries of an older shape (`from` texts, a `sourceHash` object) are refused by the schema: only
  // then is the document walked and converted, so a current file pays nothing for the old shapes.
  const upgraded = parsed.success ? undefined : upgradeTranslationEntries(doc);
  if (upgraded) {
    doc = upgraded;
    parsed = schemaCheck(doc);
    if (!parsed) return fail('schema-invalid', '', TOO_DEEP);
    warnings.push(
      issue('format-migrated', 'format', `converted within ${FORMAT}: ${TRANSLATION_ENTRIES_UPGRADE}.`, file),
    );
  }
  if (parsed.success) return { ok: true, project: parsed.data, warnings };
  const explained = new IssueExplainer(Project, doc).explain(parsed.error.issues);
  const seen = new Set<string>();
  const errors: Located[] = [];
  for (const e of explained) {
    const path = formatJsonPath(e.path);
    const key = `${path}\u0000${e.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const error: Located = issue('schema-invalid', path, e.message, file);
    if (version === FORMAT_VERSION) error.segments = e.path as (string | number)[];
    errors.push(error);
  }
  return { ok: false, errors };
}

const TOO_DEEP =
  'the document is nested too deeply to check: simplify the deepest values (bodies, arguments, conditions).';

/** The schema check; undefined when the document is nested too deeply for it (zod recurses). */
function schemaCheck(doc: RawDocument): ReturnType<typeof Project.safeParse> | undefined {
  try {
    return Project.safeParse(doc);
  } catch {
    return undefined;
  }
}

function issue<C extends string>(
  code: C,
  path: string,
  message: string,
  file: string | undefined,
): FormatIssue<C> {
  return file === undefined ? { code, path, message } : { code, path, message, file };
}
