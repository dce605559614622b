// `exportChatlayerBot`: a botloom/1 project as the bot JSON for Chatlayer's importer (docs/chatlayer.md#export-for-import), with
// stable dialog state ids. The text is deterministic (schema key order, flows and blocks by id, record
// keys sorted, two-space indent, trailing newline); the project comes back with its id map so that
// re-exports keep the ids.
import { formatJsonPath } from '../../format';
import { blockSlots, OFFLOADING_BLOCK_KEYS, type Json, type Project } from '../../model';
import { CHATLAYER_EXPORT_FORMAT, ChatlayerBotFile, type ChatlayerVariable } from './bot-schema';
import { canonicalJson } from './canonical-json';
import { assignChatlayerIds, randomChatlayerId, type ChatlayerIdSource } from './chatlayer-ids';
import { toTextValue } from './entry-values';
import { exportBlock } from '../kinds';
import { blockNamed, unresolvedWarnings, type ChatlayerExportWarning } from './export-warnings';
import { expressionWarnings } from './expression-warnings';
import { exportTranslations, languageWarnings } from './export-translations';
import { OFFLOADING_EXPORT_KEYS, offloadingDefaults } from './offloading-defaults';

export type { ChatlayerExportWarning } from './export-warnings';

export interface ChatlayerExportOptions {
  /** Makes ids for blocks that have none yet (default: random UUIDs). */
  newId?: ChatlayerIdSource;
}

/** Why a project cannot be exported (references that no Chatlayer id can stand for). */
export interface ChatlayerExportProblem {
  code: 'duplicate-block-id' | 'unknown-block' | 'not-connected';
  message: string;
  /** JSON path in the project. */
  path: string;
}

export type ChatlayerExport =
  | {
      ok: true;
      bot: ChatlayerBotFile;
      text: string;
      /** The project with `chatlayer.ids` holding an id for every block. */
      project: Project;
      /** Blocks that got a new id in this export (empty when the project is unchanged). */
      assigned: string[];
      warnings: ChatlayerExportWarning[];
    }
  | { ok: false; problems: ChatlayerExportProblem[] };

/**
 * Duplicate block ids, references to blocks that do not exist and buttons or rules not connected yet: the
 * export cannot map them (every Chatlayer postback and goTo rule needs a target).
 */
function referenceProblems(project: Project): ChatlayerExportProblem[] {
  const problems: ChatlayerExportProblem[] = [];
  const seen = new Set<string>();
  project.flows.forEach((flow, fi) =>
    flow.blocks.forEach((block, bi) => {
      if (seen.has(block.id))
        problems.push({
          code: 'duplicate-block-id',
          path: formatJsonPath(['flows', fi, 'blocks', bi, 'id']),
          message: `block id "${block.id}" is used twice: give each block its own id.`,
        });
      seen.add(block.id);
    }),
  );
  const missing = (path: (string | number)[], target: string) =>
    seen.has(target)
      ? []
      : [
          {
            code: 'unknown-block' as const,
            path: formatJsonPath(path),
            message: `refers to block "${target}", which does not exist: point it at an existing block (botloom validate lists these).`,
          },
        ];
  problems.push(...missing(['startBlock'], project.startBlock));
  if (project.fallbackBlock !== undefined)
    problems.push(...missing(['fallbackBlock'], project.fallbackBlock));
  if (project.errorBlock !== undefined) problems.push(...missing(['errorBlock'], project.errorBlock));
  for (const key of OFFLOADING_BLOCK_KEYS) {
    const target = project[key];
    if (target !== undefined) problems.push(...missing([key], target));
  }
  project.intents.forEach((intent, i) => {
    if (intent.block !== undefined) problems.push(...missing(['intents', i, 'block'], intent.block));
  });
  project.flows.forEach((flow, fi) =>
    flow.blocks.forEach((block, bi) =>
      blockSlots(block).forEach((r) =>
        problems.push(
          ...(r.target === undefined
            ? [
                {
                  code: 'not-connected' as const,
                  path: formatJsonPath(['flows', fi, 'blocks', bi, ...r.path.slice(0, -1)]),
                  message: `${r.kind === 'rule' ? `rule ${Number(r.path[1]) + 1}` : `button "${r.label ?? ''}"`} of block "${block.id}" is not connected to a block, and Chatlayer needs a target for it: connect it on the canvas (or remove it) before exporting.`,
                },
              ]
            : missing(['flows', fi, 'blocks', bi, ...r.path], r.target)),
        ),
      ),
    ),
  );
  return problems;
}

