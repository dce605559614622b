// Public surface of the Chatlayer export (docs/chatlayer.md#export-for-import): the bot JSON's schema, the
// mapping from a project, stable ids, and the summary of what changed since a previous export.
export * from './bot-schema';
export * from './message-schema';
export {
  exportChatlayerBot,
  stringifyChatlayerBot,
  type ChatlayerExport,
  type ChatlayerExportOptions,
  type ChatlayerExportProblem,
  type ChatlayerExportWarning,
} from './export-bot';
export { warningPlace } from './export-warnings';
export { randomChatlayerId, uuidFromBytes, type ChatlayerIdSource } from './chatlayer-ids';
export { fromTextValue, isVariablePath, type TextValue } from './entry-values';
