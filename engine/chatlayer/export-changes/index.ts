// Public surface of the comparison of an export for Chatlayer with the previous one.
export { compareWithPreviousExport, describeExportChanges, type ExportComparison } from './export-changes';
export { exportChangeSentence, formatExportTime } from './change-sentence';
