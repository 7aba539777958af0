// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '../../../components/compose/Composer';
import { I18nProvider } from '../../../components/i18n';
import en from '../../../public/_locales/en/messages.json';
import { translatorFromMessages } from '../../../utils/i18n';

const t = translatorFromMessages(en);
const SETUP = { person: { name: 'Lucas Moreau', company: 'Moreau Growth' }, platform: 'linkedin' as const, premium: false, me: { name: 'Jochen Thiel' } };

function mount(onCopy = vi.fn(), templates?: { list: string[]; onTemplates: (t: string[]) => void }) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => {
    render(
      <I18nProvider value={t}>
        <Composer setup={SETUP} defaultLang="en" locale="en" today="2026-03-14" onCopy={onCopy} onInsert={vi.fn()} onClose={vi.fn()} templates={templates?.list} onTemplates={templates?.onTemplates} />
      </I18nProvider>,
      root,
    );
  });
  return root;
}
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('Composer', () => {
  it('asks for the meeting first, then shows three suggestions within the note limit, and copies the edited text', () => {
    const onCopy = vi.fn();
    const root = mount(onCopy);
    expect(root.textContent).toContain(t('compose_needEvent'));
    const event = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Where you met'))!.querySelector('input')!;
    type(event, 'Hannover Messe');
    const textarea = root.querySelector('textarea')!;
    expect(textarea.value).toMatch(/^Hi Lucas,\n.*Hannover Messe/s);
    expect(root.querySelectorAll('input[name="compose-variant"]')).toHaveLength(3);
    expect(root.querySelector('#compose-counter')!.textContent).toBe(`${textarea.value.length} of 200 characters`);
    expect(root.querySelector('.lint-summary')!.textContent).toContain(t('lintSummaryPersonal'));
    type(textarea, 'Hi Lucas, we are both members of the same group. Lots of synergies!');
    expect(root.querySelector('.lint-summary')!.textContent).toContain(t('lintSummaryTemplate'));
    expect(root.querySelector('.lint-better')).not.toBeNull();
    act(() => (root.querySelector('.composer-actions button.primary') as HTMLButtonElement).click());
    expect(onCopy).toHaveBeenCalledWith('Hi Lucas, we are both members of the same group. Lots of synergies!');
  });

  it('fills own templates for this person, names what one lacks, and saves only a checked template', () => {
    const onTemplates = vi.fn();
    const root = mount(vi.fn(), { list: ['Hi {firstName}, good to meet you {eventAt}! Are you at {company}?', 'Hi {firstName}, about {wants}: let us talk.'], onTemplates });
    const event = [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Where you met'))!.querySelector('input')!;
    type(event, 'Hannover Messe');
    const radios = root.querySelectorAll<HTMLInputElement>('input[name="compose-own"]');
    expect(radios[1]!.disabled).toBe(true);
    expect(root.querySelector('.own-templates')!.textContent).toContain('needs {wants}, not known for this person');
    act(() => radios[0]!.click());
    const textarea = root.querySelector('textarea')!;
    expect(textarea.value).toBe('Hi Lucas, good to meet you at Hannover Messe! Are you at Moreau Growth?');
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save the text as my template')!;
    type(textarea, 'Hallo {Vorname}!');
    act(() => save.click());
    expect(root.textContent).toContain('Unknown placeholder: {Vorname}');
    expect(onTemplates).not.toHaveBeenCalled();
    type(textarea, 'Hallo {firstName}, schön, dich {eventAt} getroffen zu haben.');
    act(() => save.click());
    expect(onTemplates).toHaveBeenCalledWith([expect.any(String), expect.any(String), 'Hallo {firstName}, schön, dich {eventAt} getroffen zu haben.']);
  });

  it('offers "Mark follow-up done" for an open follow-up only once the text was copied', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const onFollowUpDone = vi.fn();
    const draw = (status?: { kind: 'ok' | 'error'; text: string }) =>
      act(() => {
        render(
          <I18nProvider value={t}>
            <Composer setup={SETUP} defaultLang="en" locale="en" today="2026-03-14" initialSituation="revive" onCopy={vi.fn()} onClose={vi.fn()} onFollowUpDone={onFollowUpDone} {...(status ? { status } : {})} />
          </I18nProvider>,
          root,
        );
      });
    const doneButton = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Mark follow-up done');
    draw({ kind: 'ok', text: 'Copied.' });
    expect(doneButton()).toBeUndefined(); // nothing copied in this composer yet
    act(() => (root.querySelector('.composer-actions button.primary') as HTMLButtonElement).click());
    draw({ kind: 'error', text: 'Copying failed' });
    expect(doneButton()).toBeUndefined();
    draw({ kind: 'ok', text: 'Copied.' });
    act(() => doneButton()!.click());
    expect(onFollowUpDone).toHaveBeenCalledTimes(1);
  });
});
