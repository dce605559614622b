// Inspector form of a Send e-mail block (docs/file-format.md#send-e-mail-block): recipients, subject, body, `next`.
import { invalidEmailAddress, type EmailBlock } from '../../engine/model';
import { NextField } from './fields/TargetField';
import { TemplateField } from './fields/TemplateField';
import { usePatchBlock } from './use-commit';

export function EmailForm({ block }: { block: EmailBlock }) {
  const patch = usePatchBlock(block.id);
  return (
    <>
      <TemplateField
        label="To (addresses separated by commas)"
        value={block.to}
        validate={(to) => {
          const bad = invalidEmailAddress(to);
          return bad === undefined ? undefined : `"${bad}" is not an e-mail address.`;
        }}
        onCommit={(to) => patch({ to }, 'Set recipients')}
        testId="field-to"
      />
      <TemplateField
        label="Subject"
        value={block.subject}
        onCommit={(subject) => patch({ subject }, 'Set subject')}
        testId="field-subject"
      />
      <TemplateField
        label="Body"
        multiline
        value={block.body}
        onCommit={(body) => patch({ body }, 'Set body')}
        testId="field-body"
      />
      <p className="muted small">
        The simulator keeps it in the Outbox tab and never sends it; the live Chatlayer bot sends it.
      </p>
      <NextField value={block.next} patch={patch} />
    </>
  );
}
