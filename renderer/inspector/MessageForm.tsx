// Inspector form of a message block (docs/file-format.md#message-block).
import type { MessageBlock } from '../../engine/model';
import { MessagesEditor } from './MessagesEditor';
import { TargetField } from './fields/TargetField';
import { TransitionSetsEditor } from './TransitionSetsEditor';
import { usePatchBlock } from './use-commit';

export function MessageForm({ block }: { block: MessageBlock }) {
  const patch = usePatchBlock(block.id);
  return (
    <>
      <MessagesEditor
        messages={block.messages}
        onCommit={(messages) => patch({ messages }, 'Edit messages')}
        testId="message"
      />
      <TargetField
        label="Next (empty: wait for the user)"
        value={block.next}
        onCommit={(next) => patch({ next }, 'Set next')}
        testId="field-next"
      />
      <TransitionSetsEditor
        sets={block.nextSet}
        exit="next"
        onCommit={(nextSet) => patch({ nextSet }, 'Set variables on next')}
        testId="sets-next"
      />
    </>
  );
}
