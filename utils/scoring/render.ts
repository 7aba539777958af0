import type { Reason, ReasonText } from './types';

/** Renders a locale message key with substitutions (e.g. `translatorFromMessages` from utils/i18n.ts). */
export type RenderText = (key: string, subs: string[]) => string;

export function renderReasonText(reason: ReasonText, render: RenderText): string {
  return render(reason.key, reason.subs);
}

/** A reason as a plain line for CLIs and the popup: `{id, weight, reason}` with the text rendered. */
export function renderReason(reason: Reason, render: RenderText): { id: string; weight: number; reason: string } {
  return { id: reason.id, weight: reason.weight, reason: renderReasonText(reason.reason, render) };
}
