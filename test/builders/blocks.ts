// Block builders with sensible defaults: `message('welcome', { next: 'ask' })`. Every result is a
// valid botloom/1 block (defaults of the schema filled in); overrides replace fields as given. The
// defaults of each kind live in BLOCK_BUILDERS (kinds.ts); these add the `text`/`ask` shorthands.
import type {
  ApiBlock,
  CodeBlock,
  Condition,
  GotoBlock,
  GotoRule,
  InputBlock,
  MessageBlock,
} from '../../engine/model';
import { BLOCK_BUILDERS, type Overrides } from './kinds';
import { text as textMessage } from './messages';

/** A message block; `text` is a shorthand for one text message. */
export function message(
  id: string,
  overrides: Overrides<MessageBlock> & { text?: string } = {},
): MessageBlock {
  const { text, ...rest } = overrides;
  return BLOCK_BUILDERS.message.build(
    id,
    text === undefined ? rest : { messages: [textMessage(text)], ...rest },
  );
}

/** An input block storing into `answers.<id>` by default; `ask` is a shorthand for a one-text prompt. */
export function input(id: string, overrides: Overrides<InputBlock> & { ask?: string } = {}): InputBlock {
  const { ask, ...rest } = overrides;
  return BLOCK_BUILDERS.input.build(id, ask === undefined ? rest : { prompt: [textMessage(ask)], ...rest });
}

export const rule = (when: Condition, goTo: string): GotoRule => ({ when, goTo });

/** A Go To block; without overrides it has no rules and no `else`. */
export const goto = (id: string, overrides: Overrides<GotoBlock> = {}): GotoBlock =>
  BLOCK_BUILDERS.goto.build(id, overrides);

export const api = (id: string, overrides: Overrides<ApiBlock> = {}): ApiBlock =>
  BLOCK_BUILDERS.api.build(id, overrides);

export const code = (id: string, overrides: Overrides<CodeBlock> = {}): CodeBlock =>
  BLOCK_BUILDERS.code.build(id, overrides);
