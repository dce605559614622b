// Inspector form of a JSON builder block (docs/file-format.md#json-builder-block): the event's object, the
// parent-window switch, `next`.
import type { Json, JsonBuilderBlock } from '../../engine/model';
import { JsonField } from './fields/JsonField';
import { CheckField } from './fields/SmallFields';
import { NextField } from './fields/TargetField';
import { usePatchBlock } from './use-commit';

export function JsonBuilderForm({ block }: { block: JsonBuilderBlock }) {
  const patch = usePatchBlock(block.id);
  return (
    <>
      <JsonField
        label='Data (JSON object; "{variable}" alone keeps its type)'
        object
        value={block.data}
        onCommit={(data) => patch({ data: (data ?? {}) as Record<string, Json> }, 'Edit data')}
        testId="field-data"
      />
      <CheckField
        label="Send to the parent window (web channel)"
        value={block.toParentWindow ?? false}
        onCommit={(on) => patch({ toParentWindow: on || undefined }, 'Set parent window')}
      />
      <p className="muted small">
        Sent as a data-only event: the chat shows no bubble; the page or channel receives the object.
      </p>
      <NextField value={block.next} patch={patch} />
    </>
  );
}
