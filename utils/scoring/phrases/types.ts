/**
 * Phrase categories. Patterns are written against folded text (lower case, accents removed, ß → ss; see
 * utils/text/fold.ts), so "Grüße" is matched as "grusse". A category's patterns from both languages are always
 * tried: notes mix German greetings with English bodies.
 */
export type CollectorPhrase =
  | 'impersonal-salutation'
  | 'open-networker'
  | 'profile-visit'
  | 'free-offer'
  | 'connect-bait'
  | 'network-growth'
  | 'connect-courtesy'
  | 'vague-benefit'
  | 'flattery'
  | 'shared-context'
  | 'sales-pitch'
  | 'recruiter-generic'
  | 'default-text'
  | 'lead-magnet'
  | 'price-deadline'
  | 'meeting-ask'
  | 'follow-up-bump'
  | 'sales-claim'
  | 'generic-personalisation'
  | 'self-intro'
  | 'looks';

export type GenuinePhrase = 'prior-contact' | 'referral' | 'public-reference' | 'concrete-detail';

export type PhraseCategory = CollectorPhrase | GenuinePhrase;

export type PhraseList = Partial<Record<PhraseCategory, readonly RegExp[]>>;
