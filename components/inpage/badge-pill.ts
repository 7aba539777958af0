import type { Translate } from '../../utils/i18n';
import type { Band } from '../popup/request-view';

/** What a collapsed badge shows: the band and score (none yet: "not scored") and whether the person is blocklisted. */
export interface PillView {
  score?: { value: number; band: Band };
  blocked: boolean;
}

export const BAND_ICON: Record<Band, string> = { collector: '⚠', unclear: '?', genuine: '✓' };
export const BAND_KEY = { collector: 'bandCollector', unclear: 'bandUnclear', genuine: 'bandGenuine' } as const;

/** The pill's words: band and score, or "not scored" (the same in the plain pill and in RequestBadge). */
export const pillText = (t: Translate, score: PillView['score']): string => (score ? `${t(BAND_KEY[score.band])} ${score.value}` : t('triage_notScored'));

/** A pill as drawn into its container: what a later drawing may change in place. */
interface Drawn {
  copy: HTMLElement;
  pill: HTMLElement;
  t: Translate;
  blocked: boolean;
  onToggle: () => void;
}
const drawn = new WeakMap<HTMLElement, Drawn>();

/**
 * A collapsed badge drawn with plain DOM (markup and classes as RequestBadge renders it collapsed): a page of
 * 100 requests shows 100 of these, and the Preact component is rendered only for a badge the user expands.
 * Each pill is a copy of a kept one for its band (one native clone instead of a dozen calls per card); the score
 * goes in as a text node, never as markup. Replaces whatever `container` held; drawn again (its score came), the
 * pill still there changes in place (three writes instead of a new copy for each of a list's pills).
 */
export function drawPill(container: HTMLElement, view: PillView, t: Translate, onToggle: () => void): void {
  const band = view.score?.band;
  const shown = drawn.get(container);
  if (shown && shown.t === t && shown.blocked === view.blocked && container.childNodes.length === 1 && container.firstChild === shown.copy) {
    shown.pill.className = `pill ${band ?? 'unscored'}`;
    shown.pill.childNodes[1]!.textContent = band ? BAND_ICON[band] : '·';
    shown.pill.childNodes[2]!.textContent = pillText(t, view.score);
    shown.onToggle = onToggle;
    return;
  }
  const kept = templatesFor(t);
  const shape = `${band}|${view.blocked}`;
  let template = kept.get(shape);
  if (!template) kept.set(shape, (template = pillTemplate(container.ownerDocument, band, view.blocked, t)));
  const copy = template.cloneNode(true) as HTMLElement;
  const pill = copy.querySelector('button')!;
  pill.childNodes[2]!.textContent = pillText(t, view.score);
  const entry: Drawn = { copy, pill, t, blocked: view.blocked, onToggle };
  pill.addEventListener('click', () => entry.onToggle());
  drawn.set(container, entry);
  container.replaceChildren(copy);
}

const templates = new WeakMap<Translate, Map<string, HTMLElement>>();
function templatesFor(t: Translate): Map<string, HTMLElement> {
  let kept = templates.get(t);
  if (!kept) templates.set(t, (kept = new Map()));
  return kept;
}

/** The pill of one band (and blocklist state) with an empty text where its score goes. */
function pillTemplate(doc: Document, band: Band | undefined, blocked: boolean, t: Translate): HTMLElement {
  const el = (tag: string, attrs: Record<string, string>, ...children: (Node | string)[]) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const hidden = (text: string, attrs: Record<string, string> = {}) => el('span', { ...attrs, 'aria-hidden': 'true' }, text);
  const pill = el('button', { type: 'button', class: `pill ${band ?? 'unscored'}`, 'aria-expanded': 'false' }, el('span', { class: 'vh' }, 'Handschlag: '), hidden(band ? BAND_ICON[band] : '·'), doc.createTextNode(''), hidden('▾', { class: 'chev' }));
  const pills = el('div', { class: 'pills' }, pill);
  if (blocked) pills.append(el('span', { class: 'tag' }, hidden('⛔'), ` ${t('triage_onBlocklistShort')}`));
  return el('div', {}, pills);
}
