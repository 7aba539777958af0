import type { Band } from './popup/request-view';
import { useT } from './i18n';

const ICON: Record<Band, string> = { collector: '⚠', unclear: '?', genuine: '✓' };

/** The band's colour, an icon and words: colour is never the only cue. */
export function ScoreBadge({ band, value }: { band: Band; value: number }) {
  const t = useT();
  const label = t(band === 'collector' ? 'bandCollector' : band === 'unclear' ? 'bandUnclear' : 'bandGenuine');
  return (
    <span class={`badge badge-${band}`} title={t('scoreTitle', String(value))}>
      <span aria-hidden="true">{ICON[band]}</span> {label} {value}
    </span>
  );
}
