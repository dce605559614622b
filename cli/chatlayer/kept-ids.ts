// Where `botloom export --to chatlayer` keeps the Chatlayer ids it gives new blocks
// (docs/chatlayer-export.md#stable-ids), without rewriting a project behind the user's back:
// - a `.botloom` project holds them (the app's own store; one undoable step);
// - a `.json` file in Botloom's deterministic format gets them in place: only the lines of
//   `chatlayer.ids` change;
// - any other `.json` file is left byte for byte as it is, and the ids go to a file beside it,
//   `<name>.chatlayer-ids.json`, read back by every later export and by the live commands; `--keep-ids`
//   rewrites the project instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseProject, stringifyProject } from '../../engine/format';
import { BlockId, type Project } from '../../engine/model';
import { BoundedReadError, readProjectText } from '../../engine/node/bounded-read';
import { CliError } from '../cli-error';
import { projectFileKind, writeFileAtomically } from '../project-file';
import { requireSaved } from '../project-file-errors';

export const KEPT_IDS_FORMAT = 'botloom-chatlayer-ids/1';

const KeptIdsFile = z.strictObject({
  format: z.literal(KEPT_IDS_FORMAT),
  /** The project file the ids belong to (its name, for a reader). */
  project: z.string().optional(),
  ids: z.record(BlockId, z.string().min(1)),
});

/** `bot.json` → `bot.chatlayer-ids.json`, in the same folder. */
export function keptIdsFile(projectFile: string): string {
  const base = path.basename(projectFile).replace(/\.json$/i, '');
  return path.join(path.dirname(projectFile), `${base}.chatlayer-ids.json`);
}

const unreadable = (file: string, why: string) =>
  new CliError(
    `${file} cannot be read: ${why}. It holds the Chatlayer ids of the project's blocks, so it is left as it is: repair it, or move it away to give those blocks new ids (Chatlayer then sees new dialog states), and run the command again.`,
    2,
  );

/** The ids kept beside a `.json` project (empty when there is no such file); a damaged file is an error. */
export function readKeptIds(projectFile: string): Record<string, string> {
  if (projectFileKind(projectFile) !== 'json') return {};
  const file = keptIdsFile(projectFile);
  if (!existsSync(file)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readProjectText(file));
  } catch (e) {
    throw unreadable(
      file,
      e instanceof BoundedReadError ? e.message : `not valid JSON (${(e as Error).message})`,
    );
  }
  if (data !== null && typeof data === 'object' && Object.hasOwn(data, 'ids')) {
    const ids = (data as { ids: unknown }).ids;
    if (ids !== null && typeof ids === 'object' && Object.hasOwn(ids, '__proto__'))
      throw unreadable(file, 'ids.__proto__ is not a block id');
  }
  const parsed = KeptIdsFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw unreadable(file, `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  return Object.fromEntries(Object.entries(parsed.data.ids));
}

/** The project with the kept ids added to its own (the project's own id wins where both have one). */
export function withKeptIds(project: Project, kept: Record<string, string>): Project {
  const own = project.chatlayer?.ids ?? {};
  const extra = Object.entries(kept).filter(([block]) => !Object.hasOwn(own, block));
  if (!extra.length) return project;
  return { ...project, chatlayer: { ...project.chatlayer, ids: { ...Object.fromEntries(extra), ...own } } };
}

/** Loads nothing: merges the ids kept beside `file` into its already loaded project. */
export const projectWithKeptIds = (file: string, project: Project): Project =>
  withKeptIds(project, readKeptIds(file));

export interface KeepIdsRequest {
  /** The project file exported. */
  source: string;
  /** Its text as read, for a `.json` file. */
  sourceText?: string | undefined;
  /** The project as read from the file (without the kept ids). */
  original: Project;
  /** The project the export handed back, holding every id. */
  exported: Project;
  /** How many blocks got a new id in this export. */
  assigned: number;
  /** `--keep-ids`: rewrite a hand-formatted `.json` file to hold the ids. */
  rewrite: boolean;
  /** The name of the undoable step in a `.botloom` project. */
  saveLabel: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whether the text is exactly what Botloom writes for the project it holds. */
function isDeterministic(text: string | undefined, file: string): boolean {
  if (text === undefined) return false;
  const parsed = parseProject(text, file);
  return parsed.ok && stringifyProject(parsed.project) === text;
}

function write(file: string, text: string): void {
  try {
    writeFileAtomically(file, text);
  } catch (e) {
    throw new CliError(
      `the export was written, but keeping its Chatlayer ids in ${file} failed: ${(e as Error).message}. Check the folder is writable and export again (the next export gives the same blocks new ids otherwise).`,
      2,
    );
  }
}

/** Stores the ids where they belong (see the top of this file) and says where, in lines for standard error. */
export function keepChatlayerIds(request: KeepIdsRequest): string[] {
  const { source, exported, assigned } = request;
  const newIds = plural(assigned, 'new Chatlayer id');
  if (projectFileKind(source) === 'botloom') {
    if (!assigned) return [];
    requireSaved(source, exported, request.saveLabel);
    return [`kept ${newIds} in ${source} (the undoable step "${request.saveLabel}")`];
  }
  if (!assigned && !request.rewrite) return [];
  const own = request.original.chatlayer?.ids ?? {};
  const all = exported.chatlayer?.ids ?? {};
  const missing = Object.keys(all).filter((block) => own[block] !== all[block]);
  if (!missing.length) return [];
  const sidecar = keptIdsFile(source);
  const hadSidecar = existsSync(sidecar);
  const deterministic = isDeterministic(request.sourceText, source);
  if (deterministic || request.rewrite) {
    const project = { ...request.original, chatlayer: { ...request.original.chatlayer, ids: all } };
    write(source, stringifyProject(project));
    const how = deterministic
      ? 'only the lines of its chatlayer.ids changed'
      : `--keep-ids: ${source} was rewritten in Botloom's format`;
    return [
      `kept ${newIds} in ${source} (${how})`,
      ...(hadSidecar ? [`${source} now holds every id of ${sidecar}: you may delete that file`] : []),
    ];
  }
  const ids = Object.fromEntries(missing.sort().map((block) => [block, all[block]!]));
  const text =
    JSON.stringify({ format: KEPT_IDS_FORMAT, project: path.basename(source), ids }, null, 2) + '\n';
  write(sidecar, text);
  return [
    `kept ${newIds} in ${sidecar}: ${source} is not in Botloom's own format, so it was left as it is (pass --keep-ids to store the ids in ${source}, which rewrites it in that format)`,
  ];
}
