import { z } from 'zod';

/** A request's score as every view shows it: value, band, and the reasons as locale keys with their values. */
export const Score = z.object({
  value: z.number().int().min(0).max(100),
  band: z.enum(['genuine', 'unclear', 'collector']),
  reasons: z.array(z.object({ id: z.string(), weight: z.number(), key: z.string(), subs: z.array(z.string()) })),
});
