// Inspector form of a Clear session block (docs/file-format.md#clear-session-block): what it keeps, and `next`.
import type { ClearSessionBlock } from '../../engine/model';
import { useProject } from '../state/project-store';
import { NextField } from './fields/TargetField';
import { usePatchBlock } from './use-commit';

export function ClearSessionForm({ block }: { block: ClearSessionBlock }) {
  const patch = usePatchBlock(block.id);
  const defaults = useProject((s) => s.project.variables.filter((v) => v.default !== undefined).length);
  return (
    <>
      <p className="muted small" data-testid="clear-session-note">
        Removes every session variable, then sets the {defaults} declared variable
        {defaults === 1 ? '' : 's'} with a default back to it. The internal namespace and the built-ins
        (conversationId, language, lastUserMessage, lastError) stay.
      </p>
      <NextField value={block.next} patch={patch} />
    </>
  );
}
