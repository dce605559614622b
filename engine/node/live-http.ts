// Live HTTP for Node hosts (CLI, Electron main): engine/http's live and record ports over Node 20's
// global fetch, the one place a real transport is handed to the engine.
import {
  createLiveHttp,
  createRecordingHttp,
  type HttpPort,
  type HttpTransport,
  type RecordingHttp,
} from '../http';

/** Node's global fetch as the engine's transport (redirects followed, as a browser would). */
export const nodeFetchTransport: HttpTransport = async (url, init) =>
  fetch(url, {
    method: init.method,
    headers: init.headers,
    body: init.body,
    signal: init.signal,
    redirect: 'follow',
  });

/** Live mode over Node's fetch. */
export function createNodeLiveHttp(): HttpPort {
  return createLiveHttp(nodeFetchTransport);
}

/** Record mode over Node's fetch. */
export function createNodeRecordingHttp(): RecordingHttp {
  return createRecordingHttp(createNodeLiveHttp());
}
