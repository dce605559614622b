// The project's languages in the Settings panel (docs/file-format.md#languages): the primary language and the
// secondary ones, added and removed through updateSettings (undoable). Removing a language keeps its
// translations in the file; adding it back restores them.
import { useState } from 'react';
import { projectLanguages } from '../../engine/model';
import type { SettingsPatch } from '../../engine/edit';
import { TextField } from '../inspector/fields/TextField';
import { useProject, useProjectStore } from '../state/project-store';
import { primaryLanguageProblem, secondaryLanguageProblem } from '../translations/language-tags';

export function LanguagesSettings({ patch }: { patch(p: SettingsPatch): string | undefined }) {
  const store = useProjectStore();
  const project = useProject((s) => s.project);
  const { primary, secondary } = projectLanguages(project);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const problem =
      secondaryLanguageProblem(draft, primary, secondary) ??
      patch({ secondaryLanguages: [...secondary, draft.trim()] });
    setError(problem);
    if (!problem) setDraft('');
  };
  return (
    <fieldset className="languages-settings" data-testid="settings-languages">
      <legend>Languages</legend>
      <TextField
        label="Primary language (BCP 47)"
        value={primary}
        validate={(tag) => primaryLanguageProblem(tag, secondary)}
        onCommit={(language) => patch({ language: language.trim() })}
        testId="settings-language"
      />
      <div className="field">
        <span className="small">Secondary languages</span>
        {secondary.length === 0 ? (
          <p className="muted small">None: the bot speaks only {primary}.</p>
        ) : (
          <ul className="plain-list" data-testid="secondary-languages">
            {secondary.map((l) => (
              <li key={l}>
                {l}{' '}
                <button
                  className="link-button"
                  aria-label={`Remove the language ${l}`}
                  data-testid={`remove-language-${l}`}
                  onClick={() => setError(patch({ secondaryLanguages: secondary.filter((x) => x !== l) }))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="row">
          <input
            aria-label="Add a secondary language"
            placeholder="nl, fr-BE…"
            value={draft}
            data-testid="add-language-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'add-language-error' : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button onClick={add} data-testid="add-language">
            Add
          </button>
        </div>
        {error && (
          <p className="field-error" id="add-language-error" role="alert" data-testid="language-error">
            {error}
          </p>
        )}
      </div>
      {secondary.length > 0 && (
        <>
          <p className="muted small">
            Removing a language keeps its translations in the file; adding it back restores them. Switch the
            language of the canvas in the title bar.
          </p>
          <button
            onClick={() => store.getState().setTranslationsOpen(true)}
            data-testid="settings-open-translations"
          >
            Open the Translations table
          </button>
        </>
      )}
    </fieldset>
  );
}
