// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '../../../components/compose/Composer';
import { I18nProvider } from '../../../components/i18n';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { translatorFromMessages } from '../../../utils/i18n';

type Messages = Parameters<typeof translatorFromMessages>[0];
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The composer for a LinkedIn contact's revived conversation (a message: 8,000 characters), with the limit and `over` more characters typed. */
function counter(messages: object, locale: string, over: number) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const setup = { person: { name: 'Lucas Moreau', company: 'Moreau Growth' }, platform: 'linkedin' as const, premium: false, me: { name: 'Jochen Thiel' } };
  act(() => {
    render(
      <I18nProvider value={translatorFromMessages(messages as Messages)}>
        <Composer setup={setup} defaultLang="en" locale={locale} today="2026-03-14" initialSituation="revive" onCopy={vi.fn()} onClose={vi.fn()} />
      </I18nProvider>,
      root,
    );
  });
  const textarea = root.querySelector('textarea')!;
  act(() => {
    textarea.value = 'x'.repeat(8000 + over);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return { counter: text(root.querySelector('#compose-counter')!), channel: text(root) };
}

// Review of the words, findings 10 and 12: "1 characters too long", and "von 8000 Zeichen" beside "30.000 Personen".
describe('the composer\'s counter', () => {
  it.each([
    ['en', 1, '8,001 of 8,000 characters · 1 character too long: the platform will not take it'],
    ['en', 2, '8,002 of 8,000 characters · 2 characters too long: the platform will not take it'],
    ['de', 1, '8.001 von 8.000 Zeichen · 1 Zeichen zu lang: Die Plattform nimmt den Text so nicht an'],
    ['de', 0, '8.000 von 8.000 Zeichen'],
  ])('%s, %s over the limit', (locale, over, expected) => {
    expect(counter(locale === 'de' ? de : en, locale, over).counter).toBe(expected);
  });

  it('the channel\'s limit in the locale\'s digits', () => {
    expect(counter(de, 'de', 0).channel).toContain('bis zu 8.000 Zeichen');
  });
});
