// Picks the block a slot jumps to: shows the target's name (its id under the field), accepts a name or
// an id, completes from every block (name, id as secondary text); empty clears an optional slot.
import { useBlockNames } from '../../blocks/use-block-names';
import { TextField } from './TextField';

export function TargetField({
  label,
  value,
  onCommit,
  optional = true,
  placeholder,
  testId,
}: {
  label: string;
  value: string | undefined;
  onCommit(v: string | undefined): string | undefined;
  optional?: boolean;
  /** Shown while empty (default: "(none)" for an optional slot). */
  placeholder?: string;
  testId?: string;
}) {
  const names = useBlockNames();
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : names.pickerValue(value)}
      list="block-ids"
      placeholder={placeholder ?? (optional ? '(none)' : 'block name or id')}
      testId={testId}
      validate={(v) => {
        const text = v.trim();
        if (!text) return optional ? undefined : 'Choose a block.';
        return names.resolve(text) !== undefined ? undefined : `There is no block "${text}".`;
      }}
      onCommit={(v) => {
        const id = names.resolve(v) ?? (v.trim() || undefined);
        return id === value ? undefined : onCommit(id);
      }}
      below={(draft) => {
        const id = names.resolve(draft);
        return id !== undefined && id !== draft.trim() ? (
          <span className="field-secondary muted small" data-testid={testId && `${testId}-id`}>
            {id}
          </span>
        ) : null;
      }}
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
