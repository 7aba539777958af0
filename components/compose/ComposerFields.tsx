import type { Address, Lang } from '../../utils/compose/context';
import { useT } from '../i18n';
import type { ComposerInputs } from './composer-model';

/** Language, form of address, and the facts the chosen occasion needs (where you met; whom to be introduced to). */
export function ComposerFields(props: {
  inputs: ComposerInputs;
  /** The form of address in use (chosen, remembered, or the default). */
  address?: Address;
  onChange: (patch: Partial<ComposerInputs>) => void;
  onAddress: (address: Address) => void;
}) {
  const t = useT();
  const { inputs, onChange } = props;
  const text = (key: 'event' | 'notes' | 'introName' | 'introWhy', label: Parameters<typeof t>[0], max: number) => (
    <label class="field">
      <span>{t(label)}</span>
      <input type="text" maxLength={max} value={inputs[key]} onInput={(e) => onChange({ [key]: e.currentTarget.value })} />
    </label>
  );
  const meeting = inputs.situation !== 'thank-visitor' && inputs.situation !== 'ask-introduction';
  return (
    <>
      <div class="composer-row">
        <label class="field">
          <span>{t('compose_language')}</span>
          <select value={inputs.lang} onChange={(e) => onChange({ lang: e.currentTarget.value as Lang })}>
            <option value="de">{t('compose_langDe')}</option>
            <option value="en">{t('compose_langEn')}</option>
          </select>
        </label>
        <fieldset class="address">
          <legend>{t('compose_address')}</legend>
          {(['sie', 'du'] as const).map((a) => (
            <label key={a}>
              <input type="radio" name="compose-address" checked={props.address === a} onChange={() => props.onAddress(a)} />
              <span>{t(a === 'sie' ? 'compose_addressSie' : 'compose_addressDu')}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {meeting ? (
        <div class="composer-row">
          {text('event', 'compose_event', 120)}
          <label class="field date">
            <span>{t('compose_date')}</span>
            <input type="date" value={inputs.date} onInput={(e) => onChange({ date: e.currentTarget.value })} />
          </label>
        </div>
      ) : null}
      {meeting && inputs.event.trim() ? text('notes', 'compose_notes', 500) : null}
      {inputs.situation === 'ask-introduction' ? (
        <>
          {text('introName', 'compose_introName', 120)}
          {text('introWhy', 'compose_introWhy', 300)}
        </>
      ) : null}
    </>
  );
}
