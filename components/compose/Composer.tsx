import { useMemo, useState } from 'preact/hooks';
import { SITUATIONS, type Address, type Lang, type Situation } from '../../utils/compose/context';
import { useT } from '../i18n';
import { plural } from '../journal/words';
import { ComposerFields } from './ComposerFields';
import { LintPanel } from './LintPanel';
import { OwnTemplates } from './OwnTemplates';
import { checkTemplate } from '../../utils/compose/user-template';
import { lintView, ownTemplates, SITUATION_KEYS, suggestionsFor, type ComposerInputs, type ComposerSetup } from './composer-model';

export interface ComposerProps {
  setup: ComposerSetup;
  defaultLang: Lang;
  /** Today as YYYY-MM-DD (injected: the component reads no clock). */
  today: string;
  /** The UI's locale, for its numbers and plurals (`lang` is the text's language, which may differ). */
  locale: string;
  initialSituation?: Situation;
  /** What happened after Copy or Insert, already in words. */
  status?: { kind: 'ok' | 'error'; text: string };
  onCopy: (text: string) => void;
  /** Absent when the open tab has no platform page to insert into. */
  onInsert?: (text: string) => void;
  onAddress?: (address: Address) => void;
  /** Present while the person has an open follow-up reminder: offered once the text was copied or inserted. */
  onFollowUpDone?: () => void;
  onClose: () => void;
  /** The user's own templates (settings), and where a changed list goes; absent: no template controls. */
  templates?: readonly string[];
  onTemplates?: (templates: string[]) => void;
}

