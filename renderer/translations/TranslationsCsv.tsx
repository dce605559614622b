// CSV export and import of the translations from the Translations table (docs/file-format.md#translations-as-csv),
// in Chatlayer's layout; the import's report groups unknown rows, changed structure, columns and empty cells, and
// Apply writes every changed cell as one applyTranslations command (CsvTransfer.tsx).
import { CsvTransfer, type CsvReading } from './CsvTransfer';

const loadCsv = () => import('./translations-csv-io');

const toCsv: Parameters<typeof CsvTransfer>[0]['toCsv'] = async (project) =>
  (await loadCsv()).translationsToCsv(project);

const read: Parameters<typeof CsvTransfer>[0]['read'] = async (text, project): Promise<CsvReading> => {
  const result = (await loadCsv()).parseTranslationsCsv(text, project);
  if (!result.ok) return result;
  return {
    ok: true,
    changes: result.edits.length,
    command: { type: 'applyTranslations', edits: result.edits },
    groups: [
      {
        key: 'unknownRows',
        title: 'Unknown rows (a block renamed or deleted, a text that is gone)',
        remarks: result.unknownRows,
      },
      {
        key: 'changedStructure',
        title: 'Changed structure (another component, block name or primary text)',
        remarks: result.changedStructure,
      },
      { key: 'columns', title: 'Columns', remarks: result.columns },
      {
        key: 'emptyCells',
        title: 'Empty cells (they never remove a translation)',
        remarks: result.emptyCells,
        closed: true,
      },
    ],
  };
};

export function TranslationsCsv({ onError }: { onError(message: string): void }) {
  return (
    <CsvTransfer
      id="translations"
      what="translations"
      unit={['translation', 'translations']}
      toCsv={toCsv}
      read={read}
      onError={onError}
    />
  );
}
