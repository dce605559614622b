// Inspector form of a Send to agent block (docs/file-format.md#send-to-agent-block): the note for the agent, and
// where the project's offloading default blocks (set in Settings) take the conversation.
import { OFFLOADING_BLOCK_KEYS, OFFLOADING_BLOCK_LABELS, type HandoverBlock } from '../../engine/model';
import { useProject } from '../state/project-store';
import { TemplateField } from './fields/TemplateField';
import { usePatchBlock } from './use-commit';

export function HandoverForm({ block }: { block: HandoverBlock }) {
  const patch = usePatchBlock(block.id);
  const project = useProject((s) => s.project);
  return (
    <>
      <TemplateField
        label="Note for the agent"
        multiline
        value={block.note ?? ''}
        onCommit={(note) => patch({ note: note === '' ? undefined : note }, 'Set note for the agent')}
        testId="field-note"
      />
      <p className="muted small" data-testid="handover-explainer">
        Hands the conversation to a human agent and pauses the bot: the user&apos;s messages go to the agent
        until the agent hands back. In the simulator you are the agent (the agent lane in the chat). Where the
        bot goes is set by the project&apos;s offloading default blocks (Settings):
      </p>
      <ul className="muted small" data-testid="handover-defaults">
        {OFFLOADING_BLOCK_KEYS.map((key) => (
          <li key={key}>
            {OFFLOADING_BLOCK_LABELS[key]}: {project[key] ?? 'none (the bot waits here)'}
          </li>
        ))}
      </ul>
      <p className="muted small">
        Chatlayer keeps the bot active until an agent accepts the hand-over; Botloom pauses it at once. How
        Chatlayer exports this action, and where it keeps a note, is not documented: the export warns.
      </p>
    </>
  );
}
