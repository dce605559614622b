// Fields every block has (docs/file-format.md#the-project-document): id, type, optional name, canvas position and notes.
import { z } from 'zod';
import { BlockId, Position } from '../ids';

export const blockBase = {
  id: BlockId,
  name: z.string().optional(),
  position: Position.optional(),
  notes: z.string().optional(),
};
