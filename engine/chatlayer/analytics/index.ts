// Public surface of live traffic (docs/chatlayer.md#traffic): the Analytics API client, the traffic model,
// and the same model offline from pulled conversations.
//
//   const analytics = createAnalyticsClient({ region | baseUrl, token, botId, version, fetch });
//   const report = await fetchTraffic(analytics, project, query, { where, signal, onProgress });
//   const offline = await offlineTraffic(project, transcripts, query, localPorts, { signal, onProgress });
export {
  ANALYTICS_BASE_URLS,
  ANALYTICS_PAGE_LIMIT,
  StepEdge,
  StepEdgePage,
  type EdgeQuery,
  type EdgeType,
} from './analytics-api';
export { createAnalyticsClient, type AnalyticsClient, type AnalyticsClientOptions } from './analytics-client';
export { exportedSteps, fetchTraffic, type FetchTrafficOptions } from './fetch-traffic';
export {
  offlineTraffic,
  replayPath,
  trafficFromPaths,
  transcriptsInRange,
  transcriptsOfPulledTests,
  type OfflineTrafficOptions,
  type ReplayPorts,
} from './offline-traffic';
export {
  countPath,
  edgeKey,
  emptyCounts,
  trafficReport,
  type ReportFrame,
  type TrafficCounts,
} from './traffic-model';
export { trafficCacheKey } from './traffic-cache-key';
export { openAnalytics } from './open-analytics';
