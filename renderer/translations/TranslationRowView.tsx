// One row of the Translations table, absolutely placed at its index (only the rows in view are mounted):
// flow, block, component, then a cell per language; a missing text is marked with the primary text greyed.
import { memo, type ReactNode } from 'react';
import type { TranslationRow } from './translation-rows';
import { TriangleAlert } from 'lucide-react';

export const ROW_HEIGHT = 30;
/** Flow, block and component come before the language columns. */
export const FIXED_COLUMNS = 3;

const STATUS_LABEL = { missing: 'missing', stale: 'may be stale', translated: '', none: '' } as const;

export const TranslationRowView = memo(function TranslationRowView({
  row,
  index,
  activeCol,
  languages,
  editor,
  onCell,
}: {
  row: TranslationRow;
  index: number;
  /** The active column when this row is the active one, else -1. */
  activeCol: number;
  languages: readonly string[];
  /** The cell editor, rendered in the active cell while editing. */
  editor: ReactNode;
  /** A click on a cell: this row's index and the cell's column. */
  onCell(row: number, col: number): void;
}) {
  const primary = row.cells[0]?.value ?? '';
  const cell = (col: number, content: ReactNode, className = '', title?: string, testId?: string) => (
    <div
      key={col}
      role="gridcell"
      id={activeCol === col ? 'translations-active-cell' : undefined}
      aria-selected={activeCol === col}
      className={`translations-cell${activeCol === col ? ' is-active' : ''} ${className}`}
      title={title}
      data-testid={testId}
      onClick={() => onCell(index, col)}
    >
      {activeCol === col && editor ? editor : content}
    </div>
  );
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`translations-row${activeCol >= 0 ? ' is-active' : ''}`}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      data-testid={`translation-row-${row.id}`}
    >
      {cell(0, row.flowName, 'muted')}
      {cell(1, row.blockName, '', row.blockId)}
      {cell(2, row.component, 'muted')}
      {languages.map((language, i) => {
        const c = row.cells[i]!;
        const col = FIXED_COLUMNS + i;
        const content =
          c.status === 'missing' ? (
            <>
              <span className="translation-missing">missing</span>{' '}
              <span className="translation-primary">{primary}</span>
            </>
          ) : (
            <>
              {c.status === 'stale' && (
                <span
                  className="translation-stale"
                  title="The primary text changed since this translation"
                  aria-label="may be stale"
                >
                  <TriangleAlert aria-hidden size={12} />{' '}
                </span>
              )}
              {c.value}
            </>
          );
        return cell(
          col,
          content,
          `lang-cell status-${c.status}`,
          `${language}${STATUS_LABEL[c.status] ? `: ${STATUS_LABEL[c.status]}` : ''}${c.value ? ` — ${c.value}` : ''}`,
          `translation-cell-${language}`,
        );
      })}
    </div>
  );
});
