// Record mode (docs/file-format.md#mocks): real HTTP whose answers are kept as mocks, so a live session can be replayed
// in mocked mode. One mock per method and URL (the first answer): mocked mode's first-match rule would
// answer every later call with it anyway. Request bodies do not take part in matching.
import type { Json, Mock } from '../model';
import type { HttpPort, HttpRequest, HttpResponse } from './http-port';

export interface RecordingHttp extends HttpPort {
  /** The answers seen so far, as mocks in first-seen order. */
  recorded(): Mock[];
}

/** Headers worth replaying; the rest (dates, cookies, tracing ids) only add noise to a project file. */
const KEPT_HEADERS = new Set(['content-type', 'location', 'retry-after']);

/** JSON objects, arrays, numbers, booleans and null are stored parsed; anything else as its text. */
function bodyOf(text: string): Json | undefined {
  if (text === '') return undefined;
  try {
    const parsed = JSON.parse(text) as Json;
    return typeof parsed === 'string' ? text : parsed;
  } catch {
    return text;
  }
}

function toMock(req: HttpRequest, res: HttpResponse): Mock {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers))
    if (KEPT_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  const body = bodyOf(res.bodyText);
  return {
    method: req.method,
    url: req.url.split('#')[0]!,
    status: res.status,
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(body !== undefined ? { body } : {}),
  };
}

/** Passes requests to `live` and records each answer (failed requests are not recorded). */
export function createRecordingHttp(live: HttpPort): RecordingHttp {
  const mocks = new Map<string, Mock>();
  return {
    async request(req) {
      const res = await live.request(req);
      const key = `${req.method} ${req.url.split('#')[0]}`;
      if (!mocks.has(key)) mocks.set(key, toMock(req, res));
      return res;
    },
    recorded: () => [...mocks.values()].map((m) => structuredClone(m)),
  };
}
