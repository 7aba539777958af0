// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../components/dashboard/SettingsForm';
import { SAFE_SETTINGS } from '../../../utils/model/settings';
import { renderInto } from './render';

describe('the settings page after damaged settings (break 5)', () => {
  it('says that the settings were set aside and automatic reading is off until saved', () => {
    const el = renderInto(<SettingsForm settings={SAFE_SETTINGS} damaged status={{ kind: 'idle' }} onChange={() => {}} />);
    expect(el.querySelector('[role=alert]')?.textContent).toMatch(/damaged.*reads no page on its own/);
    expect((el.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(false);
  });
});
