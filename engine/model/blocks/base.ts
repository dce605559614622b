// Fields every block has (docs/file-format.md#the-project-document): id, type, optional name, canvas position and
// notes, and the block's NLP link (docs/file-format.md#contexts): the intent that also leads to it and its contexts.
import { z } from 'zod';
import { BlockId, Position } from '../ids';
import { IntentId } from '../variable';
import { BlockContexts } from './contexts';

export const blockBase = {
  id: BlockId,
  name: z.string().optional(),
  position: Position.optional(),
  notes: z.string().optional(),
  /** An intent that leads here (besides the intent's own `block`): one intent can serve several blocks. */
  intent: IntentId.optional(),
  contexts: BlockContexts.optional(),
};
