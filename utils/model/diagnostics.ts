import { z } from 'zod';
import { EpochMs, ShortText } from './base';

/** Parse health of one page type: how often reading it worked, and the last failure (shown in Diagnostics). */
export const DiagnosticRecord = z.object({
  v: z.literal(1),
  pageType: z.string().max(60),
  successes: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  lastFailure: z
    .object({ code: z.string().max(60), field: z.string().max(60).optional(), message: ShortText, at: EpochMs })
    .optional(),
  /** List cards skipped as unreadable or refused, in all reads (added after v1 records: optional, no migration). */
  skippedCards: z.number().int().nonnegative().optional(),
  lastAt: EpochMs,
});
export type DiagnosticRecord = z.infer<typeof DiagnosticRecord>;
