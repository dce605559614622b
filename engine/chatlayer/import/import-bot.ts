// `importChatlayerBot`: reads back the bot JSON that the Chatlayer export writes and rebuilds the
// botloom/1 project, keeping the dialog state ids in `project.chatlayer.ids`. A file with any problem
// gives every problem (JSON path, line when known, what to do) and no project at all.
import {
  findJsonSyntaxProblem,
  formatJsonPath,
  IssueExplainer,
  locateJsonPaths,
  parseProjectData,
  type JsonPathSegment,
} from '../../format';
import { FORMAT, type Flow, type Project } from '../../model';
import { CHATLAYER_EXPORT_FORMAT, ChatlayerBotFile, fromTextValue, type ChatlayerVariable } from '../export';
import { importDialogstate } from '../kinds';
import { importOffloadingDefaults } from '../export/offloading-defaults';
import { importTranslations } from '../export/export-translations';
import { ImportContext, type ChatlayerImportError, type LocatedError } from './import-context';

export type ChatlayerImportResult =
  { ok: true; project: Project } | { ok: false; errors: ChatlayerImportError[] };
type CheckResult = { ok: true; project: Project } | { ok: false; errors: LocatedError[] };

const EXPORT_PATTERN = /^botloom-chatlayer\/(\d+)$/;
const EXPORT_VERSION = Number(EXPORT_PATTERN.exec(CHATLAYER_EXPORT_FORMAT)![1]);
const NOT_OURS =
  'Botloom reads back only the files its own Chatlayer export writes (Chatlayer does not publish the format of its own exports).';

const failure = (code: LocatedError['code'], segments: JsonPathSegment[], message: string): CheckResult => ({
  ok: false,
  errors: [{ code, segments, message }],
});

function checkFormat(data: unknown): CheckResult | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return failure(
      'format-unknown',
      [],
      `a Botloom export for Chatlayer is a JSON object starting with "format": "${CHATLAYER_EXPORT_FORMAT}", but this is ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}. ${NOT_OURS}`,
    );
  const format = (data as Record<string, unknown>).format;
  if (format === FORMAT)
    return failure(
      'format-unknown',
      ['format'],
      `this is a Botloom project (${FORMAT}), not an export for Chatlayer: read it as botloom/1 JSON (botloom import without --from chatlayer).`,
    );
  const match = typeof format === 'string' ? EXPORT_PATTERN.exec(format) : null;
  if (match && Number(match[1]) > EXPORT_VERSION)
    return failure(
      'format-unknown',
      ['format'],
      `made by a newer Botloom (${format}); this Botloom reads ${CHATLAYER_EXPORT_FORMAT}: update Botloom to read it.`,
    );
  if (format !== CHATLAYER_EXPORT_FORMAT)
    return failure(
      'format-unknown',
      ['format'],
      `${format === undefined ? 'no "format" field' : `"format" is ${JSON.stringify(format)}`}: this is not a bot JSON written by Botloom's Chatlayer export ("format": "${CHATLAYER_EXPORT_FORMAT}"). ${NOT_OURS}`,
    );
  return undefined;
}

/** Dialog state id → block id, with duplicates of either reported. */
function dialogstateIds(bot: ChatlayerBotFile, errors: LocatedError[]): Map<string, string> {
  const byId = new Map<string, string>();
  const labels = new Set<string>();
  bot.flows.forEach((flow, fi) =>
    flow.dialogstates.forEach((d, di) => {
      const at = ['flows', fi, 'dialogstates', di];
      if (byId.has(d.id))
        errors.push({
          code: 'duplicate-id',
          segments: [...at, 'id'],
          message: `the id "${d.id}" is used twice: give each dialog state its own id.`,
        });
      else byId.set(d.id, d.label);
      if (labels.has(d.label))
        errors.push({
          code: 'duplicate-id',
          segments: [...at, 'label'],
          message: `the label "${d.label}" is used twice: give each dialog state its own label.`,
        });
      labels.add(d.label);
    }),
  );
  return byId;
}

