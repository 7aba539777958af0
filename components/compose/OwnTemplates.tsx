import { PLACEHOLDERS } from '../../utils/compose/user-template';
import type { FillResult } from '../../utils/compose/user-template';
import { useT } from '../i18n';

/** The user's own templates, filled for this person; one that lacks a fact says which and cannot be picked. */
export function OwnTemplates(props: {
  entries: { template: string; fill: FillResult }[];
  picked: number | null;
  onPick: (index: number, text: string) => void;
  onDelete: (index: number) => void;
}) {
  const t = useT();
  const why = (fill: FillResult) => {
    if (fill.ok) return '';
    if (fill.unknown.length) return t('compose_templateUnknown', fill.unknown.map((n) => `{${n}}`).join(', '));
    if (fill.broken) return t('compose_templateBroken');
    return t('compose_templateMissing', fill.missing.map((n) => `{${n}}`).join(', '));
  };
  return (
    <>
      {props.entries.length ? (
        <fieldset class="variants own-templates">
          <legend>{t('compose_ownTemplates')}</legend>
          {props.entries.map(({ fill }, i) => (
            <div class="own-template" key={i}>
              <label class="variant">
                <input type="radio" name="compose-own" disabled={!fill.ok} checked={props.picked === i} onChange={() => fill.ok && props.onPick(i, fill.text)} />
                <span>{t('compose_ownTemplate', i + 1)}</span>
              </label>
              {!fill.ok ? <small class="muted">{why(fill)}</small> : null}
              <button type="button" class="link" aria-label={t('compose_deleteTemplate', i + 1)} onClick={() => props.onDelete(i)}>
                ×
              </button>
            </div>
          ))}
        </fieldset>
      ) : null}
      <p class="muted small">{t('compose_templateHint', PLACEHOLDERS.map((p) => `{${p}}`).join(' '))}</p>
    </>
  );
}
