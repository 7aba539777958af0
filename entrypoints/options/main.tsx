import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n';
import '../../components/theme.css';
import { translatorFromGetMessage } from '../../utils/i18n';
import { App } from './App';

const t = translatorFromGetMessage((key, subs) => browser.i18n.getMessage(key as never, subs));
const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
render(
  <I18nProvider value={t}>
    <App locale={locale} />
  </I18nProvider>,
  document.getElementById('app')!,
);
