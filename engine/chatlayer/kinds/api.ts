// API blocks as Chatlayer `api` actions: method, url, entries and auth; the limits and `saveAs`
// that Chatlayer has no place for go in `botloom`.
import { z } from 'zod';
import { ApiAuth, HttpMethod, Json, VariablePath, type ApiBlock } from '../../model';
import { canonicalJson } from '../export/canonical-json';
import { isPlainEntryValue, toEntries } from '../export/entry-values';
import { ChatlayerEntry } from '../export/message-schema';
import { importEntries, importHeaders } from '../import/import-values';
import { importActionJumps } from './action';
import { importHead, withExtension, type ActionKind } from './kind';

export const ApiAction = z.strictObject({
  type: z.literal('api'),
  method: HttpMethod,
  url: z.string().min(1, 'an API action needs a url'),
  query: z.array(ChatlayerEntry).optional(),
  headers: z.array(ChatlayerEntry).optional(),
  body: z.array(ChatlayerEntry).optional(),
  auth: ApiAuth.optional(),
  botloom: z
    .strictObject({
      timeoutMs: z.number().int().min(1).max(300_000).optional(),
      maxResponseBytes: z.number().int().min(1).optional(),
      saveAs: VariablePath.optional(),
      /** A body that is not an object of entries (an array, a string, a number, null). */
      body: Json.optional(),
    })
    .optional(),
});
export type ApiAction = z.infer<typeof ApiAction>;

export const apiChatlayer = {
  shape: 'action',
  type: 'api',
  schema: ApiAction,
  export(block, ctx) {
    const body = block.body;
    const objectBody = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
    const typed = [...Object.values(block.query ?? {}), ...Object.values(objectBody ?? {})].filter(
      (v) => !isPlainEntryValue(v, true),
    );
    if (typed.length || (body !== undefined && !objectBody))
      ctx.warn(
        'sends query or body values that are not text; Chatlayer sends every entry as text or a variable.',
      );
    if (block.saveAs !== undefined)
      ctx.warn(
        `stores the response in ${block.saveAs} (saveAs), which Chatlayer does not do: its API actions apply only the API-plugin response format.`,
      );
    const extension = {
      ...(block.timeoutMs !== undefined ? { timeoutMs: block.timeoutMs } : {}),
      ...(block.maxResponseBytes !== undefined ? { maxResponseBytes: block.maxResponseBytes } : {}),
      ...(block.saveAs !== undefined ? { saveAs: block.saveAs } : {}),
      ...(body !== undefined && !objectBody ? { body: canonicalJson(body) } : {}),
    };
    return {
      type: 'api',
      method: block.method,
      url: block.url,
      ...(block.query ? { query: toEntries(block.query, ctx.ref) } : {}),
      ...(block.headers ? { headers: toEntries(block.headers) } : {}),
      ...(objectBody ? { body: toEntries(objectBody, ctx.ref) } : {}),
      ...(block.auth ? { auth: block.auth } : {}),
      ...withExtension(extension),
    };
  },
  import(d, ctx, at): ApiBlock {
    const a = d.action;
    const here = [...at, 'action'];
    const x = a.botloom;
    if (a.body && x?.body !== undefined)
      ctx.fail(
        'invalid-value',
        [...here, 'botloom', 'body'],
        'a body is either entries or "botloom.body", not both: keep one.',
      );
    return {
      ...importHead(d),
      type: 'api',
      method: a.method,
      url: a.url,
      ...(a.headers ? { headers: importHeaders(a.headers, ctx, [...here, 'headers']) } : {}),
      ...(a.query ? { query: importEntries(a.query, 'blocks', ctx, [...here, 'query']) } : {}),
      ...(a.body ? { body: importEntries(a.body, 'blocks', ctx, [...here, 'body']) } : {}),
      ...(x?.body !== undefined ? { body: x.body } : {}),
      ...(a.auth ? { auth: a.auth } : {}),
      ...(x?.timeoutMs !== undefined ? { timeoutMs: x.timeoutMs } : {}),
      ...(x?.maxResponseBytes !== undefined ? { maxResponseBytes: x.maxResponseBytes } : {}),
      ...(x?.saveAs !== undefined ? { saveAs: x.saveAs } : {}),
      ...importActionJumps(d, ctx, at),
    };
  },
} satisfies ActionKind<'api', typeof ApiAction>;
