// Public surface of engine/http: the HttpPort and its three modes (mocked, live, record).
export {
  HttpError,
  type HttpErrorCode,
  type HttpPort,
  type HttpRequest,
  type HttpResponse,
} from './http-port';
export { createMockHttp, mockBodyText, type MockHttp, type MockHttpOptions } from './mock-http';
export {
  createLiveHttp,
  type ByteReader,
  type HttpTransport,
  type LiveHttpOptions,
  type TransportInit,
  type TransportResponse,
} from './live-http';
export { createRecordingHttp, type RecordingHttp } from './recording-http';
export { compileUrlPattern, type UrlPattern } from './url-pattern';
export { instantSleep, realSleep, type Sleep } from './sleep';
