import { useState } from 'preact/hooks';
import type { ProfileFacts } from '../../utils/model/people';
import { useT } from '../i18n';

/** When a page could not be read: the user types what matters, and only that is stored. */
export function ManualEntry({ onSave }: { onSave: (facts: ProfileFacts) => void }) {
  const t = useT();
  const [fields, setFields] = useState({ name: '', headline: '', company: '', location: '' });
  const field = (key: keyof typeof fields, label: string, required = false) => (
    <label class="stack">
      <span>{label}</span>
      <input
        type="text"
        required={required}
        maxLength={300}
        value={fields[key]}
        onInput={(e) => setFields({ ...fields, [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form
      class="manual"
      onSubmit={(event) => {
        event.preventDefault();
        const name = fields.name.trim();
        if (!name) return;
        const optional = (['headline', 'company', 'location'] as const).flatMap((k) => (fields[k].trim() ? [[k, fields[k].trim()]] : []));
        onSave({ name, ...Object.fromEntries(optional) });
      }}
    >
      <h3>{t('manualEntryTitle')}</h3>
      {field('name', t('manualName'), true)}
      {field('headline', t('manualHeadline'))}
      {field('company', t('manualCompany'))}
      {field('location', t('manualLocation'))}
      <button type="submit" class="primary">
        {t('manualSave')}
      </button>
    </form>
  );
}
