import { browser } from 'wxt/browser';
import { cardView } from '../../components/inpage/profile-card-view';
import { uiWords } from '../../utils/ui-words';
import { CARD_WORDS } from '../../utils/messaging/card-protocol';
import type { TabActions } from '../../utils/journal/tab-actions';

const getMessage = (key: string, subs?: string[]) => browser.i18n.getMessage(key as never, subs);

/**
 * The recognition card worded here, in the worker (which keeps its Intl formatters warm), not in the page: the
 * card's script in a new tab then makes no date formatter, plural rules or message lookups (about 1 ms there).
 * Its words and locale come from uiWords, the same the page's own scripts use.
 */
export const presentCard: NonNullable<TabActions['presentCard']> = (data) => {
  const { t, locale, lang } = uiWords(getMessage, browser.i18n.getUILanguage());
  return {
    lang,
    view: cardView(data, { t, locale, now: Date.now() }),
    // `$1` stays as it is: the card puts the substitution in (the reason an action failed).
    words: Object.fromEntries(CARD_WORDS.map((key) => [key, t(key, '$1')])) as Record<(typeof CARD_WORDS)[number], string>,
  };
};
