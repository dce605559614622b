// Handle ids on block nodes ⇄ reference slots of engine/edit's connect/disconnect commands.
import type { ReferenceSlot } from '../../engine/edit';

export const TARGET_HANDLE = 'in';

/** 'next', 'else', 'onError', 'onFail', 'noAnswer', or the reference's JSON path joined with dots. */
export function handleIdOf(path: readonly (string | number)[]): string {
  return path.join('.');
}

export function slotOfHandle(handleId: string): ReferenceSlot {
  if (['next', 'else', 'onError', 'onFail', 'noAnswer'].includes(handleId)) return handleId as ReferenceSlot;
  return handleId.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
