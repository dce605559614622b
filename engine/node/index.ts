// Node-only parts of the engine: the QuickJS code runner (worker threads) and what it needs.
export {
  createQuickJsCodeRunner,
  type QuickJsCodeRunner,
  type QuickJsCodeRunnerOptions,
  type QuickJsRunnerStats,
} from './quickjs-code-runner';
export { locateSandboxWorker, outsideAsar, SandboxWorkerMissing } from './worker-script';
export type { SandboxStats } from '../sandbox/sandbox-protocol';
export { readTrafficCache, trafficCacheFile, trafficCacheFolder, writeTrafficCache } from './traffic-cache';
export { liveTraffic, type LiveTrafficRequest } from './live-traffic';
export { keepPulledTranscripts, pulledTranscriptsFile, readPulledTranscripts } from './pulled-transcripts';
