import type { ReasonText } from '../scoring/types';
import type { Lang, Platform } from '../scoring/types';
import { evaluateSignals, toScore } from '../scoring/score';
import { NOTE_SIGNALS } from '../scoring/signals';
import { addToState, createState } from '../scoring/state/state';
import { textReason, TEXT_MODEL_ID, type TextModel } from '../scoring/text-model';
import { hasPersonalReference, hasReasonForContact, namesRecipient } from './draft-checks';
import { NOTE_LIMITS, recipientAsProfile, type DraftRecipient } from './draft-context';

/**
 * The collector analysis applied to a note the user is writing: which parts read like a template, and what a
 * personal note would still need. Same phrase lists and weights as the request scorer. Pure.
 */
export interface LintOptions {
  lang?: Lang;
  platform?: Platform;
  recipient?: DraftRecipient;
  /** The request scorer's text model (injected like in scoreRequest; the CLI passes the committed one). */
  textModel?: TextModel;
}

export type MissingPart = 'personal-reference' | 'reason-for-contact' | 'recipient-name';

export interface LintFinding {
  id: string;
  reason: ReasonText;
}

export interface LintResult {
  templateLike: boolean;
  /** The request score this text would get as a note (0..100, content only). */
  score: number;
  findings: LintFinding[];
  missing: MissingPart[];
}

/** Locale keys for the missing parts (for the UI). */
export const MISSING_KEYS: Record<MissingPart, string> = {
  'personal-reference': 'lintMissingPersonalReference',
  'reason-for-contact': 'lintMissingReasonForContact',
  'recipient-name': 'lintMissingRecipientName',
};

/** Template phrasing strong enough to call a draft template-like on its own, unless it is also personal. */
const TEMPLATE_IDS = new Set([
  'placeholder', 'impersonal-salutation', 'open-networker', 'profile-visit', 'free-offer', 'connect-bait', 'network-growth', 'connect-courtesy',
  'vague-benefit', 'flattery', 'looks', 'shared-context', 'sales-pitch', 'recruiter-generic', 'default-text', 'legal-name',
  'lead-magnet', 'price-deadline', 'follow-up-bump', 'sales-claim', 'generic-personalisation', 'intro-offer',
]);
const COLLECTOR_FROM = 65;

export function lintDraft(text: string, options: LintOptions = {}): LintResult {
  const state = createState();
  const me = recipientAsProfile(options.recipient);
  if (me) addToState(state, { type: 'me', profile: me });
  const input = { id: 'draft', text, ...(options.platform ? { platform: options.platform } : {}), ...(options.lang ? { lang: options.lang } : {}) };
  const evaluated = evaluateSignals(input, state, { signals: NOTE_SIGNALS });
  const { analysis, settings } = evaluated;
  const fromText = options.textModel ? textReason(evaluated.text, options.textModel, state) : null;
  const reasons = fromText ? [...evaluated.reasons, fromText] : evaluated.reasons;
  const ruleScore = toScore(evaluated.ruleLogOdds);
  const score = toScore(settings.bias + reasons.reduce((sum, r) => sum + r.weight, 0));
  if (analysis.empty) return { templateLike: false, score, findings: [], missing: ['personal-reference', 'reason-for-contact'] };

  const personal = hasPersonalReference(analysis);
  const findings: LintFinding[] = reasons
    .filter((r) => r.weight > 0 && (TEMPLATE_IDS.has(r.id) || r.id === TEXT_MODEL_ID))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1))
    .map((r) => ({ id: r.id, reason: r.reason }));
  if (analysis.phrases.has('shared-context') && !personal) {
    findings.push({ id: 'only-shared-context', reason: { key: 'lintOnlySharedContext', subs: [] } });
  }
  const limit = options.platform ? NOTE_LIMITS[options.platform] : undefined;
  if (limit !== undefined && text.trim().length > limit) {
    findings.push({ id: 'too-long', reason: { key: 'lintTooLong', subs: [String(text.trim().length), String(limit)] } });
  }

  const missing: MissingPart[] = [];
  if (!personal) missing.push('personal-reference');
  if (!hasReasonForContact(text, analysis)) missing.push('reason-for-contact');
  if (!namesRecipient(text, options.recipient?.name)) missing.push('recipient-name');

  const hasPlaceholder = reasons.some((r) => r.id === 'placeholder' || r.id === 'impersonal-salutation');
  // The text model alone never calls a note with a personal reference a template: it reads style, not facts.
  const highScore = score >= COLLECTOR_FROM && (!personal || ruleScore >= COLLECTOR_FROM);
  const templateLike = hasPlaceholder || highScore || (!personal && findings.some((f) => TEMPLATE_IDS.has(f.id)));
  return { templateLike, score, findings, missing };
}
