import type { ContactCount } from '../utils/model/people';
import type { Translate } from '../utils/i18n';

export const formatDate = (ms: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(ms));

export const formatContacts = (t: Translate, contacts: ContactCount): string =>
  t(contacts.atLeast ? 'personContactsAtLeast' : 'personContacts', String(contacts.count));

export const siteName = (t: Translate, platform: 'xing' | 'linkedin'): string =>
  t(platform === 'xing' ? 'siteXing' : 'siteLinkedin');
