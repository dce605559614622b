// Type-level proof that every per-kind table names every block kind: each `@ts-expect-error` below is a
// table with one kind missing, so `npm run typecheck` fails if a table type stops requiring it.
// (Checked by the root tsconfig, which includes test/**; block-kind-tables.test.ts checks the keys at run time.)
import { BLOCK_KINDS, type BlockKindTable } from '../../engine/model';
import { BLOCK_RUNNERS, type BlockRunners } from '../../engine/runtime/blocks';
import { CHATLAYER_KINDS, type ChatlayerKinds } from '../../engine/chatlayer/kinds';
import { BLOCK_UI, type BlockUiTable } from '../../renderer/blocks/block-ui';
import { BLOCK_BUILDERS, type BlockBuilders } from '../builders/kinds';
import { BLOCK_GRIDS, type BlockGrids } from '../builders/kind-grids';

const { message, input, goto, api } = BLOCK_KINDS;
// @ts-expect-error the model table without `code`
export const kindsWithoutCode: BlockKindTable = { message, input, goto, api };

// @ts-expect-error the runners without `goto`
export const runnersWithoutGoto: BlockRunners = {
  message: BLOCK_RUNNERS.message,
  input: BLOCK_RUNNERS.input,
  api: BLOCK_RUNNERS.api,
  code: BLOCK_RUNNERS.code,
};

// @ts-expect-error the Chatlayer mappings (schema, export, import) without `input`
export const chatlayerWithoutInput: ChatlayerKinds = {
  message: CHATLAYER_KINDS.message,
  goto: CHATLAYER_KINDS.goto,
  api: CHATLAYER_KINDS.api,
  code: CHATLAYER_KINDS.code,
};

// @ts-expect-error an action mapping under a dialog-state kind: the API action cannot export a message block
export const chatlayerMixedUp: ChatlayerKinds = { ...CHATLAYER_KINDS, message: CHATLAYER_KINDS.api };

// @ts-expect-error the renderer's BLOCK_UI without `code`
export const uiWithoutCode: BlockUiTable = {
  message: BLOCK_UI.message,
  input: BLOCK_UI.input,
  goto: BLOCK_UI.goto,
  api: BLOCK_UI.api,
};

// @ts-expect-error the test builders and arbitraries without `message`
export const buildersWithoutMessage: BlockBuilders = {
  input: BLOCK_BUILDERS.input,
  goto: BLOCK_BUILDERS.goto,
  api: BLOCK_BUILDERS.api,
  code: BLOCK_BUILDERS.code,
};

// @ts-expect-error the canvas benchmark's grid shapes without `api`
export const gridsWithoutApi: BlockGrids = {
  message: BLOCK_GRIDS.message,
  input: BLOCK_GRIDS.input,
  goto: BLOCK_GRIDS.goto,
  code: BLOCK_GRIDS.code,
};

// @ts-expect-error an entry under the wrong kind: the message runner cannot run Go To blocks
export const runnersMixedUp: BlockRunners = { ...BLOCK_RUNNERS, goto: BLOCK_RUNNERS.message };
