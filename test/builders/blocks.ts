// Block builders with sensible defaults: `message('welcome', { next: 'ask' })`. Every result is a
// valid botloom/1 block (defaults of the schema filled in); overrides replace fields as given.
import type {
  ApiBlock,
  CodeBlock,
  GotoBlock,
  GotoRule,
  InputBlock,
  MessageBlock,
  Message,
  Condition,
} from '../../engine/model';
import { text as textMessage } from './messages';

type Overrides<B> = Partial<Omit<B, 'id' | 'type'>>;

/** A message block; `text` is a shorthand for one text message. */
export function message(
  id: string,
  overrides: Overrides<MessageBlock> & { text?: string } = {},
): MessageBlock {
  const { text, ...rest } = overrides;
  return { id, type: 'message', messages: [textMessage(text ?? `This is ${id}.`)], ...rest };
}

/** An input block storing into `answers.<id>` by default; `ask` is a shorthand for a one-text prompt. */
export function input(id: string, overrides: Overrides<InputBlock> & { ask?: string } = {}): InputBlock {
  const { ask, ...rest } = overrides;
  const prompt: Message[] = [textMessage(ask ?? `What is your ${id}?`)];
  return { id, type: 'input', prompt, variable: `answers.${id}`, validate: { kind: 'any' }, ...rest };
}

export const rule = (when: Condition, goTo: string): GotoRule => ({ when, goTo });

/** A Go To block; without overrides it has no rules and no `else`. */
export function goto(id: string, overrides: Overrides<GotoBlock> = {}): GotoBlock {
  return { id, type: 'goto', rules: [], ...overrides };
}

export function api(id: string, overrides: Overrides<ApiBlock> = {}): ApiBlock {
  return { id, type: 'api', method: 'GET', url: `https://api.example.com/${id}`, ...overrides };
}

export function code(id: string, overrides: Overrides<CodeBlock> = {}): CodeBlock {
  return { id, type: 'code', code: "ChatlayerResponseBuilder().addMessage('done').send();", ...overrides };
}
