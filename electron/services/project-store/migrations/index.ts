// The schema's migrations, in order: migration n brings a file from user_version n-1 to n.
import type { Database } from 'better-sqlite3';
import { migrate1InitialSchema } from './1-initial-schema';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: migrate1InitialSchema },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
