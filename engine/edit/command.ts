// The Command schema: every edit a client may ask for, discriminated on `type`. Hosts parse commands
// arriving over IPC or HTTP with it; applyCommand trusts what the type system already checked.
import { z } from 'zod';
import { AddBlockCommand } from './commands/add-block';
import { ConnectCommand } from './commands/connect';
import { DeleteBlocksCommand } from './commands/delete-blocks';
import { DisconnectCommand } from './commands/disconnect';
import { MoveBlocksCommand } from './commands/move-blocks';
import { RenameBlockCommand } from './commands/rename-block';
import { UpdateBlockCommand } from './commands/update-block';

export const Command = z.discriminatedUnion('type', [
  AddBlockCommand,
  UpdateBlockCommand,
  MoveBlocksCommand,
  DeleteBlocksCommand,
  RenameBlockCommand,
  ConnectCommand,
  DisconnectCommand,
]);
export type Command = z.infer<typeof Command>;
/** A command as written by a client, before defaults are applied. */
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];
