// `botloom chat <project>` (docs/architecture.md#the-cli): a conversation in the terminal. Buttons and quick replies show as
// numbered choices (type the number to press one: a typed title is a message, as in Chatlayer); `--say` (repeatable)
// runs without a prompt;
// `--json` prints the trace events, one JSON object per line; `--mode mocked|live` picks the HTTP layer.
import { createInterface } from 'node:readline';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Button, Message, TraceEvent } from '../../engine/model';
import { createConversation, realClock, type Conversation, type TurnResult } from '../../engine/runtime';
import { createMockHttp, realSleep } from '../../engine/http';
import { createQuickJsCodeRunner } from '../../engine/node';
import { createNodeLiveHttp } from '../../engine/node/live-http';
import { CliError } from '../cli-error';
import { requireProject } from '../project-file-errors';
import { projectIntents, secretsFromEnv } from './test';

interface ChatOptions {
  say: string[];
  json?: boolean;
  mode: 'mocked' | 'live';
  start?: string;
  skipIntro?: boolean;
  seed?: number;
  language?: string;
}

/** A choice the user can pick by number. */
export interface Choice {
  button: Button;
}

/** The lines a person reads for one bot message; buttons get numbers from `choices`. */
export function messageLines(message: Message, choices: Choice[]): string[] {
  const numbered = (buttons: Button[]) =>
    buttons.map((button) => {
      choices.push({ button });
      return `  [${choices.length}] ${button.title}${'url' in button ? ` (${button.url})` : ''}`;
    });
  switch (message.kind) {
    case 'text':
      return [`Bot: ${message.text}`];
    case 'buttons':
      return [`Bot: ${message.text}`, ...numbered(message.buttons)];
    case 'quickReplies':
      return [`Bot: ${message.text}`, ...numbered(message.replies)];
    case 'image':
      return [`Bot: [image ${message.url}${message.alt ? ` "${message.alt}"` : ''}]`];
    case 'carousel':
      return message.cards.flatMap((card) => [
        `Bot: ▸ ${card.title}${card.subtitle ? ` — ${card.subtitle}` : ''}${card.imageUrl ? ` [image ${card.imageUrl}]` : ''}`,
        ...numbered(card.buttons),
      ]);
  }
}

/** `botloom chat … | head` closes the pipe early: stop quietly instead of with an EPIPE stack. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

class TerminalChat {
  private choices: Choice[] = [];
  private hinted = false;

  constructor(
    private readonly conversation: Conversation,
    private readonly json: boolean,
  ) {
    if (json) conversation.onEvent((e: TraceEvent) => process.stdout.write(JSON.stringify(e) + '\n'));
  }

  private show(turn: TurnResult): void {
    if (this.json) return;
    this.choices = [];
    const lines: string[] = [];
    for (const e of turn.events) {
      if (e.type === 'message') lines.push(...messageLines(e.message, this.choices));
      if (e.type === 'event')
        lines.push(`(event${e.toParentWindow ? ' to the parent window' : ''}: ${JSON.stringify(e.data)})`);
      if (e.type === 'email')
        lines.push(`(e-mail to ${e.to.join(', ')}: "${e.subject}", kept in the outbox, not sent)`);
      if (e.type === 'error')
        process.stderr.write(`(error in ${e.blockId ?? 'the conversation'}: ${e.code}: ${e.message})\n`);
    }
    if (turn.ended) lines.push('(the conversation has ended)');
    if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  }

  async start(): Promise<void> {
    this.show(await this.conversation.start());
  }

  /** A number picks a numbered choice (a click, carrying the button's target); anything else is said as typed. */
  async answer(text: string): Promise<void> {
    const n = /^\s*(\d+)\s*$/.exec(text);
    const choice = n ? this.choices[Number(n[1]) - 1] : undefined;
    if (choice && 'url' in choice.button) {
      if (!this.json) process.stdout.write(`(opens ${choice.button.url})\n`);
      return;
    }
    if (choice) {
      const b = choice.button;
      return this.show(await this.conversation.click(b.title, 'url' in b ? undefined : b.goTo));
    }
    this.hintTypedTitle(text);
    this.show(await this.conversation.say(text));
  }

  /** Once: a typed button title is a message (it goes through NLP), not a press of the button. */
  private hintTypedTitle(text: string): void {
    if (this.hinted || this.json) return;
    const i = this.choices.findIndex(
      (c) => c.button.title.trim().toLowerCase() === text.trim().toLowerCase(),
    );
    if (i < 0) return;
    this.hinted = true;
    process.stdout.write(
      `(typed text is a message, not a click, as in Chatlayer: type ${i + 1} to press "${this.choices[i]!.button.title}")\n`,
    );
  }

  get ended(): boolean {
    return this.conversation.ended;
  }
}

