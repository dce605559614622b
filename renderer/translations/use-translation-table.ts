// The Translations table's data: rows from the project (rebuilt per edited block), the filter, and the
// commit of one cell as one setTranslation command (one undo step per edit).
import { useCallback, useMemo, useState } from 'react';
import { projectLanguages } from '../../engine/model';
import { useProject, useProjectStore } from '../state/project-store';
import {
  filterTranslationRows,
  NO_TRANSLATION_FILTER,
  translationRows,
  type TranslationFilter,
  type TranslationRow,
} from './translation-rows';

export function useTranslationTable() {
  const store = useProjectStore();
  const project = useProject((s) => s.project);
  const languages = useMemo(() => projectLanguages(project).all, [project]);
  const [filter, setFilter] = useState<TranslationFilter>(NO_TRANSLATION_FILTER);
  const all = useMemo(() => translationRows(project), [project]);
  const rows = useMemo(() => filterTranslationRows(all, languages, filter), [all, languages, filter]);
  /** Writes one cell of a secondary language; gives back the error message, if any. */
  const commit = useCallback(
    (row: TranslationRow, languageIndex: number, value: string): string | undefined => {
      const language = languages[languageIndex];
      if (!language || languageIndex === 0) return undefined;
      if ((row.cells[languageIndex]?.value ?? '') === value) return undefined;
      const { owner, field, index } = row.unit;
      const result = store.getState().apply(
        [
          {
            type: 'setTranslation',
            block: row.blockId,
            owner,
            field,
            ...(index === undefined ? {} : { index }),
            language,
            value: value === '' ? null : value,
          },
        ],
        `Translate ${row.blockName} (${language})`,
      );
      return result.ok ? undefined : result.error.message;
    },
    [store, languages],
  );
  return { all, rows, languages, filter, setFilter, commit };
}
