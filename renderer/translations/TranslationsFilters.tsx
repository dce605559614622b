// The Translations table's bar: a text filter, the missing / stale filter and its language, the count, Close.
import { TranslationsCsv } from './TranslationsCsv';
import type { StatusFilter, TranslationFilter } from './translation-rows';

export function TranslationsFilters({
  filter,
  setFilter,
  languages,
  shown,
  total,
  onClose,
  onError,
}: {
  filter: TranslationFilter;
  setFilter(filter: TranslationFilter): void;
  languages: readonly string[];
  shown: number;
  total: number;
  onClose(): void;
  onError(message: string): void;
}) {
  return (
    <div className="translations-filters" role="search">
      <strong>Translations</strong>
      <input
        type="search"
        placeholder="Filter by block, flow or text…"
        aria-label="Filter texts"
        data-testid="translations-filter"
        value={filter.text}
        onChange={(e) => setFilter({ ...filter, text: e.target.value })}
      />
      <select
        aria-label="Show"
        data-testid="translations-status"
        value={filter.status}
        onChange={(e) => setFilter({ ...filter, status: e.target.value as StatusFilter })}
      >
        <option value="all">All texts</option>
        <option value="missing">Missing a translation</option>
        <option value="stale">Changed since the primary changed</option>
      </select>
      <select
        aria-label="In language"
        data-testid="translations-language"
        value={filter.language ?? ''}
        disabled={filter.status === 'all'}
        onChange={(e) => setFilter({ ...filter, language: e.target.value || null })}
      >
        <option value="">in any language</option>
        {languages.slice(1).map((l) => (
          <option key={l} value={l}>
            in {l}
          </option>
        ))}
      </select>
      <span className="muted small" role="status" data-testid="translations-count">
        {shown === total ? `${total} texts` : `${shown} of ${total} texts`}
      </span>
      <span className="spacer" />
      <span className="muted small">Enter or F2 edits, Escape cancels</span>
      <TranslationsCsv onError={onError} />
      <button onClick={onClose} data-testid="translations-close" title="Back to the canvas (Escape)">
        Close
      </button>
    </div>
  );
}
