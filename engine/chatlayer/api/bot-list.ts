// `GET /v1/bots` (docs/chatlayer.md#the-v1-rest-api, observed): the bots the token's team can reach.
import { z } from 'zod';

export const ChatlayerBot = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
});
export type ChatlayerBot = z.infer<typeof ChatlayerBot>;

export const BotList = z.looseObject({ data: z.array(ChatlayerBot) });
export type BotList = z.infer<typeof BotList>;
