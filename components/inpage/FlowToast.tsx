import { useT } from '../i18n';

/**
 * The outcome of a click on the page, where it stays readable after the card is gone (a declined request's card
 * usually disappears with its badge). Announced politely; closed by its button or Escape.
 */
export function FlowToast({ text, kind, onClose }: { text: string; kind: 'done' | 'stopped'; onClose: () => void }) {
  const t = useT();
  return (
    <div class="panel toast" role="status" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <p class={`status ${kind}`}>{text}</p>
      <p class="muted">{t('triage_notUndone')}</p>
      <div class="actions">
        <button type="button" onClick={onClose}>{t('triage_close')}</button>
      </div>
    </div>
  );
}
