// The engine's public surface for the pure parts (usable in Node, the browser and workers).
export * from './model';
export * from './template';
export * from './runtime';
