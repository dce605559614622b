// Every block kind, as one discriminated union on `type`.
import { z } from 'zod';
import { MessageBlock } from './message-block';
import { InputBlock } from './input-block';
import { GotoBlock } from './goto-block';
import { ApiBlock } from './api-block';
import { CodeBlock } from './code-block';

export * from './message-block';
export * from './input-block';
export * from './goto-block';
export * from './api-block';
export * from './code-block';

export const Block = z.discriminatedUnion('type', [MessageBlock, InputBlock, GotoBlock, ApiBlock, CodeBlock]);
export type Block = z.infer<typeof Block>;
export type BlockType = Block['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['message', 'input', 'goto', 'api', 'code'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;
