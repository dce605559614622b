// The contract's method and event names alone, for the preload's allow-list (so the sandboxed preload
// bundle does not carry every schema). A test keeps these in step with contract.ts and events.ts.
export const METHOD_NAME_LIST = [
  'app.info',
  'projects.list',
  'projects.create',
  'projects.open',
  'projects.close',
  'projects.get',
  'projects.applyCommands',
  'projects.undo',
  'projects.redo',
  'projects.history',
  'projects.checkpoint',
  'projects.diffRevisions',
  'projects.restore',
  'projects.import',
  'projects.exportJson',
  'projects.saveAs',
  'secrets.status',
  'secrets.set',
  'secrets.delete',
] as const;

export const EVENT_NAME_LIST = ['projects.changed', 'app.progress'] as const;
