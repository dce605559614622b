// applyCommand: the one function that changes a project, and applyCommands, the one loop that applies a
// gesture's commands (all or none) for both sides: the renderer's editor store and the host's project file.
// Pure; returns the new project (sharing every untouched flow and block) and the diff that the host
// journals and undo inverts, or an error value.
import type { Project } from '../model';
import type { Command } from './command';
import { addBlock } from './commands/add-block';
import { addFlow } from './commands/add-flow';
import { connect } from './commands/connect';
import { deleteBlocks } from './commands/delete-blocks';
import { deleteFlow } from './commands/delete-flow';
import { deleteIntent } from './commands/delete-intent';
import { deleteMock } from './commands/delete-mock';
import { deleteTest } from './commands/delete-test';
import { deleteVariable } from './commands/delete-variable';
import { disconnect } from './commands/disconnect';
import { moveBlocks } from './commands/move-blocks';
import { moveBlocksToFlow } from './commands/move-blocks-to-flow';
import { pasteBlocks } from './commands/paste-blocks';
import { renameBlock } from './commands/rename-block';
import { renameFlow } from './commands/rename-flow';
import { renameVariable } from './commands/rename-variable';
import { setIntent } from './commands/set-intent';
import { setMock } from './commands/set-mock';
import { setTest } from './commands/set-test';
import { setVariable } from './commands/set-variable';
import { updateBlock } from './commands/update-block';
import { updateSettings } from './commands/update-settings';
import { setNote } from './commands/set-note';
import { setFrame } from './commands/set-frame';
import { moveAnnotations } from './commands/move-annotations';
import { deleteAnnotations } from './commands/delete-annotations';
import { applyTranslations, setTranslation } from './commands/set-translation';
import { keepKnowledgeMocks } from './commands/keep-knowledge-mocks';
import type { CommandOutcome, CommandReport } from './commands/outcome';
import { editError, isEditError, type EditError } from './edit-error';
import { concatDiffs, type ProjectDiff } from './project-diff';
import { ProjectDraft } from './project-draft';

export type ApplyCommandResult =
  { ok: true; project: Project; diff: ProjectDiff; report: CommandReport } | { ok: false; error: EditError };

type Handlers = {
  [T in Command['type']]: (draft: ProjectDraft, command: Extract<Command, { type: T }>) => CommandOutcome;
};

const handlers: Handlers = {
  addBlock,
  updateBlock,
  moveBlocks,
  deleteBlocks,
  renameBlock,
  connect,
  disconnect,
  pasteBlocks,
  addFlow,
  renameFlow,
  deleteFlow,
  moveBlocksToFlow,
  setVariable,
  deleteVariable,
  renameVariable,
  setIntent,
  deleteIntent,
  setTest,
  deleteTest,
  setMock,
  deleteMock,
  updateSettings,
  setNote,
  setFrame,
  moveAnnotations,
  deleteAnnotations,
  setTranslation,
  applyTranslations,
  keepKnowledgeMocks,
};

export function applyCommand(project: Project, command: Command): ApplyCommandResult {
  const handler = handlers[command.type] as ((d: ProjectDraft, c: Command) => CommandOutcome) | undefined;
  if (!handler)
    return {
      ok: false,
      error: editError('invalid-command', `Unknown command "${String(command.type)}".`, ['type']),
    };
  const draft = new ProjectDraft(project);
  let outcome: CommandOutcome;
  try {
    outcome = handler(draft, command);
  } catch (cause) {
    // A command that slipped past validation (e.g. a hand-built one) must not throw at the caller.
    return {
      ok: false,
      error: editError('invalid-command', `The command could not be applied: ${String(cause)}`, []),
    };
  }
  if (isEditError(outcome)) return { ok: false, error: outcome };
  return { ok: true, project: draft.project, diff: { ops: draft.ops }, report: outcome ?? {} };
}

export type ApplyCommandsResult =
  | { ok: true; project: Project; diff: ProjectDiff; reports: CommandReport[] }
  | { ok: false; error: EditError; /** The refused command's position in the batch. */ index: number };

/** Applies a batch of commands in order, all or none: one diff for the whole batch, or the first refusal. */
export function applyCommands(project: Project, commands: readonly Command[]): ApplyCommandsResult {
  let current = project;
  const diffs: ProjectDiff[] = [];
  const reports: CommandReport[] = [];
  for (const [index, command] of commands.entries()) {
    const result = applyCommand(current, command);
    if (!result.ok) return { ok: false, error: result.error, index };
    current = result.project;
    diffs.push(result.diff);
    reports.push(result.report);
  }
  return { ok: true, project: current, diff: diffs.length === 1 ? diffs[0]! : concatDiffs(diffs), reports };
}
