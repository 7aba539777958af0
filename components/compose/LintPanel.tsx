import { useT } from '../i18n';
import type { LintView } from './composer-model';

/** What the draft linter says about the text: template or personal, why, what is missing, and a better suggestion. */
export function LintPanel(props: { lint: LintView; better?: string; current: string; onUse: (text: string) => void }) {
  const t = useT();
  const { lint, better } = props;
  return (
    <section class={lint.templateLike ? 'lint lint-template' : 'lint'} aria-labelledby="lint-heading" aria-live="polite">
      <h3 id="lint-heading" class="visually-hidden">
        {t('compose_lintHeading')}
      </h3>
      <p class="lint-summary">
        <span aria-hidden="true">{lint.templateLike ? '⚠ ' : '✓ '}</span>
        {t(lint.templateLike ? 'lintSummaryTemplate' : 'lintSummaryPersonal')}
      </p>
      {lint.findings.length ? (
        <ul class="lint-findings">
          {lint.findings.map((f) => (
            <li key={f.id}>{t(f.key, f.subs)}</li>
          ))}
        </ul>
      ) : null}
      {lint.missing.length ? (
        <>
          <h4>{t('compose_missingHeading')}</h4>
          <ul class="lint-missing">
            {lint.missing.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {better && better !== props.current ? (
        <div class="lint-better">
          <h4>{t('compose_better')}</h4>
          <p class="better-text">{better}</p>
          <button type="button" onClick={() => props.onUse(better)}>
            {t('compose_useSuggestion')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
