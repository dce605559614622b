// The outline's rows for the active flow, with its filter and sort, recomputed only when the document,
// the diagnostics, the test run or the view settings change.
import { useMemo, useState } from 'react';
import { selectActiveFlow, useProject } from '../state/project-store';
import {
  filterRows,
  FLOW_ORDER,
  NO_FILTER,
  outlineRows,
  sortRows,
  type OutlineFilter,
  type OutlineSort,
} from './outline-model';

export function useOutlineRows() {
  const project = useProject((s) => s.project);
  const flowId = useProject((s) => selectActiveFlow(s).id);
  const diagnostics = useProject((s) => s.diagnostics);
  const coverage = useProject((s) => s.testRun?.coverage.blocks ?? null);
  const [filter, setFilter] = useState<OutlineFilter>(NO_FILTER);
  const [sort, setSort] = useState<OutlineSort>(FLOW_ORDER);
  const all = useMemo(
    () => outlineRows(project, flowId, diagnostics, coverage),
    [project, flowId, diagnostics, coverage],
  );
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort), [all, filter, sort]);
  return { all, rows, filter, setFilter, sort, setSort, hasCoverage: coverage !== null, flowId };
}