function importVariable(v: ChatlayerVariable): Project['variables'][number] {
  const hasDefault = v.defaultValue !== undefined || v.botloom !== undefined;
  return {
    name: v.name,
    ...(v.description !== undefined ? { description: v.description } : {}),
    ...(hasDefault
      ? {
          default: fromTextValue({
            value: v.defaultValue ?? '',
            ...(v.botloom ? { botloom: v.botloom } : {}),
          }),
        }
      : {}),
    ...(v.sensitive !== undefined ? { sensitive: v.sensitive } : {}),
  };
}

/** The project settings the bot file holds: the expression syntax switch, the simulation's agent availability. */
function importedSettings(bot: ChatlayerBotFile) {
  const settings = {
    ...(bot.bot.expressionSyntax !== undefined ? { expressionSyntax: bot.bot.expressionSyntax } : {}),
    ...(bot.bot.skipIntroduction !== undefined ? { skipIntroduction: bot.bot.skipIntroduction } : {}),
    ...(bot.botloom.agentsAvailable !== undefined ? { agentsAvailable: bot.botloom.agentsAvailable } : {}),
  };
  return Object.keys(settings).length ? { settings } : {};
}

/** The flows with the file's translations put back into their blocks. */
function translatedFlows(
  bot: ChatlayerBotFile,
  flows: Flow[],
  byId: Map<string, string>,
  ctx: ImportContext,
): Flow[] {
  const blocks = new Map(flows.flatMap((f) => f.blocks.map((b) => [b.id, b] as const)));
  const changed = importTranslations(
    bot.translations!,
    bot.bot.language,
    (id) => blocks.get(byId.get(id) ?? ''),
    (row, message) => ctx.fail('invalid-value', ['translations', 'rows', row], `${message}: remove the row.`),
  );
  return flows.map((f) => ({ ...f, blocks: f.blocks.map((b) => changed.get(b.id) ?? b) }));
}

function rebuild(bot: ChatlayerBotFile): CheckResult {
  const errors: LocatedError[] = [];
  const byId = dialogstateIds(bot, errors);
  const ctx = new ImportContext(byId);
  const flows: Flow[] = bot.flows.map((flow, fi) => ({
    id: flow.id,
    name: flow.name,
    blocks: flow.dialogstates.map((d, di) => importDialogstate(d, ctx, ['flows', fi, 'dialogstates', di])),
  }));
  const defaults = bot.defaultDialogstates;
  const startBlock = ctx.block(defaults.introduction, ['defaultDialogstates', 'introduction']);
  const fallbackBlock =
    defaults.notUnderstood === undefined
      ? undefined
      : ctx.block(defaults.notUnderstood, ['defaultDialogstates', 'notUnderstood']);
  const errorBlock =
    defaults.errorOccurred === undefined
      ? undefined
      : ctx.block(defaults.errorOccurred, ['defaultDialogstates', 'errorOccurred']);
  const offloading = importOffloadingDefaults(defaults, (id, at) => ctx.block(id, at));
  const intents = bot.intents.map((intent, i) => ({
    id: intent.name,
    examples: intent.examples,
    ...(intent.expressions ? { examplesByLanguage: intent.expressions } : {}),
    ...(intent.dialogstateId !== undefined
      ? { block: ctx.block(intent.dialogstateId, ['intents', i, 'dialogstateId']) }
      : {}),
  }));
  const translated = bot.translations && translatedFlows(bot, flows, byId, ctx);
  const { ids: retired = {}, ...connection } = bot.botloom.chatlayer ?? {};
  const labels = new Set(byId.values());
  for (const blockId of Object.keys(retired))
    if (labels.has(blockId))
      ctx.fail(
        'invalid-value',
        ['botloom', 'chatlayer', 'ids', blockId],
        `block "${blockId}" has a dialog state in this file, so its id belongs there: remove it here.`,
      );
  errors.push(...ctx.errors);
  if (errors.length) return { ok: false, errors };
  const ids = { ...retired, ...Object.fromEntries([...byId].map(([id, label]) => [label, id])) };
  const parsed = parseProjectData({
    format: FORMAT,
    name: bot.bot.name,
    language: bot.bot.language,
    ...(bot.translations ? { secondaryLanguages: bot.translations.languages } : {}),
    startBlock,
    ...(fallbackBlock !== undefined ? { fallbackBlock } : {}),
    ...(errorBlock !== undefined ? { errorBlock } : {}),
    ...offloading,
    ...(bot.bot.nlp ? { nlp: bot.bot.nlp } : {}),
    ...importedSettings(bot),
    variables: bot.variables.map(importVariable),
    intents,
    ...(bot.botloom.entities ? { entities: bot.botloom.entities } : {}),
    flows: translated ?? flows,
    tests: bot.botloom.tests,
    mocks: bot.botloom.mocks,
    ...(bot.botloom.knowledge ? { knowledge: bot.botloom.knowledge } : {}),
    ...(bot.botloom.tables ? { tables: bot.botloom.tables } : {}),
    chatlayer: { ...connection, ids },
  });
  if (parsed.ok) return { ok: true, project: parsed.project };
  return {
    ok: false,
    errors: parsed.errors.map((e) => ({
      code: 'project-invalid',
      segments: [],
      message: `the project rebuilt from this file breaks a botloom/1 rule at ${e.path || '(document)'}: ${e.message}`,
    })),
  };
}

