import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { getSettings, updateSettings } from '../../../utils/journal/settings-store';
import { testDeps } from '../helpers/journal';

describe('settings store', () => {
  it('starts with the defaults and keeps a partial update', async () => {
    const { deps } = await testDeps();
    expect(await getSettings(deps)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(deps, { autoCapture: false });
    expect(await getSettings(deps)).toEqual({ ...DEFAULT_SETTINGS, autoCapture: false });
  });

  it('refuses thresholds out of order and leaves the stored settings alone', async () => {
    const { deps } = await testDeps();
    await expect(updateSettings(deps, { genuineBelow: 80, collectorFrom: 40 })).rejects.toThrow(/genuineBelow/);
    expect(await getSettings(deps)).toEqual(DEFAULT_SETTINGS);
  });
});
