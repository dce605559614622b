// Edits from the inspector: one updateBlock (or other command) per committed field, its error shown inline.
import { useCallback } from 'react';
import type { Command } from '../../engine/edit';
import type { Json } from '../../engine/model';
import { useProjectStore } from '../state/project-store';

/** Returns a function that applies commands as one step and gives back the error message, if any. */
export function useCommit() {
  const store = useProjectStore();
  return useCallback(
    (commands: Command[], label: string): string | undefined => {
      const result = store.getState().apply(commands, label);
      return result.ok ? undefined : result.error.message;
    },
    [store],
  );
}

/** Patches one block (`undefined` or `null` removes a field). */
export function usePatchBlock(id: string) {
  const commit = useCommit();
  return useCallback(
    (patch: Record<string, unknown>, label = 'Edit block'): string | undefined => {
      const clean: Record<string, Json> = {};
      for (const [k, v] of Object.entries(patch)) clean[k] = (v === undefined ? null : v) as Json;
      return commit([{ type: 'updateBlock', id, patch: clean }], label);
    },
    [commit, id],
  );
}
