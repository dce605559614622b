// The translations CSV code the app loads on first use (TranslationsCsv.tsx: `import('./translations-csv-io')`),
// so papaparse stays out of the initial bundle. The functions are the engine's, shared with the CLI
// (docs/file-format.md#translations-as-csv); this module only names them, from their files rather than the
// engine/format barrel, so the lazy chunk holds the CSV code alone.
export { translationsToCsv, type CsvRemark } from '../../engine/format/translations-csv';
export {
  importNeedsConfirming,
  parseTranslationsCsv,
  type CsvTranslationEdit,
  type TranslationsImport,
  type TranslationsImportResult,
} from '../../engine/format/translations-csv-import';
export { expressionsToCsv, parseExpressionsCsv } from '../../engine/format/expressions-csv';
