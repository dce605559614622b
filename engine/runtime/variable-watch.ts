// Event blocks' trigger (docs/file-format.md#turn-order): the walker asks, after each block and each
// transition's sets, which watched variables now hold a different value than when it last looked.
import type { Project } from '../model';

/** Why an event block was entered: the variable whose value changed and the block that changed it. */
export interface EventTrigger {
  /** The event block to enter. */
  eventBlock: string;
  variable: string;
  /** The block whose run or exit changed it; null when it changed before the turn's first block. */
  by: string | null;
}

const sortedKeys = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** A value as a string equal for deep-equal JSON values (object key order does not matter). */
export const jsonKey = (value: unknown): string =>
  value === undefined ? 'undefined' : JSON.stringify(value, sortedKeys);

/** The project's event blocks, in project order: their ids and watched variables. */
export function eventBlocks(project: Project): { id: string; variable: string }[] {
  // A plain loop: this runs for every new conversation, over every block of the project.
  const events: { id: string; variable: string }[] = [];
  for (const flow of project.flows)
    for (const b of flow.blocks)
      if (b.type === 'onVariableChange') events.push({ id: b.id, variable: b.variable });
  return events;
}

/** The last seen value of every watched variable; empty (and free) for a project without event blocks. */
export class VariableWatch {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly events: readonly { id: string; variable: string }[],
    private readonly read: (path: string) => unknown,
  ) {
    for (const e of events) this.seen.set(e.variable, jsonKey(read(e.variable)));
  }

  /** The event blocks whose variable changed since the last call (in project order); the change is then seen. */
  changed(by: string | null): EventTrigger[] {
    if (this.seen.size === 0) return [];
    const changed = new Set<string>();
    for (const [path, before] of this.seen) {
      const now = jsonKey(this.read(path));
      if (now !== before) {
        this.seen.set(path, now);
        changed.add(path);
      }
    }
    return this.events
      .filter((e) => changed.has(e.variable))
      .map((e) => ({ eventBlock: e.id, variable: e.variable, by }));
  }
}
