import type { Translate } from '../../utils/i18n';
import { siteName } from '../format';

/** A page type such as `linkedin.invitations.received` in words ("LinkedIn contact requests received"). Pure. */
export function pageTypeLabel(t: Translate, pageType: string): string {
  const [platform, ...rest] = pageType.split('.');
  if (platform !== 'xing' && platform !== 'linkedin') return t('journal_pageKind_unknown');
  const site = siteName(t, platform);
  const kind = rest.join('.');
  if (kind === 'profile') return t('journal_pageKind_profile', site);
  if (kind === 'requests.received' || kind === 'invitations.received') return t('journal_pageKind_requests_received', site);
  if (kind === 'requests.sent' || kind === 'invitations.sent') return t('journal_pageKind_requests_sent', site);
  if (kind === 'messages' || kind === 'messaging') return t('journal_pageKind_messages', site);
  if (/login|authwall|challenge/.test(kind)) return t('journal_pageKind_login', site);
  return t('journal_pageKind_other', site);
}
