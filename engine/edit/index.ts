// Public surface of engine/edit: commands, applyCommand, the diff format, undo history, clipboard.
export { Command, parseCommand, type CommandInput, type CommandType } from './command';
export {
  applyCommand,
  applyCommands,
  type ApplyCommandResult,
  type ApplyCommandsResult,
} from './apply-command';
export type { CommandReport } from './commands/outcome';
export type { ReferenceSite } from './references';
export { ReferenceSlot } from './commands/reference-slot';
export { freshBlockId } from './commands/paste-blocks';
export { SettingsPatch } from './commands/update-settings';
export { editError, isEditError, type EditError, type EditErrorCode } from './edit-error';
export {
  ProjectDiff,
  DiffOp,
  BlockRecord,
  FlowRecord,
  SettingKey,
  SETTING_KEYS,
  RECORD_KINDS,
  EMPTY_DIFF,
  applyDiff,
  invertDiff,
  invertOp,
  concatDiffs,
  isEmptyDiff,
  type ApplyDiffResult,
  type RecordKind,
  type ListKind,
} from './project-diff';
export { AddBlockCommand } from './commands/add-block';
export { UpdateBlockCommand } from './commands/update-block';
export { MoveBlocksCommand } from './commands/move-blocks';
export { DeleteBlocksCommand } from './commands/delete-blocks';
export { RenameBlockCommand } from './commands/rename-block';
export { ConnectCommand } from './commands/connect';
export { DisconnectCommand } from './commands/disconnect';
export { PasteBlocksCommand } from './commands/paste-blocks';
export { AddFlowCommand } from './commands/add-flow';
export { RenameFlowCommand } from './commands/rename-flow';
export { DeleteFlowCommand, referencesIntoFlow } from './commands/delete-flow';
export { MoveBlocksToFlowCommand } from './commands/move-blocks-to-flow';
export { SetVariableCommand } from './commands/set-variable';
export { DeleteVariableCommand } from './commands/delete-variable';
export { RenameVariableCommand } from './commands/rename-variable';
export { SetIntentCommand } from './commands/set-intent';
export { DeleteIntentCommand } from './commands/delete-intent';
export { SetTestCommand } from './commands/set-test';
export { DeleteTestCommand } from './commands/delete-test';
export { SetMockCommand } from './commands/set-mock';
export { DeleteMockCommand } from './commands/delete-mock';
export { UpdateSettingsCommand } from './commands/update-settings';
export {
  SetTranslationCommand,
  ApplyTranslationsCommand,
  TranslationEdit,
  ExamplesEdit,
} from './commands/set-translation';
export { KeepKnowledgeMocksCommand } from './commands/keep-knowledge-mocks';
export { diffProjects } from './diff-projects';
export { summarizeDiff, DiffSummary, ChangeSummary } from './diff-summary';
export { BlockFieldChange, BlockChangeDetail, blockFieldChanges, blockChangeDetail } from './block-changes';
export { EditHistory, DEFAULT_HISTORY_LIMIT, type HistoryMove } from './history';
export {
  ClipboardPayload,
  CLIPBOARD_TYPE,
  CLIPBOARD_VERSION,
  copyBlocks,
  parseClipboard,
  pasteCommand,
  type CopyResult,
  type ParseClipboardResult,
} from './clipboard';
export { templatePaths, rewriteTemplatePaths } from './template-paths';
