// Handle ids on block nodes ⇄ reference slots of engine/edit's connect/disconnect commands.
import type { ReferenceSlot } from '../../engine/edit';

export const TARGET_HANDLE = 'in';

/** 'next', 'else', 'onError', 'onFail', or the reference's JSON path joined with dots. */
export function handleIdOf(path: readonly (string | number)[]): string {
  return path.join('.');
}

export function slotOfHandle(handleId: string): ReferenceSlot {
  if (handleId === 'next' || handleId === 'else' || handleId === 'onError' || handleId === 'onFail')
    return handleId;
  return handleId.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
