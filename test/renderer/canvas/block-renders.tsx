// Counting block renders in the canvas's jsdom tests: a BlockFrame wrapped in React's Profiler, which a test file
// installs in place of the real one (the mock must sit in the test file, where vitest hoists it):
//
//   vi.mock('../../../renderer/canvas/nodes/BlockFrame', async (original) =>
//     (await import('./block-renders')).profiledBlockFrame(await original()),
//   );
//
// Each render of a block's frame then pushes its id to `blockRenders`.
import { Profiler, type ComponentProps } from 'react';
import type * as BlockFrameModule from '../../../renderer/canvas/nodes/BlockFrame';

/** Block ids, one per render of that block's frame since the list was last emptied. */
export const blockRenders: string[] = [];

/** The BlockFrame module with its frame rendered inside a Profiler that records each render in `blockRenders`. */
export function profiledBlockFrame(original: unknown): typeof BlockFrameModule {
  const module = original as typeof BlockFrameModule;
  const { BlockFrame } = module;
  return {
    ...module,
    BlockFrame: (props: ComponentProps<typeof BlockFrame>) => (
      <Profiler id={props.display.id} onRender={(id) => blockRenders.push(id)}>
        <BlockFrame {...props} />
      </Profiler>
    ),
  };
}
