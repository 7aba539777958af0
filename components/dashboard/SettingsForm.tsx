import type { Settings } from '../../utils/model/settings';
import { useT } from '../i18n';
import { AboutMeFields } from './AboutMeFields';
import { NumberSetting } from './NumberSetting';
import { ReminderSettings } from './ReminderSettings';

export function SettingsForm(props: {
  settings: Settings;
  /** The stored settings were damaged: these are the safe ones (automatic reading off) until saved. */
  damaged?: boolean;
  status: { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };
  /** Numbers are formatted for it. */
  locale?: string;
  onChange: (patch: Partial<Settings>) => void;
  /** A field refused what was typed and saved nothing: an earlier "Saved." no longer holds. */
  onRefused?: () => void;
}) {
  const t = useT();
  const { settings } = props;
  const number = (key: 'genuineBelow' | 'collectorFrom' | 'xingWithdrawMinDays', label: string, max: number) => (
    <NumberSetting
      id={`setting-${key}`}
      label={label}
      value={settings[key]}
      min={0}
      max={max}
      locale={props.locale}
      onSave={(value) => props.onChange({ [key]: value })}
      onRefused={props.onRefused}
    />
  );
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" tabIndex={-1}>{t('dashboardSettings')}</h2>
      {props.damaged ? (
        <p class="error" role="alert">
          {t('integrity_settingsDamaged')}
        </p>
      ) : null}
      <label class="check">
        <input type="checkbox" checked={settings.autoCapture} onChange={(e) => props.onChange({ autoCapture: e.currentTarget.checked })} />
        <span>
          {t('settingsAutoCapture')}
          <small class="muted">{t('settingsAutoCaptureHint')}</small>
        </span>
      </label>
      {/* Off: results only in the popup (no badges on request lists, no card on profiles; removed from open tabs at once). */}
      <label class="check">
        <input type="checkbox" checked={settings.inPageBadges} onChange={(e) => props.onChange({ inPageBadges: e.currentTarget.checked })} />
        <span>{t('settingsInPageBadges')}</span>
      </label>
      {number('genuineBelow', t('settingsGenuineBelow'), 100)}
      {number('collectorFrom', t('settingsCollectorFrom'), 100)}
      {number('xingWithdrawMinDays', t('settingsXingWithdrawDays'), 60)}
      {(['linkedinPremium', 'xingPremium'] as const).map((key) => (
        <label class="check" key={key}>
          <input type="checkbox" checked={!!settings[key]} onChange={(e) => props.onChange({ [key]: e.currentTarget.checked })} />
          <span>{t(key === 'linkedinPremium' ? 'compose_settingsLinkedinPremium' : 'compose_settingsXingPremium')}</span>
        </label>
      ))}
      <ReminderSettings settings={settings} locale={props.locale} onChange={props.onChange} onRefused={props.onRefused} />
      <AboutMeFields me={settings.me} onChange={(me) => props.onChange({ me })} />
      <p role="status" class={props.status.kind === 'error' ? 'error' : 'muted'}>
        {props.status.kind === 'saved' ? t('settingsSaved') : props.status.kind === 'error' ? t('settingsError', props.status.message) : ''}
      </p>
    </section>
  );
}
