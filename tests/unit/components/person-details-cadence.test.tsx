// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { parseCadence, PersonDetails } from '../../../components/dashboard/PersonDetails';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { render } from 'preact';
import { I18nProvider } from '../../../components/i18n';
import { translatorFromMessages } from '../../../utils/i18n';

const NOW = Date.UTC(2026, 10, 23, 12);
const PERSON = { v: 1, id: 'p1', displayName: 'Anna Berg', tags: [], notes: '', createdAt: NOW, updatedAt: NOW } as never;
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

async function save(messages: object, locale: string, typed: string) {
  const onSave = vi.fn(async () => {});
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => {
    render(<I18nProvider value={translatorFromMessages(messages as Parameters<typeof translatorFromMessages>[0])}><PersonDetails person={PERSON} locale={locale} onSave={onSave} /></I18nProvider>, root);
  });
  const input = root.querySelector<HTMLInputElement>('#details-cadence')!;
  act(() => {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  return { status: text(root.querySelector('[role="status"]')!), onSave };
}

// Review of the words, finding 8: a cadence of 0 was answered with the sentence about tag lines ("jede Zeile als Schlagwort: Tage").
describe('the person\'s keep-in-touch cadence', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', null],
    ['1', 1],
    ['90', 90],
    ['3650', 3650],
    ['3651', undefined],
    ['-5', undefined],
    ['2.5', undefined],
    ['abc', undefined],
  ])('parseCadence(%j) → %s', (typed, expected) => {
    expect(parseCadence(typed)).toBe(expected);
  });

  it.each([
    ['de', '5000', 'Nicht gespeichert: Bitte geben Sie eine ganze Zahl von 1 bis 3.650 Tagen ein, oder lassen Sie das Feld leer.'],
    ['en', '-1', 'Not saved: Enter a whole number of days from 1 to 3,650, or leave the field empty.'],
  ])('a number out of range is answered about this field (%s)', async (locale, typed, expected) => {
    const { status, onSave } = await save(locale === 'de' ? de : en, locale, typed);
    expect(status).toBe(expected);
    expect(status).not.toMatch(/Zeile|Schlagwort|line|tag:/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('0 is saved as "no reminder"', async () => {
    const { status, onSave } = await save(de, 'de', '0');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ keepInTouchDays: null }));
    expect(status).not.toMatch(/Nicht gespeichert/);
  });
});
