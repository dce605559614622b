// Public surface of the host's Chatlayer side: the chatlayer.* methods, and the Node parts the CLI shares
// with them (the conformance webhook receiver, the kept exports).
export {
  startWebhookReceiver,
  WEBHOOK_PATH,
  type WebhookReceiver,
  type WebhookReceiverOptions,
} from './webhook-receiver';
export {
  checkpointExport,
  EXPORT_CHECKPOINT,
  HISTORY_SUFFIX,
  historyFolder,
  keepExport,
  latestKeptExport,
  listKeptExports,
  type KeptExport,
} from './export-history';
export {
  createChatlayerService,
  type ChatlayerDeps,
  type ChatlayerMethods,
  type ChatlayerService,
} from './chatlayer-service';
export type { TokenSource } from './app-connection';
export type { ExportDocument } from './export-methods';
