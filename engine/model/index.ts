// Public surface of the botloom/1 model: zod schemas and the types inferred from them.
export * from './ids';
export * from './message';
export * from './condition';
export * from './pattern-safety';
export * from './blocks';
export * from './variable';
export * from './conversation-test';
export * from './mock';
export * from './chatlayer-settings';
export * from './project-settings';
export * from './annotation';
export * from './project';
export * from './project-index';
export * from './trace-event';
export * from './test-run';
export * from './zod-issue';
