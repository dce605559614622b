// Public surface of engine/format: reading and writing botloom/1 documents, and format migrations.
export {
  parseProject,
  parseProjectData,
  type ParseProjectResult,
  type ParseProjectOptions,
} from './parse-project';
export { stringifyProject } from './stringify-project';
export {
  formatIssueText,
  type FormatError,
  type FormatErrorCode,
  type FormatWarning,
  type FormatWarningCode,
  type FormatIssue,
} from './format-error';
export { formatJsonPath, type JsonPathSegment } from './json-path';
export { findRowKeyProblem, type KeyProblem } from './duplicate-keys';
export { IssueExplainer, type ExplainedIssue } from './explain-issues';
export {
  findJsonSyntaxProblem,
  locateJsonPath,
  locateJsonPaths,
  type JsonSyntaxProblem,
  type TextLocation,
} from './json-scanner';
export {
  MIGRATIONS,
  migrationRegistry,
  migrateDocument,
  type Migration,
  type MigrationRegistry,
  type MigrationOutcome,
  type RawDocument,
} from './migrations';
export {
  parseTableCsv,
  tableCsvProblemText,
  tableToCsv,
  MAX_TABLE_CSV_CHARS,
  type TableCsvOptions,
  type TableCsvProblem,
  type TableCsvResult,
} from './table-csv';
export {
  translationsToCsv,
  readCsv,
  csvText,
  valueColumn,
  TRANSLATION_COLUMNS,
  KEY_COLUMN,
  MAX_TRANSLATIONS_CSV_CHARS,
  type CsvRemark,
  type ParsedCsv,
} from './translations-csv';
export {
  parseTranslationsCsv,
  importNeedsConfirming,
  type CsvTranslationEdit,
  type TranslationsImport,
  type TranslationsImportResult,
} from './translations-csv-import';
export {
  expressionsToCsv,
  parseExpressionsCsv,
  INTENT_COLUMN,
  type CsvExamplesEdit,
  type ExpressionsImportResult,
} from './expressions-csv';
