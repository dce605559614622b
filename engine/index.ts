// The engine's public surface for the pure parts (usable in Node, the browser and workers).
export * from './model';
export * from './template';
export * from './runtime';
export * from './format';
export * from './validate';
