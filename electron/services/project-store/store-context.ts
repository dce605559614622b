// What a ProjectFile is opened with (open-project.ts makes it): the connection, the parsed document, and
// the intervals of its timers.
import type { Database } from 'better-sqlite3';
import type { Project } from '../../../engine/model';
import type { StoreClock } from './clock';
import type { SortKeys } from './project-rows';

export interface StoreContext {
  db: Database;
  file: string;
  readOnly: boolean;
  who: string;
  clock: StoreClock;
  project: Project;
  sortKeys: SortKeys;
  /** Milliseconds between automatic checkpoints (0: none). */
  autoCheckpointMs: number;
  /** Journal entries after which a checkpoint also stores a snapshot (bounds the replay on restore). */
  snapshotEvery: number;
  /** Interval of the lock's heartbeat (0: none). */
  heartbeatMs: number;
  /** Interval at which the WAL is folded into the file when there were commits (0: only by the cap). */
  walCheckpointMs: number;
  onClose(): void;
}