function exportVariable(v: Project['variables'][number]): ChatlayerVariable {
  const typed = v.default === undefined ? undefined : toTextValue(v.default);
  return {
    name: v.name,
    ...(typed ? { defaultValue: typed.value } : {}),
    ...(v.description !== undefined ? { description: v.description } : {}),
    ...(v.sensitive !== undefined ? { sensitive: v.sensitive } : {}),
    ...(typed?.botloom ? { botloom: typed.botloom } : {}),
  };
}

function projectWarnings(project: Project): ChatlayerExportWarning[] {
  const warnings: ChatlayerExportWarning[] = [];
  const intentsByBlock = new Map<string, string[]>();
  const link = (blockId: string, intent: string) => {
    const linked = intentsByBlock.get(blockId) ?? [];
    if (!linked.includes(intent)) intentsByBlock.set(blockId, [...linked, intent]);
  };
  for (const intent of project.intents) if (intent.block !== undefined) link(intent.block, intent.id);
  for (const flow of project.flows)
    for (const block of flow.blocks) if (block.intent !== undefined) link(block.id, block.intent);
  for (const [blockId, intents] of intentsByBlock)
    if (intents.length > 1)
      warnings.push({
        blockId,
        message: `is linked to ${intents.length} intents (${intents.join(', ')}); Chatlayer links at most one intent to a block.`,
      });
  if (project.settings?.skipIntroduction !== undefined)
    warnings.push({
      message: `skipIntroduction is written as bot.skipIntroduction, Botloom's own field: Chatlayer sets "skip introduction" per user-initiated channel (WhatsApp, webhook) and does not document how its export writes it. Check the channel settings after the import.`,
    });
  for (const v of project.variables)
    if (v.default !== undefined && v.default !== null && typeof v.default !== 'string')
      warnings.push({
        message: `variable ${v.name} has a default that is not text; Chatlayer stores defaults as text (${JSON.stringify(v.default)}).`,
      });
  if (project.knowledge?.sources.length)
    warnings.push({
      message: `has ${project.knowledge.sources.length} knowledge source(s); Chatlayer's bot file has no documented place for them, so they are kept in "botloom" only: add the same content in Chatlayer's Knowledge base AI tab (docs/chatlayer.md#knowledge-base-ai).`,
    });
  for (const t of project.tables ?? [])
    warnings.push({
      message: `table ${t.name} (${t.rows.length} row${t.rows.length === 1 ? '' : 's'}) travels in botloom.tables: how Chatlayer's export holds its Tables is not documented, so create the table in Chatlayer (its CSV: Tables panel → Export CSV).`,
    });
  if (project.entities?.length)
    warnings.push({
      message: `the project has ${project.entities.length} entit${project.entities.length === 1 ? 'y' : 'ies'} (${project.entities.map((e) => e.name).join(', ')}); where Chatlayer's bot file keeps entities is not known, so they are written in Botloom's own shape under botloom.entities, which Chatlayer ignores: create them in Chatlayer's NLP entities page (system entities need nothing).`,
    });
  if (OFFLOADING_BLOCK_KEYS.some((key) => project[key] !== undefined))
    warnings.push({
      message: `the offloading default blocks (${OFFLOADING_BLOCK_KEYS.filter((k) => project[k] !== undefined).join(', ')}) are written as defaultDialogstates.${Object.values(OFFLOADING_EXPORT_KEYS).join('/')}; Chatlayer does not document how it exports them: choose them again in Chatlayer's default blocks.`,
    });
  return warnings;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => byCodeUnits(a.id, b.id));

/** Flows and blocks by id, as botloom/1 JSON writes them: their order means nothing to a bot. */
const sortedFlows = (project: Project) => byId(project.flows).map((f) => ({ ...f, blocks: byId(f.blocks) }));

