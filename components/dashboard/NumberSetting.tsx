import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { wholeNumberIn } from './whole-number';

/**
 * A setting that is a whole number from `min` to `max`. Anything else (empty, letters, a fraction, out of range; the
 * `max` attribute does not stop typing) is not saved: the field goes back to the saved value and says why beside it.
 */
export function NumberSetting(props: {
  id: string;
  label: string;
  /** The saved value: what the field shows. */
  value: number;
  min: number;
  max: number;
  locale?: string | undefined;
  onSave: (value: number) => void;
  /** Told when a value was refused (nothing saved). */
  onRefused?: (() => void) | undefined;
}) {
  const t = useT();
  const [refused, setRefused] = useState(false);
  const n = (x: number) => new Intl.NumberFormat(props.locale).format(x);
  const problemId = `${props.id}-problem`;
  return (
    <>
      <label class="field" for={props.id}>
        <span>{props.label}</span>
        <input
          id={props.id}
          type="number"
          min={props.min}
          max={props.max}
          step={1}
          value={props.value}
          aria-invalid={refused}
          aria-describedby={refused ? problemId : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            const value = wholeNumberIn(input.value, input.validity.badInput, props.min, props.max);
            setRefused(value === null);
            // The field shows what is really saved (a re-render would not reset it when the saved value did not change).
            if (value === null) {
              input.value = String(props.value);
              props.onRefused?.();
            } else props.onSave(value);
          }}
        />
      </label>
      {refused ? (
        <p id={problemId} class="error" role="alert">
          {t('settingsNumberInvalid', [n(props.min), n(props.max), n(props.value)])}
        </p>
      ) : null}
    </>
  );
}
