import { render, type ComponentChild } from 'preact';
import { I18nProvider } from '../../../components/i18n';
import { translatorFromMessages } from '../../../utils/i18n';

/** Renders a component with the words of one locale file (tests of what a user reads); returns the element it is in. */
export function renderIn(messages: object, node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(<I18nProvider value={translatorFromMessages(messages as Parameters<typeof translatorFromMessages>[0])}>{node}</I18nProvider>, root);
  return root;
}
