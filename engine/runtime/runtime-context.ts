// The state of one conversation and the operations every block handler shares: templating with
// warnings into the trace, sending messages, writing variables, reporting errors.
import {
  DEFAULT_NLP_THRESHOLD,
  SENSITIVE_PLACEHOLDER,
  indexBlocks,
  type Block,
  type BlockLocation,
  type Json,
  UNSAFE_PATH_SEGMENTS,
  type Message,
  type Project,
  type SetEvent,
  type TableRow,
  copyTableRows,
  type TextMessage,
  textVariants,
  type TransitionSet,
} from '../model';
import {
  readPath,
  renderJson,
  renderTemplate,
  type RenderJsonOptions,
  type TemplateScope,
} from '../template';
import type { RecognisedEntity } from '../entities';
import { realClock, type Clock } from './clock';
import { scrubDeep, scrubSecrets } from './http-call';
import { initialContexts, intentBlocks } from './contexts';
import { initialInternal } from './internal-namespace';
import type { ConversationOptions } from './options';
import { OfferedButtons } from './find-button';
import { hash32, seededRandom } from './random';
import { newSession, safeJson, unsafeSegment, writePath, type Session } from './session-store';
import { Tracer } from './tracer';
import { eventBlocks, VariableWatch } from './variable-watch';
import { initialOffloading, type OffloadingState } from './offloading-state';
import { LANGUAGE_VARIABLES, sessionLanguage } from './language';

/** Where a block goes after running. */
export type Outcome =
  | { kind: 'next'; blockId: string; set?: readonly TransitionSet[] | undefined }
  | { kind: 'wait' }
  | { kind: 'end'; reason: 'done' | 'error' };

/** The variants of a text message after templating, and the index of the one sent. */
export interface VariantChoice {
  variants: string[];
  variant: number;
}

/** A text message with more than one text. */
export const hasVariants = (m: Message): m is TextMessage & { variants: string[] } =>
  m.kind === 'text' && !!m.variants?.length;

export class RuntimeContext {
  readonly blocks: Map<string, BlockLocation>;
  readonly tracer: Tracer;
  readonly clock: Clock;
  readonly seed: number;
  readonly conversationId: string;
  readonly nlpThreshold: number;
  session: Session;
  lastUserMessage = '';
  lastError = '';
  waitingAt: string | null = null;
  ended = false;
  started = false;
  /** Invalid answers given to the waiting input block. */
  attempts = 0;
  /** Entities recognised in the latest typed message (docs/file-format.md#entities). */
  recognised: readonly RecognisedEntity[] = [];
  /** Every button the bot has sent (a click may name any of them, as Chatlayer's postbacks carry their target). */
  readonly offered = new OfferedButtons();
  /** Secret values that left the engine, scrubbed from every HTTP preview. */
  readonly revealedSecrets = new Set<string>();
  /** This conversation's copy of every project table's rows, by name (docs/file-format.md#tables). */
  readonly tables: Record<string, TableRow[]>;
  /** The event blocks' watched variables (an empty watch when the project has none). */
  readonly watch: VariableWatch;
  /** The hand-over state (docs/file-format.md#human-hand-over): while `open`, user messages go to the agent. */
  offloading: OffloadingState = initialOffloading();
  /** Whether a Send to agent block finds an agent: the conversation's option, else the project's setting. */
  readonly agentsAvailable: boolean;
  private readonly sensitive: string[];
  private codeRuns = 0;
  private variantRandom: (() => number) | undefined;
  private blocksByIntent: Map<string, Block[]> | undefined;

