// Inspector form of a Generate answer block (docs/file-format.md#generate-answer-block): the question,
// the answer's variable, the tags that limit the sources, the threshold, next and the no-answer route.
import { DEFAULT_KNOWLEDGE_THRESHOLD, KnowledgeTag, type KnowledgeBlock } from '../../engine/model';
import { useProject } from '../state/project-store';
import { NumberField } from './fields/SmallFields';
import { NextField, TargetField } from './fields/TargetField';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

/** `faq, billing` → ['faq', 'billing']. */
export const parseTags = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');

export function KnowledgeForm({ block }: { block: KnowledgeBlock }) {
  const patch = usePatchBlock(block.id);
  const sources = useProject((s) => s.project.knowledge?.sources ?? []);
  const tags = block.tags ?? [];
  const used = tags.length ? sources.filter((s) => s.tags?.some((t) => tags.includes(t))) : sources;
  return (
    <>
      <TemplateField
        label="Question (empty: the user's last message)"
        value={block.question ?? ''}
        placeholder="{lastUserMessage}"
        testId="field-question"
        onCommit={(question) => patch({ question: question || undefined }, 'Set question')}
      />
      <TextField
        label="Store the answer in"
        value={block.variable}
        list="variable-names"
        testId="field-variable"
        onCommit={(variable) => patch({ variable }, 'Set variable')}
      />
      <TextField
        label="Only sources tagged (comma-separated; empty: every source)"
        value={tags.join(', ')}
        testId="field-tags"
        validate={(v) => {
          const bad = parseTags(v).find((t) => !KnowledgeTag.safeParse(t).success);
          return bad ? `"${bad}" is not a tag: use letters, digits, _ or - (no spaces).` : undefined;
        }}
        onCommit={(v) => {
          const next = parseTags(v);
          return patch({ tags: next.length ? next : undefined }, 'Set tags');
        }}
      />
      <NumberField
        label={`Answer when the best score is above (0 to 1; default ${DEFAULT_KNOWLEDGE_THRESHOLD})`}
        value={block.threshold}
        min={0}
        max={1}
        testId="field-threshold"
        onCommit={(threshold) => patch({ threshold }, 'Set threshold')}
      />
      <p className="muted small" data-testid="knowledge-shape">
        Stores {`{${block.variable}.answer}`}, .source (its name), .sourceId, .score and .passage. Answers
        from {used.length} of {sources.length} source{sources.length === 1 ? '' : 's'}
        {used.length ? `: ${used.map((s) => s.name).join(', ')}` : ''}. Offline, Botloom searches the sources
        itself and sends the passage as written; Chatlayer generates its own wording, which Botloom cannot
        predict.
      </p>
      <NextField value={block.next} patch={patch} />
      <TargetField
        label="No answer"
        value={block.noAnswer}
        onCommit={(noAnswer) => patch({ noAnswer }, 'Set no answer')}
        testId="field-noAnswer"
      />
    </>
  );
}
