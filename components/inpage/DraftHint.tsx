import { useT } from '../i18n';
import { closeOnEscape } from './escape';
import type { DraftHintView } from './draft-hint-view';

export interface DraftHintProps {
  view: DraftHintView;
  /** What became of the last button, in words. */
  status?: string;
  /** Puts the suggestion into the box the hint belongs to (never sends). */
  onUse: () => void;
  onComposer: () => void;
  onDismiss: () => void;
}

/**
 * The hint beside a site's message or note box: that the draft reads like a template and why, what is missing, a
 * personal suggestion to put into the box, or the composer. Hide (Escape too). Every text is rendered as text.
 */
export function DraftHint({ view, status, onUse, onComposer, onDismiss }: DraftHintProps) {
  const t = useT();
  const onKey = closeOnEscape(onDismiss);
  return (
    <section class="panel hint" role="region" aria-label={t('draft_label')} onKeyDown={onKey}>
      <div class="card-head">
        <p class="hint-summary">
          <span aria-hidden="true">{view.templateLike ? '⚠ ' : 'ℹ '}</span>
          {t(view.templateLike ? 'lintSummaryTemplate' : 'draft_summaryImpersonal')}
        </p>
        <button type="button" class="close" aria-label={t('draft_dismiss')} title={t('draft_dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {view.findings.length ? (
        <ul>
          {view.findings.map((f) => (
            <li key={f.id}>{f.text}</li>
          ))}
        </ul>
      ) : null}
      {view.missing.length ? (
        <>
          <h4>{t('compose_missingHeading')}</h4>
          <ul>
            {view.missing.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {view.suggestion ? (
        <>
          <h4>{t('compose_better')}</h4>
          {/* Focusable, so a long suggestion can be scrolled by keyboard (browsers make scrollers focusable anyway). */}
          <p class="card-notes hint-suggestion" tabIndex={0}>
            {view.suggestion}
          </p>
        </>
      ) : null}
      <div class="actions">
        {view.suggestion ? (
          <button type="button" class="primary" onClick={onUse}>
            {t('compose_useSuggestion')}
          </button>
        ) : null}
        <button type="button" onClick={onComposer}>
          {t('compose_open')}
        </button>
      </div>
      <p class="status" role="status">
        {status ?? ''}
      </p>
    </section>
  );
}
