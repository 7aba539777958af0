import type { Situation } from './context';
import { NOTE_LIMITS } from './draft-context';

/**
 * Where a suggestion goes and how long it may be. Numbers are settings, not truths (design §7): platforms change
 * them. Lengths are UTF-16 code units, as the platforms' text boxes count them, so an emoji counts two. Pure.
 */
export const LIMITS = {
  linkedin: { noteFree: 200, notePremium: NOTE_LIMITS.linkedin, message: 8000 },
  // XING's message limit is not documented; a generous bound that still keeps suggestions message-sized.
  xing: { note: NOTE_LIMITS.xing, message: 8000 },
} as const;

/** Situations whose text goes with a contact request (a note); the others are messages between contacts. */
const NOTE_SITUATIONS: ReadonlySet<Situation> = new Set(['after-meeting', 'thank-visitor']);

export interface Channel {
  kind: 'note' | 'message';
  limit: number;
  /** XING Basic cannot add a note to a request: the text is meant as a message after they accept. */
  noteUnavailable?: boolean;
}

export function channelFor(situation: Situation, platform: 'xing' | 'linkedin', premium = false): Channel {
  if (!NOTE_SITUATIONS.has(situation)) return { kind: 'message', limit: LIMITS[platform].message };
  if (platform === 'linkedin') return { kind: 'note', limit: premium ? LIMITS.linkedin.notePremium : LIMITS.linkedin.noteFree };
  if (!premium) return { kind: 'message', limit: LIMITS.xing.message, noteUnavailable: true };
  return { kind: 'note', limit: LIMITS.xing.note };
}
