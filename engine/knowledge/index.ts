// Knowledge sources and their retrieval index (docs/file-format.md#knowledge).
export * from './passages';
export * from './knowledge-index';
export * from './import-sources';
export * from './knowledge-mocks';
