// Events the host pushes to the renderer (over IPC or Server-Sent Events), each with a zod payload schema.
import { z } from 'zod';
import { simulatorEvents } from './simulator';

export const events = {
  'projects.changed': z.object({ path: z.string(), revision: z.number().int().optional() }),
  /** A JSON file edited in place changed on disk from outside; `problem` when it is not a valid project now. */
  'projects.fileChanged': z.object({ path: z.string(), problem: z.string().nullable() }),
  /** Writing a JSON file edited in place failed; the edits are kept and written with the next change. */
  'projects.fileWriteFailed': z.object({ path: z.string(), message: z.string() }),
  'app.progress': z.object({
    id: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number().nullable(),
    finished: z.boolean(),
  }),
  /** A menu command of the Electron shell (File ▸ New Project…, Open Project…, Help ▸ Documentation) for the renderer to carry out. */
  'app.menu': z.discriminatedUnion('action', [
    z.object({ action: z.literal('new-project') }),
    z.object({ action: z.literal('docs') }),
    z.object({ action: z.literal('open-project'), path: z.string().min(1) }),
  ]),
  ...simulatorEvents,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
