// Fields every block has: id (renameBlock, which re-points every reference), name, notes.
import type { Block } from '../../engine/model';
import { ID_PATTERN, ID_RULE } from '../../engine/model';
import { useProjectStore } from '../state/project-store';
import { usePatchBlock } from './use-commit';
import { TextField } from './fields/TextField';

export function CommonFields({ block }: { block: Block }) {
  const store = useProjectStore();
  const patch = usePatchBlock(block.id);
  return (
    <>
      <TextField
        label="Id"
        value={block.id}
        testId="field-id"
        skipOnEdit
        validate={(v) => (ID_PATTERN.test(v) ? undefined : `Use ${ID_RULE}.`)}
        onCommit={(to) => {
          const r = store.getState().apply([{ type: 'renameBlock', from: block.id, to }], 'Rename block');
          if (!r.ok) return r.error.message;
          store.getState().select([to], 'replace');
          return undefined;
        }}
      />
      <TextField
        label="Name"
        value={block.name ?? ''}
        testId="field-name"
        placeholder="Label on the canvas"
        onCommit={(name) => patch({ name: name || undefined }, 'Rename label')}
      />
    </>
  );
}

export function NotesField({ block }: { block: Block }) {
  const patch = usePatchBlock(block.id);
  return (
    <TextField
      label="Notes"
      multiline
      value={block.notes ?? ''}
      onCommit={(notes) => patch({ notes: notes || undefined }, 'Edit notes')}
    />
  );
}
