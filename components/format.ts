import type { ContactCount } from '../utils/model/people';
import type { Translate } from '../utils/i18n';

/** Dates with the month's name (utils/text/dates.ts): "12/03/2026" reads differently in different countries. */
export { formatDay as formatDate } from '../utils/text/dates';

export const formatContacts = (t: Translate, contacts: ContactCount): string =>
  t(contacts.atLeast ? 'personContactsAtLeast' : 'personContacts', String(contacts.count));

export const siteName = (t: Translate, platform: 'xing' | 'linkedin'): string =>
  t(platform === 'xing' ? 'siteXing' : 'siteLinkedin');
