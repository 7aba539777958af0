import { z } from 'zod';
import { Platform } from '../model/base';
import { PAGE_TYPES } from '../platforms/page-types';
import { MAX_SNAPSHOT_CHARS } from './limits';
import type { MessageSpec } from './protocol';

// Issue 15: a profile reader does not parse its page. It sends a copy of what the readers need
// (utils/platforms/snapshot.ts) and the background parses it away from the page (an offscreen document in
// Chrome, the event page in Firefox), then records it as `capture/profile` or `capture/failed` would.

/** What became of a snapshot: recorded (a person or a page without one), not yet rendered, or a named failure. */
export const SNAPSHOT_STATES = ['recorded', 'not-yet', 'failed'] as const;

export const SNAPSHOT_PROTOCOL = {
  'capture/snapshot': {
    request: z.object({
      platform: Platform,
      url: z.string().url().max(2000),
      html: z.string().max(MAX_SNAPSHOT_CHARS),
      /** The page has had its time to render: a failure now counts in Diagnostics (before, it is "not yet"). */
      settled: z.boolean(),
      /** Read without the user asking: recorded only while automatic capture is on. */
      auto: z.boolean().optional(),
    }),
    response: z.object({
      state: z.enum(SNAPSHOT_STATES),
      pageType: z.enum(PAGE_TYPES).nullable(),
      error: z.object({ code: z.string().max(60), field: z.string().max(60).optional(), message: z.string().max(500) }).optional(),
    }),
    senders: ['content'],
  },
} as const satisfies Record<string, MessageSpec>;
