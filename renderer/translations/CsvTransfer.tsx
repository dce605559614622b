// Export and import of a CSV in Chatlayer's layout (texts from the Translations table, intent expressions from
// the Intents panel; docs/file-format.md#translations-as-csv). The CSV code loads on first use. An import shows
// its report and changes nothing until applied, as one command: one undo step for the whole file.
import { useId, useState } from 'react';
import type { Command } from '../../engine/edit';
import type { Project } from '../../engine/model';
import { useProjectStore } from '../state/project-store';
import type { CsvRemark } from './translations-csv-io';

/** Largest file read (about 20 MB, as the CLI). */
const MAX_FILE_BYTES = 20_000_000;
const SHOWN = 8;

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

/** One group of the import report: a title and its remarks (`closed`: folded at first). */
export interface ReportGroup {
  key: string;
  title: string;
  remarks: CsvRemark[];
  closed?: boolean;
}

/** What reading a file gives: the problems that refuse it, or the changes and the report. */
export type CsvReading =
  | { ok: false; problems: CsvRemark[] }
  | { ok: true; changes: number; command: Command; groups: ReportGroup[] };

export interface CsvTransferProps {
  /** Test ids start with it: `<id>-export`, `<id>-import`, `<id>-import-report`… */
  id: string;
  /** What the CSV holds, in the file name and the dialog ("translations", "expressions"). */
  what: string;
  /** One change and several, for the report ("translation", "translations"). */
  unit: [string, string];
  toCsv(project: Project): Promise<string>;
  read(text: string, project: Project): Promise<CsvReading>;
  onError(message: string): void;
}

export function CsvTransfer({ id, what, unit, toCsv, read, onError }: CsvTransferProps) {
  const store = useProjectStore();
  const inputId = useId();
  const [pending, setPending] = useState<{ file: string; reading: CsvReading & { ok: true } } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const exportCsv = async () => {
    const project = store.getState().project;
    download(`${project.name || 'bot'} ${what}.csv`, await toCsv(project));
  };
  const load = async (file: File) => {
    setPending(null);
    if (file.size > MAX_FILE_BYTES) return setProblems([`${file.name} is larger than 20 MB: split it.`]);
    const reading = await read(await file.text(), store.getState().project);
    if (!reading.ok)
      return setProblems([
        `${file.name} was not imported; nothing changed.`,
        ...reading.problems.map(remarkText),
      ]);
    setProblems([]);
    setPending({ file: file.name, reading });
  };
  const apply = () => {
    if (!pending) return;
    const r = store.getState().apply([pending.reading.command], `Import ${what} from ${pending.file}`);
    if (!r.ok) onError(r.error.message);
    setPending(null);
  };
  const changes = pending?.reading.changes ?? 0;

  return (
    <>
      <button onClick={() => void exportCsv()} data-testid={`${id}-export`} title="Chatlayer's CSV layout">
        Export CSV
      </button>
      <label htmlFor={inputId} className="link-button" title="A CSV exported from here or from Chatlayer">
        Import CSV…
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        hidden
        data-testid={`${id}-import`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      {problems.length > 0 && (
        <div className="translations-report" role="alert" data-testid={`${id}-import-problems`}>
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
          aria-label={`Import ${what}`}
          data-testid={`${id}-import-report`}
        >
          <h4>Import {pending.file}</h4>
          <p>
            {changes === 0
              ? `No ${unit[1]} to change: nothing to apply.`
              : `${changes} ${changes === 1 ? unit[0] : unit[1]} to change, as one undo step.`}
          </p>
          {pending.reading.groups.map(({ key, title, remarks, closed }) =>
            remarks.length === 0 ? null : (
              <details key={key} open={!closed} data-testid={`import-${key}`}>
                <summary>
                  {title}: {remarks.length}
                </summary>
                <ul className="small">
                  {remarks.slice(0, SHOWN).map((r, k) => (
                    <li key={k}>{remarkText(r)}</li>
                  ))}
                  {remarks.length > SHOWN && <li className="muted">… and {remarks.length - SHOWN} more</li>}
                </ul>
              </details>
            ),
          )}
          <div className="row">
            <button
              className="primary"
              disabled={changes === 0}
              onClick={apply}
              data-testid={`${id}-import-apply`}
            >
              Apply
            </button>
            <button onClick={() => setPending(null)} data-testid={`${id}-import-cancel`}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
