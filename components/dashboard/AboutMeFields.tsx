import type { AboutMe } from '../../utils/model/settings';
import type { MessageKey } from '../../utils/i18n';
import { useT } from '../i18n';

type TextKey = 'name' | 'company' | 'city';
type ListKey = 'wants' | 'haves' | 'events' | 'links';

const TEXTS: [TextKey, MessageKey][] = [
  ['name', 'settingsMeName'],
  ['company', 'settingsMeCompany'],
  ['city', 'settingsMeCity'],
];
const LISTS: [ListKey, MessageKey][] = [
  ['wants', 'settingsMeWants'],
  ['haves', 'settingsMeHaves'],
  ['events', 'settingsMeEvents'],
  ['links', 'compose_settingsMeLinks'],
];
const isList = (key: TextKey | ListKey): key is ListKey => LISTS.some(([list]) => list === key);

/** "a, b ,, c" → ["a", "b", "c"]: list fields are typed as one comma-separated line. Pure. */
export function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .slice(0, 50);
}

/** The user's own profile: a field left empty is removed, so nothing stale stays behind. */
export function withField(me: AboutMe | undefined, key: TextKey | ListKey, raw: string): AboutMe {
  const next: AboutMe = { ...me };
  const value = isList(key) ? splitList(raw) : raw.trim();
  if (value.length === 0) delete next[key];
  else (next as Record<string, unknown>)[key] = value;
  return next;
}

/** Name, company, city, Wants, Haves and events of the user, so that notes naming them count as personal. */
export function AboutMeFields(props: { me: AboutMe | undefined; onChange: (me: AboutMe) => void }) {
  const t = useT();
  const field = (key: TextKey | ListKey, label: MessageKey, value: string) => (
    <label class="field" key={key}>
      <span>{t(label)}</span>
      <input type="text" maxLength={isList(key) ? 2000 : 500} value={value} onChange={(e) => props.onChange(withField(props.me, key, e.currentTarget.value))} />
    </label>
  );
  return (
    <fieldset class="about-me">
      <legend>{t('settingsAboutMe')}</legend>
      <p class="muted">{t('settingsAboutMeHint')}</p>
      {TEXTS.map(([key, label]) => field(key, label, props.me?.[key] ?? ''))}
      {LISTS.map(([key, label]) => field(key, label, (props.me?.[key] ?? []).join(', ')))}
    </fieldset>
  );
}
