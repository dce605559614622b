// Type-level proof that every per-kind table names every block kind: each `@ts-expect-error` below is a
// table with exactly one kind missing (all the others present), so `npm run typecheck` fails if a table
// type stops requiring that kind. (Checked by the root tsconfig, which includes test/**;
// block-kind-tables.test.ts checks the keys at run time.)
import { BLOCK_KINDS, type BlockKindTable } from '../../engine/model';
import { BLOCK_RUNNERS, type BlockRunners } from '../../engine/runtime/blocks';
import { CHATLAYER_KINDS, type ChatlayerKinds } from '../../engine/chatlayer/kinds';
import { BLOCK_UI, type BlockUiTable } from '../../renderer/blocks/block-ui';
import { BLOCK_BUILDERS, type BlockBuilders } from '../builders/kinds';
import { BLOCK_GRIDS, type BlockGrids } from '../builders/kind-grids';

/** The table with one kind left out, typed as exactly that. */
function without<T extends object, K extends keyof T>(table: T, kind: K): Omit<T, K> {
  const rest = { ...table };
  delete rest[kind];
  return rest;
}

// @ts-expect-error the model table without `code`
export const kindsWithoutCode: BlockKindTable = without(BLOCK_KINDS, 'code');

// @ts-expect-error the runners without `goto`
export const runnersWithoutGoto: BlockRunners = without(BLOCK_RUNNERS, 'goto');

// @ts-expect-error the Chatlayer mappings (schema, export, import) without `input`
export const chatlayerWithoutInput: ChatlayerKinds = without(CHATLAYER_KINDS, 'input');

// @ts-expect-error the Chatlayer mappings without a kind that is an action (`getTime`)
export const chatlayerWithoutGetTime: ChatlayerKinds = without(CHATLAYER_KINDS, 'getTime');

// @ts-expect-error an action mapping under a dialog-state kind: the API action cannot export a message block
export const chatlayerMixedUp: ChatlayerKinds = { ...CHATLAYER_KINDS, message: CHATLAYER_KINDS.api };

// @ts-expect-error the renderer's BLOCK_UI without `code`
export const uiWithoutCode: BlockUiTable = without(BLOCK_UI, 'code');

// @ts-expect-error the test builders and arbitraries without `message`
export const buildersWithoutMessage: BlockBuilders = without(BLOCK_BUILDERS, 'message');

// @ts-expect-error the canvas benchmark's grid shapes without `api`
export const gridsWithoutApi: BlockGrids = without(BLOCK_GRIDS, 'api');

// @ts-expect-error an entry under the wrong kind: the message runner cannot run Go To blocks
export const runnersMixedUp: BlockRunners = { ...BLOCK_RUNNERS, goto: BLOCK_RUNNERS.message };

// The same tables with nothing left out type-check (so each error above is the missing kind).
export const complete: [
  BlockKindTable,
  BlockRunners,
  ChatlayerKinds,
  BlockUiTable,
  BlockBuilders,
  BlockGrids,
] = [BLOCK_KINDS, BLOCK_RUNNERS, CHATLAYER_KINDS, BLOCK_UI, BLOCK_BUILDERS, BLOCK_GRIDS];
