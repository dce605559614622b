// The Command schema: every edit a client may ask for, discriminated on `type`. Hosts parse commands
// arriving over IPC or HTTP with it; applyCommand trusts what the type system already checked.
import { z } from 'zod';
import { zodIssueText } from '../model';
import { editError, type EditError } from './edit-error';
import { AddBlockCommand } from './commands/add-block';
import { AddFlowCommand } from './commands/add-flow';
import { ConnectCommand } from './commands/connect';
import { DeleteBlocksCommand } from './commands/delete-blocks';
import { DeleteFlowCommand } from './commands/delete-flow';
import { DeleteIntentCommand } from './commands/delete-intent';
import { DeleteMockCommand } from './commands/delete-mock';
import { DeleteTestCommand } from './commands/delete-test';
import { DeleteVariableCommand } from './commands/delete-variable';
import { DisconnectCommand } from './commands/disconnect';
import { MoveBlocksCommand } from './commands/move-blocks';
import { MoveBlocksToFlowCommand } from './commands/move-blocks-to-flow';
import { PasteBlocksCommand } from './commands/paste-blocks';
import { RenameBlockCommand } from './commands/rename-block';
import { RenameFlowCommand } from './commands/rename-flow';
import { RenameVariableCommand } from './commands/rename-variable';
import { SetIntentCommand } from './commands/set-intent';
import { SetMockCommand } from './commands/set-mock';
import { SetTestCommand } from './commands/set-test';
import { SetVariableCommand } from './commands/set-variable';
import { UpdateBlockCommand } from './commands/update-block';
import { UpdateSettingsCommand } from './commands/update-settings';
import { SetNoteCommand } from './commands/set-note';
import { SetFrameCommand } from './commands/set-frame';
import { MoveAnnotationsCommand } from './commands/move-annotations';
import { DeleteAnnotationsCommand } from './commands/delete-annotations';
import { ApplyTranslationsCommand, SetTranslationCommand } from './commands/set-translation';
import { KeepKnowledgeMocksCommand } from './commands/keep-knowledge-mocks';

export const Command = z.discriminatedUnion('type', [
  AddBlockCommand,
  UpdateBlockCommand,
  MoveBlocksCommand,
  DeleteBlocksCommand,
  RenameBlockCommand,
  ConnectCommand,
  DisconnectCommand,
  PasteBlocksCommand,
  AddFlowCommand,
  RenameFlowCommand,
  DeleteFlowCommand,
  MoveBlocksToFlowCommand,
  SetVariableCommand,
  DeleteVariableCommand,
  RenameVariableCommand,
  SetIntentCommand,
  DeleteIntentCommand,
  SetTestCommand,
  DeleteTestCommand,
  SetMockCommand,
  DeleteMockCommand,
  UpdateSettingsCommand,
  SetNoteCommand,
  SetFrameCommand,
  MoveAnnotationsCommand,
  DeleteAnnotationsCommand,
  SetTranslationCommand,
  ApplyTranslationsCommand,
  KeepKnowledgeMocksCommand,
]);
export type Command = z.infer<typeof Command>;
/** A command as written by a client, before defaults are applied. */
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];

/** Reads a command from outside (IPC, HTTP, a file): the command, or an error value naming the first bad path. */
export function parseCommand(
  input: unknown,
): { ok: true; command: Command } | { ok: false; error: EditError } {
  const parsed = Command.safeParse(input);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    error: editError(
      'invalid-command',
      `The command is not valid${zodIssueText(issue)}`,
      issue.path as (string | number)[],
    ),
  };
}
