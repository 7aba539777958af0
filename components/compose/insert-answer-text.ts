import type { Translate } from '../../utils/i18n';
import type { ComposeInsertAnswer } from '../../utils/messaging/compose-messages';

/**
 * What the composer says after Insert, in the UI's language: each refusal has its own sentence, worded here from
 * its code (the page's script and the browser's errors are never shown). An answer the popup does not know (a tab
 * still running an older script) gets the sentence that leaves the user a way on: copy and paste. Pure.
 */
export function insertAnswerText(t: Translate, answer: ComposeInsertAnswer | null | undefined, name: string): { kind: 'ok' | 'error'; text: string } {
  if (answer?.ok) return { kind: 'ok', text: t('compose_inserted', name) };
  switch (answer?.reason) {
    case undefined:
    case 'no-box':
      return { kind: 'error', text: t('compose_insertNoBox', name) };
    case 'other-person':
      return { kind: 'error', text: t('compose_insertOtherPerson', [answer.detail || '?', name]) };
    case 'ambiguous':
      return { kind: 'error', text: t('compose_insertAmbiguous') };
    case 'unknown-owner':
      return { kind: 'error', text: t('compose_insertUnknownOwner') };
    case 'unreachable':
      return { kind: 'error', text: t('compose_insertUnreachable') };
    default:
      return { kind: 'error', text: t('compose_insertNotTaken') };
  }
}
