// Inspector form of an Event block (docs/file-format.md#event-block): the watched variable and `next`.
import type { OnVariableChangeBlock } from '../../engine/model';
import { NextField } from './fields/TargetField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

export function OnVariableChangeForm({ block }: { block: OnVariableChangeBlock }) {
  const patch = usePatchBlock(block.id);
  return (
    <>
      <TextField
        label="When this variable changes"
        value={block.variable}
        list="variable-names"
        testId="field-variable"
        onCommit={(variable) => patch({ variable }, 'Set variable')}
      />
      <p className="muted small" data-testid="event-explainer">
        Whenever a block (or a transition) leaves {`{${block.variable}}`} with a different value, the blocks
        from Next run, then the conversation goes on where it was. A change made by those blocks does not run
        them again. Nothing needs to link to this block.
      </p>
      <NextField value={block.next} patch={patch} />
    </>
  );
}
