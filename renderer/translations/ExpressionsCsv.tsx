// CSV export and import of the intent expressions (examples) per language, from the Intents panel
// (docs/file-format.md#translations-as-csv): columns `intent` and value_<language>. An import replaces an
// intent's examples in each secondary language the file has, as one applyTranslations command (one undo step);
// the primary examples are never imported (the report lists those that differ).
import { CsvTransfer, type CsvReading } from './CsvTransfer';

const loadCsv = () => import('./translations-csv-io');

const toCsv: Parameters<typeof CsvTransfer>[0]['toCsv'] = async (project) =>
  (await loadCsv()).expressionsToCsv(project);

const read: Parameters<typeof CsvTransfer>[0]['read'] = async (text, project): Promise<CsvReading> => {
  const result = (await loadCsv()).parseExpressionsCsv(text, project);
  if (!result.ok) return result;
  return {
    ok: true,
    changes: result.examples.length,
    command: { type: 'applyTranslations', edits: [], examples: result.examples },
    groups: [
      {
        key: 'unknownRows',
        title: 'Unknown rows (an intent renamed or deleted)',
        remarks: result.unknownRows,
      },
      { key: 'columns', title: 'Columns', remarks: result.columns },
      {
        key: 'changedPrimary',
        title: 'Primary examples that differ (not imported: edit them in the project)',
        remarks: result.changedPrimary,
      },
    ],
  };
};

export function ExpressionsCsv({ onError }: { onError(message: string): void }) {
  return (
    <CsvTransfer
      id="expressions"
      what="expressions"
      unit={['example list', 'example lists']}
      toCsv={toCsv}
      read={read}
      onError={onError}
    />
  );
}
