// Generic dispatcher used by both transports: validate input, call the service, validate output, wrap
// everything in the envelope. A service returning the wrong shape is a host bug: reported, not leaked.
import type { z } from 'zod';
import {
  contract,
  type Contract,
  type MethodName,
  type MethodOutput,
  type MethodParsedInput,
} from './contract';
import { HostError, issuesFromZod, type Envelope } from './host-error';
import { inputShapeProblem } from './input-shape';

export interface CallContext {
  /** Which shell the call came through. */
  transport: 'ipc' | 'http' | 'direct';
  signal?: AbortSignal;
}

export type ServiceFn<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: CallContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

/** One function per contract method: a missing service is a compile error. */
export type Services = { [M in MethodName]: ServiceFn<M> };

export interface DispatchOptions {
  /** Reports unexpected service errors (never the input, which may hold secrets). */
  onInternalError?: (method: string, error: unknown) => void;
}

export async function dispatch(
  services: Services,
  method: string,
  rawInput: unknown,
  ctx: CallContext,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(contract, method)) {
    return { ok: false, error: { code: 'not-found', message: `There is no host method named '${method}'.` } };
  }
  const name = method as MethodName;
  const spec = contract[name] as Contract[MethodName];
  const shape = inputShapeProblem(rawInput);
  if (shape !== undefined)
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${name}: ${shape}.` } };
  const parsed = (spec.input as z.ZodType).safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${name}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
      },
    };
  }
  let value: unknown;
  try {
    const fn = services[name] as (input: unknown, ctx: CallContext) => unknown;
    value = await fn(parsed.data, ctx);
  } catch (error) {
    if (error instanceof HostError) return { ok: false, error: error.toData() };
    options.onInternalError?.(name, error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'failed', message: `${name} failed: ${message}` } };
  }
  const out = (spec.output as z.ZodType).safeParse(value);
  if (!out.success) {
    const issues = issuesFromZod(out.error);
    options.onInternalError?.(name, out.error);
    return {
      ok: false,
      error: {
        code: 'invalid-output',
        message: `The host answered ${name} with data of the wrong shape (a Botloom bug): ${issues
          .map((i) => `${i.path}: ${i.message}`)
          .join('; ')}`,
        issues,
      },
    };
  }
  return { ok: true, value: out.data };
}
