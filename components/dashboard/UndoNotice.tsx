import { useT } from '../i18n';

/**
 * The line that says what was just done, with its Undo while one is offered; a status region, so a screen reader
 * hears each notice (it is always rendered: a region that appears with its text is not announced).
 */
export function UndoNotice(props: { text?: string; onUndo?: () => void }) {
  const t = useT();
  return (
    <div role="status" class="notice-line">
      {props.text ? (
        <p class="notice">
          {props.text}{' '}
          {props.onUndo ? (
            <button type="button" onClick={props.onUndo}>
              {t('journal_undo')}
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
