// One row of the outline's grid, absolutely placed at its index (the grid mounts only the rows in view).
import { memo } from 'react';
import { blockColorStyle } from '../blocks/block-ui';
import type { OutlineRow } from './outline-model';

export const ROW_HEIGHT = 28;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function problemText(row: OutlineRow): string {
  const parts = [
    row.errors && plural(row.errors, 'error'),
    row.warnings && plural(row.warnings, 'warning'),
    row.infos && plural(row.infos, 'note'),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'none';
}

const COVERAGE_TEXT = { covered: 'covered', missed: 'not covered', unknown: '—' } as const;

export const OutlineRowView = memo(function OutlineRowView({
  row,
  index,
  active,
  hasCoverage,
  onChoose,
}: {
  row: OutlineRow;
  index: number;
  active: boolean;
  hasCoverage: boolean;
  onChoose(): void;
}) {
  const problems = problemText(row);
  const coverage = hasCoverage ? COVERAGE_TEXT[row.coverage] : '—';
  return (
    <div
      id={`outline-row-${row.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      aria-label={`${row.typeLabel} ${row.title}; ${row.incoming} in, ${row.outgoing} out; problems: ${problems}; coverage: ${hasCoverage ? coverage : 'no test run'}`}
      className={`outline-row${active ? ' is-active' : ''}`}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      data-testid={`outline-row-${row.id}`}
      onClick={onChoose}
    >
      <div role="gridcell" className="outline-cell col-type">
        <span className="outline-swatch" style={blockColorStyle(row.type)} aria-hidden />
        {row.typeLabel}
      </div>
      <div role="gridcell" className="outline-cell col-title" title={row.id}>
        {row.title}
      </div>
      <div role="gridcell" className="outline-cell col-firstText" title={row.firstText}>
        {row.firstText}
      </div>
      <div role="gridcell" className="outline-cell col-incoming">
        {row.incoming}
      </div>
      <div role="gridcell" className="outline-cell col-outgoing">
        {row.outgoing}
      </div>
      <div
        role="gridcell"
        className={`outline-cell col-problems${row.errors ? ' has-error' : row.warnings ? ' has-warning' : ''}`}
        title={row.problem}
      >
        {problems === 'none' ? '' : problems}
      </div>
      <div
        role="gridcell"
        className={`outline-cell col-coverage coverage-${hasCoverage ? row.coverage : 'unknown'}`}
      >
        {coverage}
      </div>
    </div>
  );
});
