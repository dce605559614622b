// Intents of the local NLP: id, examples (one per line), and the block a match jumps to. With a secondary
// language chosen in the title bar, the examples field edits that language's examples (the primary ones greyed
// under it); a multi-language project also exports and imports its expressions as CSV here.
import { IntentId, type Intent } from '../../engine/model';
import { TargetField } from '../inspector/fields/TargetField';
import { TextField } from '../inspector/fields/TextField';
import { useCommit } from '../inspector/use-commit';
import { useAppStore } from '../state/app-store';
import { selectViewLanguage, useProject } from '../state/project-store';
import { ExpressionsCsv } from '../translations/ExpressionsCsv';
import { X } from 'lucide-react';

const lines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** An intent's examples in a secondary language: one per line, empty removes them (the primary ones are used). */
function TranslatedExamples({
  intent,
  language,
  primary,
}: {
  intent: Intent;
  language: string;
  primary: string;
}) {
  const commit = useCommit();
  const own = intent.examplesByLanguage?.[language] ?? [];
  return (
    <div className={`translated-text status-${own.length ? 'translated' : 'missing'}`}>
      <TextField
        label={`Examples in ${language} (one per line)${own.length ? '' : ' — missing'}`}
        multiline
        value={own.join('\n')}
        placeholder={intent.examples.join('\n')}
        testId={`intent-examples-${intent.id}-${language}`}
        onCommit={(t) =>
          commit(
            [
              {
                type: 'applyTranslations',
                edits: [],
                examples: [{ intent: intent.id, language, examples: lines(t) }],
              },
            ],
            `Edit the ${language} examples of ${intent.id}`,
          )
        }
      />
      <p className="translation-primary small" title={`The ${primary} examples`}>
        {own.length === 0 && <span className="translation-missing">missing</span>} {primary}:{' '}
        {intent.examples.join(' · ')}
      </p>
    </div>
  );
}

export function IntentsPanel() {
  const intents = useProject((s) => s.project.intents);
  const language = useProject(selectViewLanguage);
  const primary = useProject((s) => s.project.language);
  const multilingual = useProject((s) => (s.project.secondaryLanguages ?? []).length > 0);
  const setError = useAppStore((s) => s.setError);
  const commit = useCommit();
  const set = (intent: Intent) => commit([{ type: 'setIntent', intent }], 'Edit intent');
  return (
    <div className="panel-list" data-testid="intents-panel">
      {multilingual && (
        <div className="expressions-csv" data-testid="expressions-csv">
          <span className="muted small">Expressions (all languages):</span>
          <ExpressionsCsv onError={setError} />
        </div>
      )}
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
          {language ? (
            <TranslatedExamples intent={intent} language={language} primary={primary} />
          ) : (
            <TextField
              label="Examples (one per line)"
              multiline
              value={intent.examples.join('\n')}
              validate={(t) =>
                t.split('\n').some((l) => l.trim()) ? undefined : 'An intent needs at least one example.'
              }
              onCommit={(t) => set({ ...intent, examples: lines(t) })}
            />
          )}
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
