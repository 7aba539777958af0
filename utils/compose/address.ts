import type { Address } from './context';

/**
 * Sie or Du. In order: what the user chose for this person (remembered by the journal and passed in), what the
 * person's own note uses, and the platform's custom. Pure.
 */

/** Platform custom for German texts: LinkedIn's German-speaking members mostly say "Du", XING's business
 *  members mostly still "Sie". A default only: the user's choice per person always wins. */
export const PLATFORM_ADDRESS: Record<'xing' | 'linkedin', Address> = { xing: 'sie', linkedin: 'du' };

const DU = /\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\b/giu;
// Formal pronouns count only capitalised and not at a sentence start ("Sie" there may mean "they").
const SIE = /(?<![.!?:]\s|^)\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/gu;

// The formal letter's salutation and close, and "Herr"/"Frau" before a name: nobody writes them to someone they say "du" to.
const FORMAL = /\b(?:sehr geehrte[rn]?|mit freundlichen grüßen|(?:herr|frau) \p{Lu})/giu;

/** The form of address a German text uses, or undefined when it uses neither (or is English). */
export function addressIn(text: string | undefined): Address | undefined {
  if (!text) return undefined;
  const du = text.match(DU)?.length ?? 0;
  const sie = (text.match(SIE)?.length ?? 0) + (text.match(FORMAL)?.length ?? 0);
  if (du > sie) return 'du';
  if (sie > du) return 'sie';
  return undefined;
}

export interface AddressInput {
  /** Given explicitly (the context's `address`, or the user's pick in the composer). */
  chosen?: Address;
  /** Remembered for this person by the journal. */
  remembered?: Address;
  /** Their own words: their request note, their messages. */
  theirWords?: readonly (string | undefined)[];
  platform: 'xing' | 'linkedin';
}

export type AddressSource = 'chosen' | 'remembered' | 'their-words' | 'platform';

export function resolveAddress(input: AddressInput): { address: Address; source: AddressSource } {
  if (input.chosen) return { address: input.chosen, source: 'chosen' };
  if (input.remembered) return { address: input.remembered, source: 'remembered' };
  for (const words of input.theirWords ?? []) {
    const found = addressIn(words);
    if (found) return { address: found, source: 'their-words' };
  }
  return { address: PLATFORM_ADDRESS[input.platform], source: 'platform' };
}
