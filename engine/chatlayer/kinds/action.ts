// The `action` dialog state that API, code and the other action kinds share: the common head, the
// kind's `action` object, and the next and error jumps around it.
import { z } from 'zod';
import type { JsonPathSegment } from '../../format';
import type { BlockOf, BlockType } from '../../model';
import type { BlockExportContext } from '../export/export-messages';
import { ChatlayerId } from '../export/message-schema';
import type { ImportContext } from '../import/import-context';
import type { TransitionSet } from '../../model';
import {
  blockExtension,
  dialogstateBase,
  exportHead,
  exportJump,
  exportSets,
  importJump,
  importSets,
  TransitionParams,
  withExtension,
  type ActionDialogstateOf,
  type ActionKind,
} from './kind';

/**
 * An action's extension: a block's own error route is Botloom's (Chatlayer sends a failing action to
 * its Error occurred default block), so it rides here.
 */
export const ActionExtension = z.strictObject({
  ...blockExtension,
  onErrorDialogstateId: ChatlayerId.optional(),
});

/** The `action` dialog state holding one of the given action shapes. */
export function actionDialogstateSchema<S extends z.ZodType>(action: S) {
  return z.strictObject({
    ...dialogstateBase,
    type: z.literal('action'),
    action,
    nextDialogstateId: ChatlayerId.optional(),
    nextDialogstateParams: TransitionParams,
    /** Read only, from files written before onError moved to `botloom`. */
    onErrorDialogstateId: ChatlayerId.optional(),
    botloom: ActionExtension.optional(),
  });
}

/** An action block's jumps: every action has `next`; API and code blocks also have `onError`. */
type Jumps = { next?: string; nextSet?: TransitionSet[]; onError?: string };

/** Exports a block of an action kind: the kind builds the action, this writes the rest. */
export function exportActionBlock<K extends BlockType>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  kind: ActionKind<K, any>,
  block: BlockOf<K>,
  id: string,
  ctx: BlockExportContext,
): ActionDialogstateOf<unknown> {
  const { head, extension } = exportHead(block, id, ctx);
  const jumps = block as Jumps;
  // A block's own onError is warned about once, with the other unresolvable parts (export-warnings.ts).
  return {
    ...head,
    type: 'action',
    action: kind.export(block, ctx),
    ...exportJump('nextDialogstateId', jumps.next, ctx),
    ...exportSets('nextDialogstateParams', jumps.nextSet),
    ...withExtension({ ...extension, ...exportJump('onErrorDialogstateId', jumps.onError, ctx) }),
  };
}

/** The `next` and `onError` of an imported action block. */
export function importActionJumps(
  d: ActionDialogstateOf<unknown>,
  ctx: ImportContext,
  at: JsonPathSegment[],
) {
  return {
    ...importJump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']),
    ...importSets('nextSet', d.nextDialogstateParams),
    ...importJump('onError', d.onErrorDialogstateId, ctx, [...at, 'onErrorDialogstateId']),
    ...importJump('onError', d.botloom?.onErrorDialogstateId, ctx, [
      ...at,
      'botloom',
      'onErrorDialogstateId',
    ]),
  };
}

/** The `next` of an imported action block that has no error route (the export never writes one for it). */
export function importNextOnly(d: ActionDialogstateOf<unknown>, ctx: ImportContext, at: JsonPathSegment[]) {
  // Either place an error route can be written (top level, or Botloom's extension) is refused, never
  // silently dropped: the designer would lose a route they believe is there.
  const misplaced: [JsonPathSegment[], string | undefined][] = [
    [['onErrorDialogstateId'], d.onErrorDialogstateId],
    [
      ['botloom', 'onErrorDialogstateId'],
      (d.botloom as { onErrorDialogstateId?: string } | undefined)?.onErrorDialogstateId,
    ],
  ];
  for (const [path, value] of misplaced)
    if (value !== undefined)
      ctx.fail(
        'invalid-value',
        [...at, ...path],
        `a "${d.name}" action has no error route: remove ${path.join('.')}.`,
      );
  return importJump('next', d.nextDialogstateId, ctx, [...at, 'nextDialogstateId']);
}
