import { z } from 'zod';
import '../model/base'; // sets zod's jitless mode (extension pages forbid eval) before any schema is built

/**
 * What the composer is told about a situation: exactly the context format of `npm run compose` (README).
 * Unknown fields are dropped (zod strips them); lengths are not limited here because facts.ts caps every fact
 * by graphemes, so a 10,000-character Wants field still composes (shortened), instead of being refused.
 */
export const SITUATIONS = ['after-meeting', 'answer-request', 'accept-thanks', 'thank-visitor', 'ask-introduction', 'revive'] as const;
export type Situation = (typeof SITUATIONS)[number];
export type Lang = 'de' | 'en';
export type Address = 'sie' | 'du';

const Text = z.string();
const NonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be empty');

export const ComposeContext = z.object({
  situation: z.enum(SITUATIONS),
  lang: z.enum(['de', 'en']),
  address: z.enum(['sie', 'du']).optional(),
  platform: z.enum(['xing', 'linkedin']),
  premium: z.boolean().optional(),
  person: z.object({
    name: NonEmpty,
    headline: Text.optional(),
    company: Text.optional(),
    wants: z.array(Text).optional(),
    haves: z.array(Text).optional(),
  }),
  meeting: z
    .object({
      event: NonEmpty,
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').refine(validDate, 'is not a calendar date'),
      place: Text.optional(),
      notes: Text.optional(),
    })
    .optional(),
  request: z.object({ note: Text }).optional(),
  introTo: z.object({ name: NonEmpty, headline: Text.optional(), why: Text.optional() }).optional(),
  me: z.object({ name: NonEmpty, company: Text.optional(), links: z.array(Text).optional() }),
});
export type ComposeContext = z.infer<typeof ComposeContext>;

function validDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What each situation cannot do without (besides person.name and me.name, which every context has). */
export const REQUIRED: Record<Situation, readonly ('meeting' | 'request' | 'introTo')[]> = {
  'after-meeting': ['meeting'],
  'answer-request': ['request'],
  'accept-thanks': [],
  'thank-visitor': [],
  'ask-introduction': ['introTo'],
  revive: [],
};

export type ContextCheck = { ok: true; context: ComposeContext } | { ok: false; error: string };

/** Validates a parsed JSON value as a compose context; the error names the first problem in plain words. */
export function checkContext(value: unknown): ContextCheck {
  const parsed = ComposeContext.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'context';
    return { ok: false, error: `${where}: ${issue.message}` };
  }
  const context = parsed.data;
  const lacking = REQUIRED[context.situation].filter((key) => context[key] === undefined);
  if (lacking.length) return { ok: false, error: `${context.situation} needs ${lacking.join(' and ')}` };
  return { ok: true, context };
}
