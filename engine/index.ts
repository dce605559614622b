// The engine's public surface for the parts the renderer may use too (model, format, validation,
// templates). The runtime, sandbox, HTTP layer and test runner are imported from their own folders
// (engine/runtime, …) by the host and the CLI only (docs/architecture.md#import-walls).
export * from './model';
export * from './template';
export * from './format';
export * from './validate';
