// Public surface of engine/chatlayer (docs/chatlayer.md#how-botloom-works-with-chatlayer): the v1 API client and the schemas of its endpoints.
// (Created by the client's engineer because the file did not exist yet; other parts add their lines.)
export * from './client';
export * from './api';
export * from './export';
export * from './import';
export * from './export-changes';
export * from './connection';
