// Public surface of the Chatlayer connection (docs/chatlayer.md#connection): settings + overrides + token → a usable client.
export {
  resolveConnection,
  ConnectionProblem,
  type ChatlayerConnection,
  type ConnectionFlags,
  type ConnectionProblemCode,
} from './resolve-connection';
export {
  openConnection,
  connectionStatus,
  whereLabel,
  type ConnectionStatus,
  type OpenChatlayer,
  type OpenConnectionOptions,
} from './open-connection';
