// Endpoints Chatlayer does not publish (pause/resume) come from the project's settings as a template:
// `[METHOD ]/path/with/{botId}/and/{conversationId}`, relative to the connection's base URL, so the token
// is never sent to another host.
import { ChatlayerError } from './chatlayer-error';

export interface ResolvedEndpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Fills a template; `name` (e.g. "pause") is for messages. */
export function resolveEndpointTemplate(
  name: string,
  template: string | undefined,
  values: Record<string, string | undefined>,
): ResolvedEndpoint {
  const setting = `${name}Endpoint`;
  if (!template?.trim())
    throw new ChatlayerError(
      'chatlayer-config',
      `Chatlayer does not publish the ${name} endpoint: set "${setting}" in the project's Chatlayer settings (e.g. "POST /v1/bots/{botId}/conversations/{conversationId}/${name}").`,
    );
  const parts = template.trim().split(/\s+/);
  const method = (parts.length > 1 ? parts[0]!.toUpperCase() : 'POST') as ResolvedEndpoint['method'];
  const rawPath = parts.length > 1 ? parts.slice(1).join(' ') : parts[0]!;
  if (!METHODS.includes(method) || parts.length > 2)
    throw new ChatlayerError(
      'chatlayer-config',
      `"${setting}" must look like "POST /v1/…", not "${template}".`,
    );
  if (!rawPath.startsWith('/'))
    throw new ChatlayerError(
      'chatlayer-config',
      `"${setting}" must be a path on the Chatlayer host starting with "/", not "${rawPath}" (the token is only sent to that host).`,
    );
  const path = rawPath.replace(/\{(\w+)\}/g, (_m, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new ChatlayerError('chatlayer-config', `"${setting}" uses {${key}}, which has no value here.`);
    return encodeURIComponent(value);
  });
  return { method, path };
}
