// What a command returns besides its diff: an error, or a report of side effects the UI shows.
import type { EditError } from '../edit-error';
import { editError } from '../edit-error';
import type { ReferenceSite } from '../references';

export interface CommandReport {
  /** References that now point at no block (after deleteBlocks / deleteFlow, or kept by pasteBlocks). */
  dangling?: ReferenceSite[];
  /** Optional slots of pasted blocks cleared because their target exists neither in the paste nor the project. */
  dropped?: ReferenceSite[];
  /** Pasted block ids that collided: original id → id given. */
  renamed?: Record<string, string>;
  /** Ids of the blocks created, in order (addBlock, pasteBlocks). */
  created?: string[];
  /** What keepKnowledgeMocks did with the recorded answers (merged by question). */
  knowledgeMocks?: { added: number; replaced: number; unchanged: number };
}

export type CommandOutcome = EditError | CommandReport | undefined;

export const unknownBlock = (id: string, path: (string | number)[]) =>
  editError('unknown-block', `There is no block "${id}" in the project.`, path);
export const unknownFlow = (id: string, path: (string | number)[]) =>
  editError('unknown-flow', `There is no flow "${id}" in the project.`, path);
