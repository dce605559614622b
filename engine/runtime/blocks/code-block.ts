// Code block (docs/file-format.md#code-block): runs in the sandbox with templated args; its `send()` result is applied by
// the same routine as API responses; errors go to onError with {lastError} naming kind, message, line.
import {
  DEFAULT_API_TIMEOUT_MS,
  DEFAULT_CODE_MEMORY_MB,
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_MAX_RESPONSE_BYTES,
  type CodeBlock,
  type Json,
} from '../../model';
import { HttpError, type HttpErrorCode, type HttpResponse } from '../../http/http-port';
import type { CodeRunHost } from '../../sandbox/code-runner';
import { applyChatlayerResponse } from '../chatlayer-response';
import { isPlainObject } from '../session-store';
import { tracedRequest } from '../http-call';
import type { Outcome, RuntimeContext } from '../runtime-context';

function host(block: CodeBlock, ctx: RuntimeContext): CodeRunHost {
  return {
    async fetch(req): Promise<HttpResponse> {
      const outcome = await tracedRequest(
        ctx,
        {
          ...req,
          timeoutMs: req.timeoutMs ?? DEFAULT_API_TIMEOUT_MS,
          maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
          ...(ctx.options.signal ? { signal: ctx.options.signal } : {}),
        },
        { origin: 'code', blockId: block.id },
      );
      // A non-2xx status is still a response for `fetch`; only transport failures throw.
      if (outcome.ok || outcome.response) return outcome.response!;
      throw new HttpError(outcome.code as HttpErrorCode, outcome.message);
    },
  };
}

export async function runCodeBlock(block: CodeBlock, ctx: RuntimeContext): Promise<Outcome> {
  const args: Record<string, Json> = {};
  for (const [name, value] of Object.entries(block.args ?? {}))
    args[name] = ctx.json(value, block.id, 'reveal');
  const result = await ctx.options.codeRunner.run(
    {
      blockId: block.id,
      code: block.code,
      args,
      timeoutMs: block.timeoutMs ?? DEFAULT_CODE_TIMEOUT_MS,
      memoryLimitMb: block.memoryLimitMb ?? DEFAULT_CODE_MEMORY_MB,
      seed: ctx.nextCodeSeed(),
      now: ctx.clock.now(),
      virtualTime: ctx.clock.virtual ?? false,
      ...(ctx.options.signal ? { signal: ctx.options.signal } : {}),
    },
    host(block, ctx),
  );
  for (const log of result.logs)
    ctx.tracer.emit({ type: 'log', blockId: block.id, level: log.level, text: log.text });
  if (!result.ok) {
    const { error } = result;
    const reason = `${error.name}: ${error.message}${error.line !== undefined ? ` (line ${error.line})` : ''}`;
    return ctx.fail(block.id, block.onError, error.kind, reason, error.line);
  }
  if (result.response === null) {
    ctx.warn(
      block.id,
      'code-no-send',
      `${block.id} never called send() on a ChatlayerResponseBuilder, so it changed nothing`,
    );
    return ctx.follow(block.next, block.nextSet);
  }
  if (!isPlainObject(result.response)) {
    ctx.warn(block.id, 'response-invalid', `${block.id} sent something that is not a Chatlayer response`);
    return ctx.follow(block.next, block.nextSet);
  }
  const jump = applyChatlayerResponse(ctx, result.response, 'code', block.id);
  return jump ? { kind: 'next', blockId: jump } : ctx.follow(block.next, block.nextSet);
}
