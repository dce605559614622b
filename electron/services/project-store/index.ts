// Public surface of the project store: projects as SQLite documents (issue 5).
export { createProject, openProject, SCHEMA_VERSION, type OpenOptions } from './open-project';
export { importProjectFile, importProjectText } from './import-project';
export { ProjectFile, type AppliedChange, type ApplyOptions, type RevisionRef } from './project-file';
export type { RevisionInfo } from './revision-log';
export type { HistoryState } from './undo-stack';
export type { ChangeSummary } from './change-summary';
export type { CompactOptions, CompactReport } from './compaction';
export { parseProjectJson, stringifyProjectJson } from './project-json';
export { verifyFile, type VerifiedFile } from './verify-file';
export { systemClock, type StoreClock } from './clock';
export { BOTLOOM_APPLICATION_ID } from './file-format';
export {
  storeError,
  StoreFailure,
  type StoreError,
  type StoreErrorCode,
  type StoreIssue,
  type StoreResult,
} from './store-error';
