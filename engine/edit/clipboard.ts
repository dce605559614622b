// The clipboard payload for copy/paste of blocks across flows and projects: a JSON string with a type
// marker and a format version, holding the selected blocks grouped by the flows they come from.
import { z } from 'zod';
import { Flow, zodIssueText, type Position, type Project } from '../model';
import type { PasteBlocksCommand } from './commands/paste-blocks';
import { editError, type EditError } from './edit-error';

export const CLIPBOARD_TYPE = 'botloom/blocks';
export const CLIPBOARD_VERSION = 1;

export const ClipboardPayload = z.strictObject({
  type: z.literal(CLIPBOARD_TYPE),
  version: z.literal(CLIPBOARD_VERSION),
  /** Name of the project the blocks were copied from (shown, never trusted). */
  project: z.string().optional(),
  /** The flows of the copied blocks, each holding only the copied blocks, in project order. */
  flows: z.array(Flow).min(1),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayload>;

export type CopyResult =
  { ok: true; text: string; payload: ClipboardPayload } | { ok: false; error: EditError };
export type ParseClipboardResult = { ok: true; payload: ClipboardPayload } | { ok: false; error: EditError };

/** Serialises the blocks with these ids (in project order) for the clipboard. */
export function copyBlocks(project: Project, ids: Iterable<string>): CopyResult {
  const wanted = new Set(ids);
  const flows = project.flows
    .map((flow) => ({ id: flow.id, name: flow.name, blocks: flow.blocks.filter((b) => wanted.has(b.id)) }))
    .filter((flow) => flow.blocks.length > 0);
  const found = new Set(flows.flatMap((f) => f.blocks.map((b) => b.id)));
  const missing = [...wanted].find((id) => !found.has(id));
  if (missing !== undefined)
    return {
      ok: false,
      error: editError('unknown-block', `There is no block "${missing}" to copy.`, ['ids']),
    };
  if (flows.length === 0)
    return { ok: false, error: editError('invalid-clipboard', 'Nothing is selected to copy.', ['ids']) };
  const payload: ClipboardPayload = {
    type: CLIPBOARD_TYPE,
    version: CLIPBOARD_VERSION,
    project: project.name,
    flows,
  };
  return { ok: true, text: JSON.stringify(payload), payload };
}

/** Reads clipboard text; anything that is not a valid Botloom block payload is an error value. */
export function parseClipboard(text: string): ParseClipboardResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: editError('invalid-clipboard', 'The clipboard does not hold Botloom blocks.', []),
    };
  }
  const marker = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (marker.type !== CLIPBOARD_TYPE)
    return {
      ok: false,
      error: editError('invalid-clipboard', 'The clipboard does not hold Botloom blocks.', ['type']),
    };
  if (marker.version !== CLIPBOARD_VERSION)
    return {
      ok: false,
      error: editError(
        'invalid-clipboard',
        `Clipboard format version ${String(marker.version)} is not supported (this Botloom reads version ${CLIPBOARD_VERSION}).`,
        ['version'],
      ),
    };
  const parsed = ClipboardPayload.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      error: editError(
        'invalid-clipboard',
        `The copied blocks are not valid${zodIssueText(issue)}`,
        issue.path as (string | number)[],
      ),
    };
  }
  return { ok: true, payload: parsed.data };
}

/** The pasteBlocks command that inserts a payload's blocks into a flow. */
export function pasteCommand(
  payload: ClipboardPayload,
  flow: string,
  options: { offset?: Position; index?: number } = {},
): PasteBlocksCommand {
  return { type: 'pasteBlocks', flow, blocks: payload.flows.flatMap((f) => f.blocks), ...options };
}