async function interactive(chat: TerminalChat, conversation: Conversation): Promise<number> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'You: ',
    terminal: Boolean(process.stdin.isTTY),
  });
  let interrupted = false;
  rl.on('SIGINT', () => {
    interrupted = true;
    rl.close();
  });
  const tty = Boolean(process.stdin.isTTY);
  // On a terminal the prompt shows; piped input is echoed instead, so the output reads as a transcript.
  const prompt = () => (tty ? rl.prompt() : undefined);
  if (tty) process.stdout.write('(type a message, a choice number, /vars for the session, /quit to leave)\n');
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (!tty && text !== '') process.stdout.write(`You: ${text}\n`);
    if (text === '/quit' || text === '/exit') break;
    if (text === '/vars')
      process.stdout.write(JSON.stringify(conversation.scrub(conversation.session), null, 2) + '\n');
    else if (text !== '') await chat.answer(line);
    if (chat.ended) break;
    prompt();
  }
  rl.close();
  return interrupted ? 130 : 0;
}

export function registerChat(program: Command): void {
  program
    .command('chat')
    .description('talk to the bot in the terminal')
    .argument('<project>', 'a .botloom project or a botloom/1 .json file')
    .option(
      '--say <text>',
      'say this instead of asking (repeatable; runs non-interactively)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .option('--json', 'print the trace events, one JSON object per line')
    .addOption(
      new Option('--mode <mode>', "HTTP: the project's mocks or real requests")
        .choices(['mocked', 'live'])
        .default('mocked'),
    )
    .option('--start <block>', "start at this block instead of the project's start block")
    .option(
      '--skip-intro',
      "no introduction: the first message is a normal turn (default: the project's setting)",
    )
    .option('--language <tag>', 'talk in this language of the project (default: the primary language)')
    .option('--seed <n>', 'seed for code blocks and the conversation id', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError(`--seed must be a whole number, not '${v}'`);
      return n;
    })
    .action(async (file: string, opts: ChatOptions) => {
      const { project } = requireProject(file);
      quietOnClosedPipe();
      if (opts.start !== undefined && !project.flows.some((f) => f.blocks.some((b) => b.id === opts.start))) {
        throw new CliError(`${file} has no block "${opts.start}": check --start.`, 2);
      }
      const languages = [project.language, ...(project.secondaryLanguages ?? [])];
      if (opts.language !== undefined && !languages.includes(opts.language))
        throw new CliError(
          `${file} has no language "${opts.language}" (it has ${languages.join(', ')}): check --language.`,
          2,
        );
      const codeRunner = createQuickJsCodeRunner();
      try {
        const intents = await projectIntents(project);
        const conversation = createConversation(project, {
          http:
            opts.mode === 'live' ? createNodeLiveHttp() : createMockHttp(project.mocks, { sleep: realSleep }),
          codeRunner,
          clock: realClock,
          secrets: secretsFromEnv(),
          ...(intents ? { intents } : {}),
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          ...(opts.start !== undefined ? { startBlock: opts.start } : {}),
          ...(opts.skipIntro ? { skipIntroduction: true } : {}),
          ...(opts.language !== undefined ? { language: opts.language } : {}),
        });
        const chat = new TerminalChat(conversation, Boolean(opts.json));
        await chat.start();
        if (opts.say.length > 0) {
          for (const text of opts.say) {
            if (chat.ended) break;
            if (!opts.json) process.stdout.write(`You: ${text}\n`);
            await chat.answer(text);
          }
          process.exitCode = 0;
        } else if (!chat.ended) {
          process.exitCode = await interactive(chat, conversation);
        }
      } finally {
        await codeRunner.dispose();
      }
    });
}
