import type { MyProfile } from '../scoring/state/types';

/** Who a draft is for: the recipient's name, Wants ("Ich suche") and company, as far as known. */
export interface DraftRecipient {
  name?: string;
  wants?: string | string[];
  company?: string;
}

/** The recipient seen as the "me" of the scoring core, so "names something specific to them" works. */
export function recipientAsProfile(recipient: DraftRecipient | undefined): MyProfile | undefined {
  if (!recipient) return undefined;
  const wants = recipient.wants === undefined ? undefined : Array.isArray(recipient.wants) ? recipient.wants : [recipient.wants];
  return {
    ...(recipient.name ? { name: recipient.name } : {}),
    ...(recipient.company ? { company: recipient.company } : {}),
    ...(wants ? { wants } : {}),
  };
}

/** Connection-note limits (characters). Settings, not truths: platforms change them. */
export const NOTE_LIMITS = { linkedin: 300, xing: 1000 } as const;
