// The one host API contract (docs/architecture.md#the-host-contract): method name → zod input and output schemas.
// Both transports (Electron IPC, local web host) serve exactly this table through dispatch().
import { z } from 'zod';
import type { Project } from '../../engine/model';
import { ChangeSummary, Command, ProjectDiff } from '../../engine/edit';
import { chatlayerMethods } from './chatlayer';
import { secretMethods } from './secrets';
import { simulatorMethods } from './simulator';

export const AppInfo = z.object({
  name: z.literal('Botloom'),
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  platform: z.string(),
  dataDir: z.string(),
  /** A project named on the command line (`botloom serve <project>`, `npm start -- <project>`), opened first. */
  initialProject: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** One page of the documentation shipped with the app (README.md and docs/*.md), by its path there. */
export const DocsPage = z.object({ path: z.string(), title: z.string() });
export const DocsAnswer = z.object({
  pages: z.array(DocsPage),
  /** The page asked for (README.md when none was). */
  path: z.string(),
  markdown: z.string(),
});
export type DocsAnswer = z.infer<typeof DocsAnswer>;

export const RecentProject = z.object({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: z.string(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const ProjectName = z
  .string()
  .trim()
  .min(1, 'give the project a name')
  .max(120, 'keep the name under 120 characters');

/** An open project file, addressed by its absolute path. */
const ProjectRef = z.object({ path: z.string().min(1) }).strict();
/**
 * Where undo/redo stand in the file's journal (the one edit history), with the labels the host keeps.
 * Every client shows these; none keeps a history of its own.
 */
export const EditHistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type EditHistoryState = z.infer<typeof EditHistoryState>;
/**
 * The host's own open document on its way to the renderer. The host checked it with the Project schema
 * when it read it from disk and checks every edit it applies, so the answer is checked by shape only:
 * re-parsing a 20,000-block project on every `projects.get` took about a second, and zod's copy of it
 * doubled the memory the answer takes (docs/architecture.md#the-canvas-window).
 */
export const HostProject = z.custom<Project>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    (v as { format?: unknown }).format === 'botloom/1' &&
    Array.isArray((v as { flows?: unknown }).flows),
  'a botloom/1 project held by the host',
);
/** An open project as the host holds it: the document at journal revision `revision`. */
export const ProjectDocument = z.object({
  path: z.string(),
  revision: z.number().int(),
  project: HostProject,
  history: EditHistoryState,
  /**
   * Set when the answer left the blocks' translations out of `project` (`projects.get` with `translations: false`):
   * a document to paint first, never one to edit until its translations are back (docs/architecture.md#opening-a-project).
   */
  translationsOmitted: z.literal(true).optional(),
});
export type ProjectDocument = z.infer<typeof ProjectDocument>;
/**
 * The translations of the open document at `revision`, one entry per text owner in document order (engine/model's
 * `ownerTranslations`, null for an owner without any): what the renderer puts back into a document it opened with
 * `projects.get` and `translations: false` (`restoreTranslations`). The host's own values, checked by shape only,
 * as `project` is.
 */
export const OwnerTranslations = z.object({
  revision: z.number().int(),
  owners: z.custom<unknown[]>((v) => Array.isArray(v), 'a list of translation maps'),
});
export type OwnerTranslations = z.infer<typeof OwnerTranslations>;
/**
 * `translations: false` leaves the blocks' translations out of the answer (the app's first paint of a project in
 * several languages; `projects.translations` answers them after). Left out or true: the whole document.
 */
const ProjectGet = ProjectRef.extend({ translations: z.boolean().optional() }).strict();
/**
 * The acknowledgement of a change: `revision` is committed to disk; `diff` takes the document from the
 * previous revision to it (null when undo/redo had nothing to do); `history` is where undo/redo now stand.
 */
export const ProjectChange = z.object({
  revision: z.number().int(),
  diff: ProjectDiff.nullable(),
  label: z.string().nullable(),
  history: EditHistoryState,
});
export type ProjectChange = z.infer<typeof ProjectChange>;
export { ChangeSummary };
export const Revision = z.object({
  id: z.number().int(),
  rev: z.number().int(),
  at: z.string(),
  who: z.string(),
  name: z.string().nullable(),
  auto: z.boolean(),
  summary: ChangeSummary,
  hasSnapshot: z.boolean(),
});
export type Revision = z.infer<typeof Revision>;
const RevisionRef = z.union([z.number().int(), z.literal('current')]);

export const contract = {
  'app.info': { input: z.object({}).strict(), output: AppInfo },
  /** The documentation shipped with the app, read from disk (no network): the pages and one page's Markdown. */
  'app.docs': {
    input: z.object({ path: z.string().max(200).optional() }).strict(),
    output: DocsAnswer,
  },
  'projects.list': { input: z.object({}).strict(), output: z.array(RecentProject) },
  'projects.create': {
    input: z
      .object({
        name: ProjectName,
        /** Folder to create the file in; defaults to the app's projects folder. */
        directory: z.string().min(1).optional(),
        language: z.string().min(2).max(35).optional(),
      })
      .strict(),
    output: RecentProject,
  },
  'projects.open': { input: ProjectRef, output: RecentProject },
  'projects.close': { input: ProjectRef, output: z.object({}) },
  'projects.get': { input: ProjectGet, output: ProjectDocument },
  'projects.translations': { input: ProjectRef, output: OwnerTranslations },
  'projects.applyCommands': {
    input: z
      .object({
        path: z.string().min(1),
        commands: z.array(Command).min(1),
        label: z.string().max(200).optional(),
        /** The revision the commands were made on; when the file has moved on, they are refused (conflict). */
        baseRevision: z.number().int().optional(),
      })
      .strict(),
    output: ProjectChange,
  },
  'projects.undo': { input: ProjectRef, output: ProjectChange },
  'projects.redo': { input: ProjectRef, output: ProjectChange },
  'projects.history': { input: ProjectRef, output: z.array(Revision) },
  'projects.checkpoint': {
    input: z.object({ path: z.string().min(1), name: z.string().trim().min(1).max(200).optional() }).strict(),
    output: Revision,
  },
  'projects.diffRevisions': {
    input: z.object({ path: z.string().min(1), from: RevisionRef, to: RevisionRef }).strict(),
    output: ChangeSummary,
  },
  'projects.restore': {
    input: z.object({ path: z.string().min(1), revision: z.number().int() }).strict(),
    output: ProjectChange,
  },
  /** Settles an outside change of a JSON file edited in place (see the projects.fileChanged event). */
  'projects.resolveFileChange': {
    input: z.object({ path: z.string().min(1), action: z.enum(['reload', 'keep-mine']) }).strict(),
    output: ProjectChange,
  },
  'projects.import': {
    input: z
      .object({
        /** A botloom/1 JSON file to import. */
        source: z.string().min(1),
        /** The project file to create; defaults to the projects folder, named after the project. */
        target: z.string().min(1).optional(),
      })
      .strict(),
    output: RecentProject,
  },
  'projects.exportJson': {
    input: z
      .object({
        path: z.string().min(1),
        target: z.string().min(1).optional(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ json: z.string(), written: z.string().nullable() }),
  },
  'projects.saveAs': {
    input: z.object({ path: z.string().min(1), target: z.string().min(1) }).strict(),
    output: RecentProject,
  },
  ...secretMethods,
  ...simulatorMethods,
  ...chatlayerMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
