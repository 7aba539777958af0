import { render, type ComponentChild } from 'preact';
import { I18nProvider } from '../../../components/i18n';
import { translatorFromMessages } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';

export const tEn = translatorFromMessages(en);

/** Renders a component into a fresh element of the test's DOM (happy-dom), with the English strings. */
export function renderInto(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<I18nProvider value={tEn}>{node}</I18nProvider>, root);
  return root;
}
