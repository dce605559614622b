// Small fakes of the runtime's ports and a project builder for the runtime tests.
import { Project, TraceEvent, type Block, type Json, type ProjectInput } from '../../../engine/model';
import type { HttpPort, HttpRequest, HttpResponse } from '../../../engine/http/http-port';
import { HttpError } from '../../../engine/http/http-port';
import type {
  CodeRunHost,
  CodeRunner,
  CodeRunRequest,
  CodeRunResult,
} from '../../../engine/sandbox/code-runner';
import {
  createConversation,
  fixedClock,
  type ConversationOptions,
  type IntentClassifier,
} from '../../../engine/runtime';

export type BlockInput = Record<string, unknown> & { id: string; type: Block['type'] };

/** A parsed one-flow project; the first block is the start block unless `startBlock` is given. */
export function project(blocks: BlockInput[], extra: Partial<ProjectInput> = {}): Project {
  return Project.parse({
    format: 'botloom/1',
    name: 'Test bot',
    startBlock: blocks[0]!.id,
    flows: [{ id: 'main', name: 'Main', blocks }],
    ...extra,
  });
}

export const text = (t: string) => ({ kind: 'text' as const, text: t });

/** An HttpPort answering with a function of the request, recording every request. */
export function fakeHttp(
  answer: (req: HttpRequest) => (Partial<HttpResponse> & { body?: Json | string }) | Error,
): HttpPort & { requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    async request(req) {
      requests.push(req);
      const a = answer(req);
      if (a instanceof Error) throw a;
      const bodyText =
        a.bodyText ??
        (typeof a.body === 'string' ? a.body : a.body === undefined ? '' : JSON.stringify(a.body));
      return {
        status: a.status ?? 200,
        headers: a.headers ?? { 'content-type': 'application/json' },
        bodyText,
        ms: a.ms ?? 5,
        mocked: a.mocked ?? true,
      };
    },
  };
}

export const noHttp: HttpPort = {
  request: async (req) => {
    throw new HttpError('http-unmocked', `no mock for ${req.method} ${req.url}`);
  },
};

/** A CodeRunner that runs a JavaScript function in place of the sandbox (the real one is QuickJS). */
export function fakeCodeRunner(
  run: (
    req: CodeRunRequest,
    host: CodeRunHost,
  ) =>
    | Promise<Partial<CodeRunResult> & { response?: Json | null }>
    | (Partial<CodeRunResult> & { response?: Json | null }),
): CodeRunner & { runs: CodeRunRequest[] } {
  const runs: CodeRunRequest[] = [];
  return {
    runs,
    async run(req, host) {
      runs.push(req);
      const r = await run(req, host);
      if (r.ok === false)
        return { ok: false, error: (r as { error: never }).error, logs: r.logs ?? [], ms: 1 };
      return { ok: true, response: r.response ?? null, logs: r.logs ?? [], ms: 1 };
    },
    async dispose() {},
  };
}

export const noCode = fakeCodeRunner(() => {
  throw new Error('no code expected');
});

/** Intents scored by a table of exact texts. */
export function fakeIntents(table: Record<string, { intent: string; score: number }[]>): IntentClassifier {
  return { classify: (t) => table[t] ?? [] };
}

/** A conversation with a fixed clock, seed 1 and no HTTP or code unless given. */
export function converse(p: Project, options: Partial<ConversationOptions> = {}) {
  return createConversation(p, {
    http: noHttp,
    codeRunner: noCode,
    clock: fixedClock(),
    seed: 1,
    ...options,
  });
}

/** The texts of bot messages (text of text/buttons/quickReplies, url of images). */
export function texts(messages: { kind: string; text?: string; url?: string }[]): string[] {
  return messages.map((m) => m.text ?? m.url ?? m.kind);
}

/** Every event must follow the TraceEvent schema that the app and CLI parse. */
export function expectValidTrace(events: readonly unknown[]): void {
  for (const e of events) {
    const r = TraceEvent.safeParse(e);
    if (!r.success) throw new Error(`invalid trace event ${JSON.stringify(e)}: ${r.error.message}`);
  }
}
