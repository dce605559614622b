// The title bar's language switcher (shown when the project has secondary languages): the language the canvas
// and inspector show texts in (a renderer view state, never saved), and the button that opens the Translations
// table. The workspace renders it into the title bar's slot (a portal: the title bar is outside the project store).
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { projectLanguages } from '../../engine/model';
import { selectViewLanguage, useProject, useProjectStore } from '../state/project-store';
import './translations.css';

export const TITLEBAR_SLOT_ID = 'titlebar-language-slot';

export function LanguageSwitcher() {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById(TITLEBAR_SLOT_ID)), []);
  const store = useProjectStore();
  const project = useProject((s) => s.project);
  const language = useProject(selectViewLanguage);
  const translationsOpen = useProject((s) => s.translationsOpen);
  // Until the open's whole document is in, the secondary languages' texts are not there to show.
  const loading = useProject((s) => s.translationsLoading);
  const { primary, secondary } = projectLanguages(project);
  if (!slot || secondary.length === 0) return null;
  return createPortal(
    <span className="language-switcher">
      <label className="muted small" htmlFor="view-language">
        Texts in
      </label>
      <select
        id="view-language"
        data-testid="view-language"
        title="The language the canvas and inspector show and edit texts in"
        value={language ?? primary}
        disabled={loading}
        onChange={(e) => store.getState().setViewLanguage(e.target.value === primary ? null : e.target.value)}
      >
        <option value={primary}>{primary} (primary)</option>
        {secondary.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <button
        aria-pressed={translationsOpen}
        disabled={loading}
        data-testid="open-translations"
        title="Every text in every language, as a table"
        onClick={() => store.getState().setTranslationsOpen(!translationsOpen)}
      >
        Translations
      </button>
    </span>,
    slot,
  );
}
