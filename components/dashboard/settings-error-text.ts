import type { Translate } from '../../utils/i18n';

/**
 * Why the settings were not saved, in the user's words, by the background's error code: its message is for
 * developers (a refused patch lists schema paths and zod's English) and is never shown. Pure.
 */
export function settingsErrorText(t: Translate, code: string | undefined): string {
  switch (code) {
    case 'invalid-settings':
      return t('journal_thresholdsOrder');
    case 'invalid-request':
      return t('settingsValueRefused');
    case 'unreachable':
      return t('errorNoAnswer');
    default:
      return t('errorUnexpected');
  }
}
