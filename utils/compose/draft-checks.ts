import { foldForSearch } from '../text/fold';
import type { RequestAnalysis } from '../scoring/analysis';
import { words } from '../scoring/text/normalize';

/**
 * What a personal note needs besides avoiding template phrases: a personal reference (where you met, what you
 * talked about, their post, their Wants, a referral) and a reason for contacting (a question, a request, a
 * concrete topic). Pure.
 */

const REASON_PHRASES = [
  /\?/,
  /\b(?:weil|wegen|bezuglich|zu ihrem|zu deinem|ich mochte (?:sie|dich) (?:gern |gerne )?fragen|konnen wir|konnten wir|wurde (?:gern|gerne|mich freuen,? wenn)|darf ich|ich melde mich|ich schicke|anbei)\b/,
  /\b(?:because|regarding|about your|would like to (?:ask|discuss|talk)|could we|can we|may i|i'll send|i will send|attached|as promised)\b/,
];

export function hasPersonalReference(analysis: RequestAnalysis): boolean {
  const p = analysis.phrases;
  return p.has('prior-contact') || p.has('referral') || p.has('public-reference') || !!analysis.me.wants || !!analysis.me.event || !!analysis.me.company;
}

export function hasReasonForContact(text: string, analysis: RequestAnalysis): boolean {
  if (analysis.phrases.has('prior-contact') || analysis.phrases.has('referral') || analysis.phrases.has('concrete-detail')) return true;
  if (analysis.me.wants) return true;
  const folded = foldForSearch(text);
  return REASON_PHRASES.some((re) => re.test(folded));
}

/** Whether the draft addresses the recipient by (part of) their name. */
export function namesRecipient(text: string, name: string | undefined): boolean {
  if (!name) return true;
  const have = new Set(words(foldForSearch(text)));
  return words(foldForSearch(name)).some((part) => part.length >= 2 && have.has(part));
}
