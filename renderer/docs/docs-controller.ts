// Help › Documentation's link to the host: one page of the documentation shipped with the app (app.docs).
import { host } from '../host';
import type { DocsAnswer } from '../../electron/api';

export function loadDocsPage(path?: string): Promise<DocsAnswer> {
  return host.call('app.docs', path ? { path } : {});
}
