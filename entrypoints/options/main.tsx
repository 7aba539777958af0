import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n';
import '../../components/theme.css';
import { uiWords } from '../../utils/ui-words';
import { App } from './App';

// Words and the locale of their dates and numbers, decided in one place (utils/ui-words.ts).
const { t, locale } = uiWords((key, subs) => browser.i18n.getMessage(key as never, subs), browser.i18n.getUILanguage());
document.documentElement.lang = locale;
render(
  <I18nProvider value={t}>
    <App locale={locale} />
  </I18nProvider>,
  document.getElementById('app')!,
);