export function exportChatlayerBot(project: Project, options: ChatlayerExportOptions = {}): ChatlayerExport {
  const problems = referenceProblems(project);
  if (problems.length) return { ok: false, problems };
  const ordered = { ...project, flows: sortedFlows(project) };
  const ids = assignChatlayerIds(ordered, options.newId ?? randomChatlayerId);
  const ref = (blockId: string) => ids.byBlock.get(blockId)!;
  const warnings: ChatlayerExportWarning[] = [];
  const unresolved = { ref, isBlock: (id: string) => ids.byBlock.has(id) };
  const flows = ordered.flows.map((flow) => ({
    id: flow.id,
    name: flow.name,
    dialogstates: flow.blocks.map((block) => {
      const dialogstate = exportBlock(block, ref(block.id), {
        ref,
        warn: (message) => warnings.push({ blockId: block.id, ...blockNamed(block), message }),
      });
      warnings.push(...unresolvedWarnings(block, unresolved));
      return dialogstate;
    }),
  }));
  const retired = Object.keys(ids.ids)
    .filter((blockId) => !ids.byBlock.has(blockId))
    .sort();
  const { ids: _ids, ...connection } = project.chatlayer ?? {};
  const settings = {
    ...connection,
    ...(retired.length ? { ids: Object.fromEntries(retired.map((b) => [b, ids.ids[b]!])) } : {}),
  };
  const translations = exportTranslations(ordered, ref);
  const bot = ChatlayerBotFile.parse({
    format: CHATLAYER_EXPORT_FORMAT,
    bot: {
      name: project.name,
      language: project.language,
      ...(project.nlp ? { nlp: project.nlp } : {}),
      ...(project.settings?.expressionSyntax !== undefined
        ? { expressionSyntax: project.settings.expressionSyntax }
        : {}),
      ...(project.settings?.skipIntroduction !== undefined
        ? { skipIntroduction: project.settings.skipIntroduction }
        : {}),
    },
    defaultDialogstates: {
      introduction: ref(project.startBlock),
      ...(project.fallbackBlock !== undefined ? { notUnderstood: ref(project.fallbackBlock) } : {}),
      ...(project.errorBlock !== undefined ? { errorOccurred: ref(project.errorBlock) } : {}),
      ...offloadingDefaults(project, ref),
    },
    flows,
    intents: project.intents.map((intent) => ({
      name: intent.id,
      examples: intent.examples,
      ...(intent.examplesByLanguage
        ? { expressions: Object.fromEntries(Object.entries(intent.examplesByLanguage).sort()) }
        : {}),
      ...(intent.block !== undefined ? { dialogstateId: ref(intent.block) } : {}),
    })),
    variables: project.variables.map(exportVariable),
    ...(translations ? { translations } : {}),
    botloom: {
      tests: project.tests.map((t) => canonicalJson(t as Json)),
      mocks: project.mocks.map((m) => canonicalJson(m as Json)),
      ...(project.knowledge ? { knowledge: canonicalJson(project.knowledge as Json) } : {}),
      ...(Object.keys(settings).length ? { chatlayer: settings } : {}),
      ...(project.tables ? { tables: project.tables.map((t) => canonicalJson(t as Json)) } : {}),
      ...(project.entities?.length
        ? { entities: project.entities.map((e) => canonicalJson(e as Json)) }
        : {}),
      ...(project.settings?.agentsAvailable !== undefined
        ? { agentsAvailable: project.settings.agentsAvailable }
        : {}),
    },
  });
  return {
    ok: true,
    bot,
    text: stringifyChatlayerBot(bot),
    project: ids.assigned.length
      ? { ...project, chatlayer: { ...project.chatlayer, ids: ids.ids } }
      : project,
    assigned: ids.assigned,
    warnings: [
      ...warnings,
      ...projectWarnings(project),
      ...expressionWarnings(project),
      ...languageWarnings(project),
    ],
  };
}

/** The bot as text: keys in the schema's order (parse first), two-space indent, trailing newline. */
export function stringifyChatlayerBot(bot: ChatlayerBotFile): string {
  return JSON.stringify(bot, null, 2) + '\n';
}
