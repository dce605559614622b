// Picks the block a slot jumps to (completion from every block id); empty clears an optional slot.
import { useProjectStore } from '../../state/project-store';
import { TextField } from './TextField';

export function TargetField({
  label,
  value,
  onCommit,
  optional = true,
  testId,
}: {
  label: string;
  value: string | undefined;
  onCommit(v: string | undefined): string | undefined;
  optional?: boolean;
  testId?: string;
}) {
  const store = useProjectStore();
  return (
    <TextField
      label={label}
      value={value ?? ''}
      list="block-ids"
      placeholder={optional ? '(none)' : 'block id'}
      testId={testId}
      validate={(v) => {
        const id = v.trim();
        if (!id) return optional ? undefined : 'Choose a block.';
        return store.getState().flowOfBlock.has(id) ? undefined : `There is no block "${id}".`;
      }}
      onCommit={(v) => onCommit(v.trim() || undefined)}
    />
  );
}

/** A block's "Next" picker: each change is one "Set next" edit. */
export function NextField({
  value,
  patch,
}: {
  value: string | undefined;
  patch(patch: { next: string | undefined }, label: string): string | undefined;
}) {
  return (
    <TargetField
      label="Next"
      value={value}
      onCommit={(next) => patch({ next }, 'Set next')}
      testId="field-next"
    />
  );
}
