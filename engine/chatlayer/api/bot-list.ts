// `GET /v1/bots` (docs/chatlayer.md#the-v1-rest-api, observed): the bots the token's team can reach. One
// public client reads the answer as a bare array while the other list endpoints wrap theirs in
// `{ data }`, and ids appear as numbers as well as strings: both shapes and both id types are accepted,
// and an id is always handed on as a string (what project settings and `--bot` hold).
import { z } from 'zod';

export const ChatlayerBot = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string().optional(),
});
export type ChatlayerBot = z.infer<typeof ChatlayerBot>;

const bots = z.array(ChatlayerBot);

/** The bare array, or the same list under `data`; either way read as the list. */
export const BotList = z
  .union([bots, z.looseObject({ data: bots })])
  .transform((answer) => (Array.isArray(answer) ? answer : answer.data));
export type BotList = z.infer<typeof BotList>;
