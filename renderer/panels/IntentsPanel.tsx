// Intents of the local NLP: id, examples (one per line), and the block a match jumps to.
import { IntentId, type Intent } from '../../engine/model';
import { TargetField } from '../inspector/fields/TargetField';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { X } from 'lucide-react';

export function IntentsPanel() {
  const intents = useProject((s) => s.project.intents);
  const commit = useCommit();
  const set = (intent: Intent) => commit([{ type: 'setIntent', intent }], 'Edit intent');
  return (
    <div className="panel-list" data-testid="intents-panel">
      {intents.map((intent) => (
        <fieldset key={intent.id} className="sub-item">
          <legend>
            {intent.id}
            <button
              className="link-button"
              onClick={() => commit([{ type: 'deleteIntent', id: intent.id }], 'Delete intent')}
              aria-label={`Delete ${intent.id}`}
            >
              <X aria-hidden />
            </button>
          </legend>
          <TextField
            label="Examples (one per line)"
            multiline
            value={intent.examples.join('\n')}
            validate={(t) =>
              t.split('\n').some((l) => l.trim()) ? undefined : 'An intent needs at least one example.'
            }
            onCommit={(t) =>
              set({
                ...intent,
                examples: t
                  .split('\n')
                  .map((l) => l.trim())
                  .filter(Boolean),
              })
            }
          />
          <TargetField
            label="Jumps to"
            value={intent.block}
            onCommit={(block) => set({ ...intent, block })}
          />
        </fieldset>
      ))}
      {/* A new field after each added intent: the typed id must not stay behind (and read as a duplicate). */}
      <TextField
        key={intents.length}
        label="New intent id"
        value=""
        placeholder="order_pizza"
        validate={(id) =>
          IntentId.safeParse(id).success
            ? intents.some((i) => i.id === id)
              ? 'That intent exists.'
              : undefined
            : 'Use 1 to 64 characters of A-Z, a-z, 0-9, _, . or -, and not __proto__, constructor or prototype.'
        }
        onCommit={(id) => set({ id, examples: [id.replace(/[_.-]/g, ' ')] })}
      />
    </div>
  );
}
