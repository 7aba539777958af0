import type { MessageKey, Translate } from '../../utils/i18n';
import type { DraftLint } from '../../utils/messaging/draft-protocol';

/** What the draft hint shows, in words. Pure. */
export interface DraftHintView {
  templateLike: boolean;
  findings: { id: string; text: string }[];
  missing: string[];
  suggestion?: string;
}

/** Below this many characters a draft is still being started: only a template phrase is worth a word then. */
export const MISSING_FROM = 80;

/**
 * Whether the hint shows at all: for a template-like draft, or for a longer one without any personal reference.
 * A personal draft gets no hint (no noise beside every good message).
 */
export function hintWanted(lint: DraftLint, length: number): boolean {
  return lint.templateLike || (length >= MISSING_FROM && lint.missing.includes('lintMissingPersonalReference'));
}

/** The hint stays small: at most this many findings, "only a shared group" first (it says what to do). */
export const FINDINGS_SHOWN = 3;

export function draftHintView(lint: DraftLint, suggestion: string | undefined, t: Translate): DraftHintView {
  return {
    templateLike: lint.templateLike,
    findings: [...lint.findings]
      .sort((a, b) => Number(b.id === 'only-shared-context') - Number(a.id === 'only-shared-context'))
      .map((f) => ({ id: f.id, text: t(f.key as MessageKey, f.subs) }))
      .filter((f) => f.text)
      .slice(0, FINDINGS_SHOWN),
    missing: lint.missing.map((key) => t(key as MessageKey)).filter(Boolean),
    ...(suggestion ? { suggestion } : {}),
  };
}
