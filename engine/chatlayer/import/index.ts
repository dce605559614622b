// Public surface of the reverse of the Chatlayer export: a bot JSON written by the export, back to
// the botloom/1 project it came from.
export { importChatlayerBot, importChatlayerBotData, type ChatlayerImportResult } from './import-bot';
export type { ChatlayerImportError, ChatlayerImportErrorCode } from './import-context';
