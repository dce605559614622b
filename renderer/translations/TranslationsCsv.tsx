// CSV export and import of the translations from the Translations table (docs/file-format.md#translations-as-csv),
// in Chatlayer's layout. The CSV code (papaparse) loads on first use. An import shows its report (unknown rows,
// changed structure, columns, empty cells) and changes nothing until applied, as one applyTranslations command:
// one undo step for the whole file.
import { useId, useState } from 'react';
import { useProjectStore } from '../state/project-store';
import type { CsvRemark, TranslationsImport } from './translations-csv-io';

const loadCsv = () => import('./translations-csv-io');
/** Largest file read (about 20 MB, as the CLI). */
const MAX_FILE_BYTES = 20_000_000;

function download(name: string, text: string): void {
  // A BOM first, so spreadsheets read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

const remarkText = (r: CsvRemark) => (r.line === undefined ? r.message : `line ${r.line}: ${r.message}`);

interface Pending {
  file: string;
  result: TranslationsImport;
}

const GROUPS: { key: keyof Omit<TranslationsImport, 'edits'>; title: string }[] = [
  { key: 'unknownRows', title: 'Unknown rows (a block renamed or deleted, a text that is gone)' },
  { key: 'changedStructure', title: 'Changed structure (another component, block name or primary text)' },
  { key: 'columns', title: 'Columns' },
  { key: 'emptyCells', title: 'Empty cells (they never remove a translation)' },
];
const SHOWN = 8;

export function TranslationsCsv({ onError }: { onError(message: string): void }) {
  const store = useProjectStore();
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const exportCsv = async () => {
    const { translationsToCsv } = await loadCsv();
    const project = store.getState().project;
    download(`${project.name || 'bot'} translations.csv`, translationsToCsv(project));
  };
  const read = async (file: File) => {
    setPending(null);
    if (file.size > MAX_FILE_BYTES) return setProblems([`${file.name} is larger than 20 MB: split it.`]);
    const { parseTranslationsCsv } = await loadCsv();
    const result = parseTranslationsCsv(await file.text(), store.getState().project);
    if (!result.ok)
      return setProblems([
        `${file.name} was not imported; nothing changed.`,
        ...result.problems.map(remarkText),
      ]);
    setProblems([]);
    const { ok: _ok, ...report } = result;
    setPending({ file: file.name, result: report });
  };
  const apply = () => {
    if (!pending) return;
    const r = store
      .getState()
      .apply(
        [{ type: 'applyTranslations', edits: pending.result.edits }],
        `Import translations from ${pending.file}`,
      );
    if (!r.ok) onError(r.error.message);
    setPending(null);
  };

  return (
    <>
      <button
        onClick={() => void exportCsv()}
        data-testid="translations-export"
        title="Chatlayer's CSV layout"
      >
        Export CSV
      </button>
      <label htmlFor={id} className="link-button" title="A CSV exported from here or from Chatlayer">
        Import CSV…
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid="translations-import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {problems.length > 0 && (
        <div className="translations-report" role="alert" data-testid="translations-import-problems">
          <ul className="field-error">
            {problems.map((p, k) => (
              <li key={k}>{p}</li>
            ))}
          </ul>
          <button onClick={() => setProblems([])}>Close</button>
        </div>
      )}
      {pending && (
        <div
          className="translations-report"
          role="dialog"
          aria-label="Import translations"
          data-testid="translations-import-report"
        >
          <h4>Import {pending.file}</h4>
          <p>
            {pending.result.edits.length === 0
              ? 'No translation changes: nothing to apply.'
              : `${pending.result.edits.length} translation${pending.result.edits.length === 1 ? '' : 's'} to change, as one undo step.`}
          </p>
          {GROUPS.map(({ key, title }) => {
            const list = pending.result[key];
            if (list.length === 0) return null;
            return (
              <details key={key} open={key !== 'emptyCells'} data-testid={`import-${key}`}>
                <summary>
                  {title}: {list.length}
                </summary>
                <ul className="small">
                  {list.slice(0, SHOWN).map((r, k) => (
                    <li key={k}>{remarkText(r)}</li>
                  ))}
                  {list.length > SHOWN && <li className="muted">… and {list.length - SHOWN} more</li>}
                </ul>
              </details>
            );
          })}
          <div className="row">
            <button
              className="primary"
              disabled={pending.result.edits.length === 0}
              onClick={apply}
              data-testid="translations-import-apply"
            >
              Apply
            </button>
            <button onClick={() => setPending(null)} data-testid="translations-import-cancel">
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
