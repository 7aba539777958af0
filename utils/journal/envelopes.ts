import { z } from 'zod';
import { EpochMs, Id } from '../model/base';
import { Settings } from '../model/settings';

// Shapes only the store needs: how a value is wrapped when it is persisted, and where damaged records go.

export const SettingsRecord = z.object({ v: z.literal(1), key: z.literal('settings'), value: Settings });
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/** A record that failed validation on read: kept whole with the reason, never silently dropped. */
export const QuarantineRecord = z.object({
  /** `store:key:time`, with `#n` for a further copy of the same key at the same time (keys reach 200 characters). */
  id: z.string().min(1).max(1000),
  store: z.string(),
  key: z.string(),
  record: z.unknown(),
  error: z.string().max(2000),
  at: EpochMs,
});
export type QuarantineRecord = z.infer<typeof QuarantineRecord>;
