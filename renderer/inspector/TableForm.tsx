// Inspector form of a Table block (docs/file-format.md#table-block): the operation, the table, the
// filters (update, retrieve, delete), the values (insert, update), where a retrieve stores its result,
// and the routes. Steps run on each conversation's own copy of the table.
import {
  FILTER_OPERATORS,
  TABLE_OPERATIONS,
  VariablePath,
  type TableBlock,
  type TableFilter,
} from '../../engine/model';
import { useProject } from '../state/project-store';
import { SelectField } from './fields/SmallFields';
import { NextField, TargetField } from './fields/TargetField';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';
import { X } from 'lucide-react';

const OPERATION_LABELS = {
  insert: 'Insert a row',
  update: 'Update matching rows',
  retrieve: 'Retrieve matching rows',
  delete: 'Delete matching rows',
} as const;

export function TableForm({ block }: { block: TableBlock }) {
  const patch = usePatchBlock(block.id);
  const tables = useProject((s) => s.project.tables) ?? [];
  const table = tables.find((t) => t.name === block.table);
  const columns = table?.columns.map((c) => c.name) ?? [];
  const names = tables.map((t) => t.name);
  const filters = block.filters ?? [];
  const values = block.values ?? {};
  const setFilters = (next: TableFilter[]) => patch({ filters: next }, 'Edit filters');
  const setValues = (next: Record<string, string>) =>
    patch({ values: Object.keys(next).length ? next : undefined }, 'Edit values');
  const op = block.operation;
  return (
    <>
      <SelectField
        label="Operation"
        value={op}
        options={TABLE_OPERATIONS.map((o) => ({ value: o, label: OPERATION_LABELS[o] }))}
        onCommit={(operation) => patch({ operation }, 'Set table operation')}
        testId="field-operation"
      />
      <SelectField
        label="Table"
        value={block.table}
        options={names.includes(block.table) ? names : [block.table, ...names]}
        onCommit={(name) => patch({ table: name }, 'Set table')}
        testId="field-table"
      />
      {!table && (
        <p className="field-error" role="alert">
          The project has no table “{block.table}”: add it in the Tables panel, or pick another.
        </p>
      )}
      {op !== 'insert' && (
        <fieldset className="table-filters" data-testid="table-filters">
          <legend>Rows where (all must hold; none: every row)</legend>
          {filters.map((f, i) => (
            <div className="field-row" key={i}>
              <SelectField
                label="Column"
                value={f.column}
                options={columns.includes(f.column) ? columns : [f.column, ...columns]}
                onCommit={(column) => setFilters(filters.map((x, j) => (j === i ? { ...x, column } : x)))}
              />
              <SelectField
                label="is"
                value={f.operator}
                options={FILTER_OPERATORS}
                onCommit={(operator) => setFilters(filters.map((x, j) => (j === i ? { ...x, operator } : x)))}
              />
              <TemplateField
                label="Value"
                value={f.value}
                testId={`table-filter-${i}-value`}
                onCommit={(value) => setFilters(filters.map((x, j) => (j === i ? { ...x, value } : x)))}
              />
              <button
                className="link-button"
                aria-label={`Remove filter ${i + 1}`}
                onClick={() => setFilters(filters.filter((_, j) => j !== i))}
              >
                <X aria-hidden />
              </button>
            </div>
          ))}
          <button
            className="add-button"
            data-testid="table-filter-add"
            onClick={() =>
              setFilters([...filters, { column: columns[0] ?? 'column', operator: 'equals', value: '' }])
            }
          >
            + Add filter
          </button>
        </fieldset>
      )}
      {(op === 'insert' || op === 'update') && (
        <fieldset className="table-values" data-testid="table-values">
          <legend>{op === 'insert' ? 'Values of the new row' : 'New values'} (empty: an empty cell)</legend>
          {columns.map((c) => (
            <TemplateField
              key={c}
              label={c}
              value={values[c] ?? ''}
              testId={`table-value-${c}`}
              onCommit={(v) => {
                const next = { ...values };
                if (v === '' && op === 'update') delete next[c];
                else next[c] = v;
                return setValues(next);
              }}
            />
          ))}
          {op === 'update' && <p className="muted small">A column left empty keeps its value.</p>}
        </fieldset>
      )}
      {op === 'retrieve' && (
        <div className="field-row">
          <TextField
            label="Store the result in"
            value={block.saveAs ?? ''}
            list="variable-names"
            testId="field-saveAs"
            validate={(v) =>
              v === '' || VariablePath.safeParse(v).success ? undefined : 'Not a variable path.'
            }
            onCommit={(saveAs) => patch({ saveAs: saveAs || undefined }, 'Set saveAs')}
          />
          <SelectField
            label="Result"
            value={block.retrieve ?? 'first'}
            options={[
              { value: 'first', label: 'the first row (an object)' },
              { value: 'all', label: 'every row (an array)' },
            ]}
            onCommit={(retrieve) =>
              patch({ retrieve: retrieve === 'first' ? undefined : retrieve }, 'Set result')
            }
          />
        </div>
      )}
      <NextField value={block.next} patch={patch} />
      <TargetField
        label="On error (no matching row, wrong type, unknown table; else Error occurred)"
        value={block.onError}
        onCommit={(onError) => patch({ onError }, 'Set on error')}
        testId="field-onError"
      />
      <p className="muted small">
        Each conversation and test works on its own copy of the table, starting from the project&apos;s rows.
        How Chatlayer routes these failures is not documented: Botloom sends them to On error, else to Error
        occurred.
      </p>
    </>
  );
}
