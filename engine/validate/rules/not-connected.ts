// A button or a Go To rule not connected to a block yet (its `goTo` left out, as the inspector creates
// them): the file is valid, but a click or a rule that holds would lead nowhere, and Chatlayer needs a target.
import { unconnectedSlots } from '../../model';
import type { ValidationRule } from '../validation-context';

export const notConnected: ValidationRule = (ctx) => {
  for (const site of ctx.sites)
    for (const slot of unconnectedSlots(site.block)) {
      const what = slot.kind === 'rule' ? `rule ${Number(slot.path[1]) + 1}` : `button "${slot.label ?? ''}"`;
      ctx.report(
        'not-connected',
        'error',
        `${what} of block "${site.block.id}" is not connected: drag from its port on the canvas to a block, or pick one in "Go to".`,
        // The button or rule itself: its goTo key is absent, so the path stops one step short of it.
        { site, path: slot.path.slice(0, -1) },
      );
    }
};
