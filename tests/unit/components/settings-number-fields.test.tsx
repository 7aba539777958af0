// @vitest-environment happy-dom
// The settings' number fields save only a whole number in their range. Anything else (empty, a fraction, out of
// range) saves nothing, says why beside the field in the user's words, and the field shows what is really saved.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { ReminderSettings } from '../../../components/dashboard/ReminderSettings';
import { SettingsForm } from '../../../components/dashboard/SettingsForm';
import { settingsErrorText } from '../../../components/dashboard/settings-error-text';
import { wholeNumberIn } from '../../../components/dashboard/whole-number';
import { createHandlers } from '../../../utils/journal/handlers';
import { translatorFromMessages } from '../../../utils/i18n';
import { createRouter } from '../../../utils/messaging/router';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { testDeps } from '../helpers/journal';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

type Messages = Parameters<typeof translatorFromMessages>[0];
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, followUpDays: 2 };

function mount(messages: object, node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nProvider value={translatorFromMessages(messages as Messages)}>{node}</I18nProvider>, root));
  return root;
}

/** Types into a number field and leaves it, as a browser's `change` does. */
function commit(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The settings page's form, or the reminder settings alone: the field with this id. */
function field(form: 'settings' | 'reminders', id: string, messages: object = en) {
  const onChange = vi.fn();
  const onRefused = vi.fn();
  const root = mount(
    messages,
    form === 'settings' ? (
      <SettingsForm settings={SETTINGS} status={{ kind: 'idle' }} locale="en" onChange={onChange} onRefused={onRefused} />
    ) : (
      <ReminderSettings settings={SETTINGS} onChange={onChange} onRefused={onRefused} />
    ),
  );
  return { root, onChange, onRefused, input: root.querySelector<HTMLInputElement>(`#${id}`)! };
}

const FIELDS = [
  ['settings', 'setting-genuineBelow', 'genuineBelow', 35, 100],
  ['settings', 'setting-collectorFrom', 'collectorFrom', 65, 100],
  ['settings', 'setting-xingWithdrawMinDays', 'xingWithdrawMinDays', 7, 60],
  ['reminders', 'setting-followUpDays', 'followUpDays', 2, 60],
] as const;

describe('a number setting refuses what is no whole number in its range', () => {
  const cases = FIELDS.flatMap(([form, id, key, saved, max]) =>
    ['', '  ', String(max + 50), '-5', '40.5'].map((typed) => [form, id, key, saved, max, typed] as const),
  );
  it.each(cases)('%s %s (%s, saved %d, max %d): "%s" saves nothing and says why beside the field', (form, id, _key, saved, max, typed) => {
    const { root, onChange, onRefused, input } = field(form, id);
    commit(input, typed);
    expect(onChange).not.toHaveBeenCalled();
    expect(onRefused).toHaveBeenCalledOnce();
    const alert = root.querySelector(`#${id}-problem`);
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toBe(`Not saved: please enter a whole number from 0 to ${max}. Still saved: ${saved}.`);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(`${id}-problem`);
    // The field shows what is really saved, not 0 or what was typed.
    expect(input.value).toBe(String(saved));
  });

  it.each(FIELDS)('%s %s: a whole number in range is saved as %s, and an earlier refusal goes away', (form, id, key, _saved, max) => {
    const { root, onChange, input } = field(form, id);
    commit(input, '');
    commit(input, String(max));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ [key]: max });
    expect(root.querySelector(`#${id}-problem`)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('says it in German in the German dashboard', () => {
    const { root, input } = field('settings', 'setting-genuineBelow', de);
    commit(input, '150');
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Nicht gespeichert: Bitte geben Sie eine ganze Zahl von 0 bis 100 ein. Gespeichert bleibt 35.');
  });
});

describe('wholeNumberIn', () => {
  it.each([
    ['35', false, 35],
    [' 7 ', false, 7],
    ['0', false, 0],
    ['100', false, 100],
    ['', false, null],
    ['   ', false, null],
    ['', true, null], // letters in Firefox: the field's value is '' and badInput is set
    ['101', false, null],
    ['-1', false, null],
    ['40.5', false, null],
    ['zwei', false, null],
  ] as const)('"%s" (badInput %s) → %s', (text, badInput, expected) => {
    expect(wholeNumberIn(text, badInput, 0, 100)).toBe(expected);
  });
});

describe('a settings change the background refuses', () => {
  it.each([
    [{ genuineBelow: 150 }, 'invalid-request', 'Ein Wert liegt außerhalb dessen, was Handschlag annimmt. Bitte prüfen Sie die Felder.'],
    [{ xingWithdrawMinDays: 61 }, 'invalid-request', 'Ein Wert liegt außerhalb dessen, was Handschlag annimmt. Bitte prüfen Sie die Felder.'],
    [{ genuineBelow: 70 }, 'invalid-settings', 'Die Schwelle für „wahrscheinlich echt“ darf nicht über der für „wahrscheinlich Sammler“ liegen.'],
  ])('%o: %s, worded without the protocol\'s internals', async (patch, code, german) => {
    const { deps } = await testDeps();
    const handle = createRouter(createHandlers(deps), { id: 'ext', baseUrl: 'chrome-extension://ext/' });
    const res = await handle({ type: 'settings/update', payload: { patch } }, { id: 'ext', url: 'chrome-extension://ext/options.html#settings' });
    expect(res).toMatchObject({ ok: false, error: { code } });
    if (res.ok) return;
    const shown = settingsErrorText(translatorFromMessages(de as Messages), res.error.code);
    expect(shown).toBe(german);
    expect(settingsErrorText(translatorFromMessages(en as Messages), res.error.code)).not.toMatch(/settings\/update|patch\.|Too big|expected/);
  });

  it.each([
    ['unreachable', 'Handschlag\'s background did not answer. Please try again.'],
    ['handler-failed', 'an unexpected error occurred. Please try again.'],
  ])('%s: a sentence of its own', (code, english) => {
    expect(settingsErrorText(translatorFromMessages(en as Messages), code)).toBe(english);
  });
});