  constructor(
    readonly project: Project,
    readonly options: ConversationOptions,
  ) {
    this.blocks = indexBlocks(project);
    this.clock = options.clock ?? realClock;
    this.tracer = new Tracer(this.clock, (e) =>
      this.revealedSecrets.size ? scrubDeep(this.revealedSecrets, e) : e,
    );
    this.seed = options.seed ?? 0;
    this.conversationId =
      options.conversationId ??
      (options.seed !== undefined
        ? `conversation-${hash32('conversation', this.seed).toString(16)}`
        : `conversation-${Math.random().toString(16).slice(2, 10)}`);
    this.nlpThreshold = options.nlpThreshold ?? project.nlp?.threshold ?? DEFAULT_NLP_THRESHOLD;
    this.agentsAvailable = options.agentsAvailable ?? project.settings?.agentsAvailable ?? true;
    this.sensitive = project.variables.filter((v) => v.sensitive).map((v) => v.name);
    this.session = newSession();
    // Names reaching a prototype fail validation; the writer refuses them here too (a project not validated).
    for (const v of project.variables)
      if (v.default !== undefined && unsafeSegment(v.name) === undefined)
        writePath(this.session, v.name, safeJson(v.default));
    for (const [key, value] of Object.entries(options.session ?? {}))
      if (!UNSAFE_PATH_SEGMENTS.has(key)) this.session[key] = safeJson(value);
    this.session.internal = initialInternal(project, this.conversationId, options.language);
    this.tables = copyTableRows(project.tables);
    this.internal.contexts = initialContexts(options.contexts);
    // The starting values (defaults, a given session) are the baseline: they do not fire events.
    this.watch = new VariableWatch(eventBlocks(project), (path) => this.read(path));
  }

  get internal(): Record<string, Json> {
    return this.session.internal as Record<string, Json>;
  }

  /** The conversation's language now (docs/file-format.md#languages): it follows internal.preferredLanguage. */
  get language(): string {
    return sessionLanguage(this.project, this.internal);
  }

  /** The blocks intent `id` leads to, in order (the intent's own block first); built on first use. */
  intentBlocks(id: string): readonly Block[] {
    this.blocksByIntent ??= intentBlocks(this.project);
    return this.blocksByIntent.get(id) ?? [];
  }

  /** What templates see; `secrets: 'reveal'` only for what leaves the engine. */
  scope(blockId: string | null, secrets: 'reveal' | 'redact' = 'redact'): TemplateScope {
    return {
      session: this.session,
      builtins: {
        lastUserMessage: this.lastUserMessage,
        lastError: this.lastError,
        language: this.language,
        conversationId: this.conversationId,
      },
      secret: this.options.secrets,
      secrets,
      onSecret: (value) => this.revealedSecrets.add(value),
      warn: (w) => this.warn(blockId, w.code, w.message, w.path),
      expressions: this.project.settings?.expressionSyntax === true,
      now: () => this.clock.now(),
    };
  }

  /** A variable's value: a built-in (`lastUserMessage`, …) or a session path. */
  read(path: string): unknown {
    switch (path) {
      case 'lastUserMessage':
        return this.lastUserMessage;
      case 'lastError':
        return this.lastError;
      case 'language':
        return this.language;
      case 'conversationId':
        return this.conversationId;
      default:
        return readPath(this.session, path);
    }
  }

  text(template: string, blockId: string | null): string {
    return template.includes('{') ? renderTemplate(template, this.scope(blockId)) : template;
  }

  json(
    value: Json,
    blockId: string | null,
    secrets: 'reveal' | 'redact' = 'redact',
    options?: RenderJsonOptions,
  ): Json {
    return renderJson(value, this.scope(blockId, secrets), options);
  }

  /** Renders a template without reporting missing values (a variant that was not sent). */
  quietText(template: string, blockId: string | null): string {
    return template.includes('{')
      ? renderTemplate(template, { ...this.scope(blockId), warn: () => undefined })
      : template;
  }

  /** Which of `count` variants to send: seeded, so tests and replays pick the same ones. */
  pickVariant(count: number): number {
    if (count <= 1) return 0;
    this.variantRandom ??= seededRandom(hash32('variants', this.seed));
    return Math.min(count - 1, Math.floor(this.variantRandom() * count));
  }

