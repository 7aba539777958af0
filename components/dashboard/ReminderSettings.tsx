import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/model/settings';
import { DEFAULT_FOLLOW_UP_DAYS } from '../../utils/reminders/schedule';
import { useT } from '../i18n';
import { formatCadences, parseCadences } from '../journal/words';
import { NumberSetting } from './NumberSetting';

/** The follow-up delay after a meeting and keep-in-touch cadences per tag. */
export function ReminderSettings(props: {
  settings: Settings;
  locale?: string | undefined;
  onChange: (patch: Partial<Settings>) => void;
  /** The delay field refused what was typed (nothing saved). */
  onRefused?: (() => void) | undefined;
}) {
  const t = useT();
  const [cadences, setCadences] = useState(formatCadences(props.settings.tagCadences));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setCadences(formatCadences(props.settings.tagCadences)), [props.settings.tagCadences]);
  return (
    <>
      <NumberSetting
        id="setting-followUpDays"
        label={t('journal_followUpSetting')}
        value={props.settings.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS}
        min={0}
        max={60}
        locale={props.locale}
        onSave={(followUpDays) => props.onChange({ followUpDays })}
        onRefused={props.onRefused}
      />
      <label class="stack" for="tag-cadences">
        <span>{t('journal_tagCadences')}</span>
        <textarea
          id="tag-cadences"
          rows={3}
          value={cadences}
          aria-invalid={invalid}
          onInput={(e) => setCadences(e.currentTarget.value)}
          onBlur={() => {
            const parsed = parseCadences(cadences);
            setInvalid(!parsed);
            if (parsed) props.onChange({ tagCadences: parsed });
          }}
        />
      </label>
      {invalid ? <p class="error" role="alert">{t('journal_tagCadencesInvalid')}</p> : null}
    </>
  );
}