/** Suggests a follow-up for one person: pick the occasion, choose a variant, edit it, check it, copy or insert it. */
export function Composer(props: ComposerProps) {
  const t = useT();
  const { setup } = props;
  const [inputs, setInputs] = useState<ComposerInputs>({
    situation: props.initialSituation ?? 'after-meeting',
    lang: props.defaultLang,
    event: '',
    date: props.today,
    notes: '',
    introName: '',
    introWhy: '',
  });
  const [variant, setVariant] = useState(0);
  // The user's own edit of the text; null while the chosen suggestion is shown as it is.
  const [edited, setEdited] = useState<string | null>(null);
  const [ownPick, setOwnPick] = useState<number | null>(null);
  // Copy or Insert was used: the text is on its way, so an open follow-up may be marked done.
  const [used, setUsed] = useState(false);
  const [templateNote, setTemplateNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const result = useMemo(() => suggestionsFor(setup, inputs), [setup, inputs]);
  const chosen = result.ok ? (result.suggestions[variant] ?? result.suggestions[0]) : undefined;
  const text = edited ?? chosen?.text ?? '';
  const lint = useMemo(() => (text.trim() ? lintView(text, setup, inputs.lang) : null), [text, setup, inputs.lang]);
  const own = useMemo(() => ownTemplates(setup, inputs, props.templates ?? []), [setup, inputs, props.templates]);
  const limit = result.ok ? result.channel.limit : undefined;
  const over = limit !== undefined ? text.length - limit : 0;
  const number = new Intl.NumberFormat(props.locale);

  const change = (patch: Partial<ComposerInputs>) => {
    setInputs((current) => ({ ...current, ...patch }));
    setEdited(null);
    setOwnPick(null);
    if (patch.situation) setVariant(0);
  };

  // Saved as typed, placeholders and all, once the check finds no unknown name and no broken brace.
  const saveTemplate = () => {
    const check = checkTemplate(text);
    if (check.unknown.length) setTemplateNote({ kind: 'error', text: t('compose_templateUnknown', check.unknown.map((n) => `{${n}}`).join(', ')) });
    else if (check.broken) setTemplateNote({ kind: 'error', text: t('compose_templateBroken') });
    else {
      props.onTemplates?.([...(props.templates ?? []), text].slice(-20));
      setTemplateNote({ kind: 'ok', text: t('compose_templateSaved') });
    }
  };

  return (
    <section class="composer" aria-labelledby="composer-heading">
      <div class="composer-head">
        <h2 id="composer-heading">{t('compose_heading', setup.person.name)}</h2>
        <button type="button" class="link" onClick={props.onClose}>
          {t('compose_close')}
        </button>
      </div>
      <label class="field">
        <span>{t('compose_situation')}</span>
        <select value={inputs.situation} onChange={(e) => change({ situation: e.currentTarget.value as Situation })}>
          {SITUATIONS.map((s) => (
            <option key={s} value={s}>
              {t(SITUATION_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
      <ComposerFields
        inputs={inputs}
        address={result.ok ? result.address : inputs.address}
        onChange={change}
        onAddress={(address) => {
          change({ address });
          props.onAddress?.(address);
        }}
      />
      {!result.ok ? (
        <p class="muted" role="status">
          {t(result.need)}
        </p>
      ) : (
        <>
          <p class="muted">
            {result.channel.noteUnavailable ? t('compose_xingBasicNoNote') : result.channel.kind === 'note' ? t('compose_noteChannel', number.format(result.channel.limit)) : t('compose_messageChannel', number.format(result.channel.limit))}
          </p>
          <fieldset class="variants">
            <legend>{t('compose_variants')}</legend>
            {result.suggestions.map((s, i) => (
              <label key={s.variant} class="variant">
                <input
                  type="radio"
                  name="compose-variant"
                  checked={edited === null && i === variant}
                  onChange={() => {
                    setVariant(i);
                    setEdited(null);
                    setOwnPick(null);
                  }}
                />
                <span>{t('compose_variant', i + 1)}</span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      {props.onTemplates ? (
        <OwnTemplates
          entries={own}
          picked={ownPick}
          onPick={(i, filled) => {
            setOwnPick(i);
            setEdited(filled);
          }}
          onDelete={(i) => props.onTemplates!((props.templates ?? []).filter((_, j) => j !== i))}
        />
      ) : null}
      <label class="field">
        <span>{t('compose_text')}</span>
        <textarea rows={8} value={text} aria-describedby="compose-counter" onInput={(e) => {
            setEdited(e.currentTarget.value);
            setOwnPick(null);
          }} />
      </label>
      {limit !== undefined ? (
        <p id="compose-counter" class={over > 0 ? 'counter error' : 'counter muted'}>
          {t('compose_counter', [number.format(text.length), number.format(limit)])}
          {over > 0 ? ` · ${plural(t, props.locale, 'compose_tooLong', over)}` : ''}
        </p>
      ) : null}
      {lint && result.ok ? <LintPanel lint={lint} better={lint.templateLike || lint.missing.length ? result.suggestions[0]!.text : undefined} current={text} onUse={(better) => { setVariant(0); setEdited(better === result.suggestions[0]!.text ? null : better); }} /> : null}
      <div class="composer-actions">
        <button type="button" class="primary" disabled={!text.trim() || over > 0} onClick={() => {
            setUsed(true);
            props.onCopy(text);
          }}>
          {t('compose_copy')}
        </button>
        {props.onInsert ? (
          <button type="button" disabled={!text.trim() || over > 0} onClick={() => {
            setUsed(true);
            props.onInsert!(text);
          }} title={t('compose_insertHint')}>
            {t('compose_insert')}
          </button>
        ) : null}
        {props.onTemplates ? (
          <button type="button" class="link" disabled={!text.trim()} onClick={saveTemplate}>
            {t('compose_saveTemplate')}
          </button>
        ) : null}
      </div>
      {templateNote ? <p aria-live="polite" class={templateNote.kind === 'error' ? 'error' : 'muted'}>{templateNote.text}</p> : null}
      <p role="status" class={props.status?.kind === 'error' ? 'error' : 'muted'}>
        {props.status?.text ?? ''}
      </p>
      {props.onFollowUpDone && used && props.status?.kind === 'ok' ? (
        <button type="button" class="follow-up-done" onClick={props.onFollowUpDone}>
          {t('compose_followUpDone')}
        </button>
      ) : null}
    </section>
  );
}