  /**
   * Sends a message. A text message with variants sends one of them, picked here unless `choice` says which
   * (the trace keeps every variant and the index sent).
   */
  send(
    message: Message,
    source: 'block' | 'api' | 'code' | 'runtime',
    blockId: string | null,
    choice?: VariantChoice,
  ): void {
    if (!choice && message.kind === 'text' && message.variants?.length) {
      const variants = textVariants(message);
      const variant = this.pickVariant(variants.length);
      choice = { variants, variant };
      message = { kind: 'text', text: variants[variant]! };
    }
    this.offered.add(message);
    this.tracer.emit({ type: 'message', blockId, source, message, ...(choice ?? {}) });
  }

  /**
   * Writes a variable with a `set` event; `internal.*` (but the language: internal.preferredLanguage and
   * internal.locale) and `secrets.*` are refused with an error.
   */
  set(path: string, value: Json, source: SetEvent['source'], blockId: string | null): boolean {
    const root = path.split(/[.[]/, 1)[0];
    const languageSwitch = (LANGUAGE_VARIABLES as readonly string[]).includes(path);
    if ((root === 'internal' && !languageSwitch) || root === 'secrets') {
      this.error(blockId, `${root}-readonly`, `cannot write ${path}: the ${root} namespace is read-only`);
      return false;
    }
    const unsafe = unsafeSegment(path);
    if (unsafe !== undefined) {
      this.error(
        blockId,
        'variable-path-unsafe',
        `cannot write ${path}: a variable path cannot contain the segment ${unsafe}`,
      );
      return false;
    }
    const old = writePath(this.session, path, value);
    const redacted = this.isSensitive(path);
    const shown = (v: Json | undefined) =>
      redacted && v !== undefined ? SENSITIVE_PLACEHOLDER : v === undefined ? undefined : structuredClone(v);
    this.tracer.emit({
      type: 'set',
      blockId,
      path,
      ...(old !== undefined ? { old: shown(old) } : {}),
      value: shown(value)!,
      source,
      ...(redacted ? { redacted: true } : {}),
    });
    return true;
  }

  warn(blockId: string | null, code: string, message: string, path?: string): void {
    this.tracer.emit({ type: 'warning', blockId, code, message, ...(path !== undefined ? { path } : {}) });
  }

  error(
    blockId: string | null,
    code: string,
    message: string,
    extra: { cycle?: string[]; line?: number } = {},
  ): void {
    this.tracer.emit({ type: 'error', blockId, code, message, ...extra });
  }

  /**
   * A failed API or code block: sets `{lastError}` (secrets scrubbed), reports it, and goes to its own
   * onError, else the project's Error occurred block, else the fallback
   * (docs/file-format.md#errors-and-the-error-occurred-block).
   */
  fail(blockId: string, onError: string | undefined, code: string, reason: string, line?: number): Outcome {
    this.lastError = scrubSecrets(this.revealedSecrets, reason);
    this.error(blockId, code, reason, line !== undefined ? { line } : {});
    const target = onError ?? this.project.errorBlock ?? this.project.fallbackBlock;
    return target ? { kind: 'next', blockId: target } : { kind: 'end', reason: 'error' };
  }

  /** Follows `next` (setting `set` as it goes), or ends the conversation when there is none. */
  follow(next: string | undefined, set?: readonly TransitionSet[]): Outcome {
    return next ? { kind: 'next', blockId: next, set } : { kind: 'end', reason: 'done' };
  }

  /**
   * Applies a transition's sets (docs/file-format.md#variables-set-on-transitions), in order: each
   * value rendered against the session as the previous ones left it, a lone `{path}` keeping its type.
   */
  applySets(sets: readonly TransitionSet[], blockId: string): void {
    for (const { variable, value } of sets)
      this.set(variable, this.json(value, blockId), 'transition', blockId);
  }

  /** A fresh seed for each code run, derived from the conversation's seed. */
  nextCodeSeed(): number {
    return hash32(`code-${this.codeRuns++}`, this.seed);
  }

  /** True for a variable declared sensitive, or one that contains or lies inside one. */
  isSensitive(path: string): boolean {
    return this.sensitive.some((s) => s === path || s.startsWith(path + '.') || path.startsWith(s + '.'));
  }
}