function check(data: unknown): CheckResult {
  const unusable = checkFormat(data);
  if (unusable) return unusable;
  let parsed: ReturnType<typeof ChatlayerBotFile.safeParse>;
  try {
    parsed = ChatlayerBotFile.safeParse(data);
  } catch {
    return failure(
      'schema-invalid',
      [],
      'the file is nested too deeply to check: simplify its deepest values.',
    );
  }
  if (!parsed.success) {
    const seen = new Set<string>();
    const errors = new IssueExplainer(ChatlayerBotFile, data)
      .explain(parsed.error.issues)
      .map((e) => ({
        code: 'schema-invalid' as const,
        segments: e.path as JsonPathSegment[],
        message: e.message,
      }))
      .filter((e) => {
        const key = `${formatJsonPath(e.segments)}\u0000${e.message}`;
        return !seen.has(key) && Boolean(seen.add(key));
      });
    return { ok: false, errors };
  }
  return rebuild(parsed.data);
}

const plain = (e: LocatedError): ChatlayerImportError => ({
  code: e.code,
  message: e.message,
  path: formatJsonPath(e.segments),
});

/** Checks an already-parsed value as an export for Chatlayer and rebuilds its project. */
export function importChatlayerBotData(data: unknown): ChatlayerImportResult {
  const r = check(data);
  return r.ok ? r : { ok: false, errors: r.errors.map(plain) };
}

/** Reads the text of an export for Chatlayer; errors point at their line when the path is found. */
export function importChatlayerBot(text: string): ChatlayerImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const problem = findJsonSyntaxProblem(text);
    return {
      ok: false,
      errors: [
        {
          code: 'json-malformed',
          path: '',
          message: `not valid JSON: ${problem?.message ?? (e as Error).message}`,
          ...(problem ? { line: problem.line, column: problem.column } : {}),
        },
      ],
    };
  }
  const r = check(data);
  if (r.ok) return r;
  // A missing key has no place of its own: the closest enclosing member stands in for it.
  const candidates = r.errors.map(({ segments }) =>
    segments.map((_, n) => formatJsonPath(segments.slice(0, n + 1))).reverse(),
  );
  const found = locateJsonPaths(text, candidates.flat());
  return {
    ok: false,
    errors: r.errors.map((e, i) => {
      const at = candidates[i]!.map((c) => found.get(c)).find((l) => l !== undefined);
      return at ? { ...plain(e), line: at.line, column: at.column } : plain(e);
    }),
  };
}
