import type { Translate } from '../../utils/i18n';
import type { Band } from '../popup/request-view';
import type { RequestState } from '../../utils/model/requests';

/**
 * What a collapsed badge shows: the band and score (none yet: "not scored") and whether the person is blocklisted.
 * A sent request is never scored (the scorer reads received ones): its pill says the request's state instead.
 */
export interface PillView {
  score?: { value: number; band: Band };
  blocked: boolean;
  sent?: { state: RequestState };
}

export const BAND_ICON: Record<Band, string> = { collector: '⚠', unclear: '?', genuine: '✓' };
export const BAND_KEY = { collector: 'bandCollector', unclear: 'bandUnclear', genuine: 'bandGenuine' } as const;

export const STATE_KEY = {
  pending: 'journal_state_pending', accepted: 'journal_state_accepted', declined: 'journal_state_declined', ignored: 'journal_state_ignored',
  withdrawn: 'journal_state_withdrawn', gone: 'journal_state_gone', reported: 'journal_state_reported', blocked: 'journal_state_blocked',
} as const satisfies Record<RequestState, string>;

/** The pill's words: a sent request's state; band and score; or "not scored" (the same in the plain pill and in RequestBadge). */
export const pillText = (t: Translate, score: PillView['score'], sent?: PillView['sent']): string =>
  sent ? t(STATE_KEY[sent.state]) : score ? `${t(BAND_KEY[score.band])} ${score.value}` : t('triage_notScored');

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
    shown.pill.childNodes[2]!.textContent = pillText(t, view.score, view.sent);
    shown.onToggle = onToggle;
    return;
  }
  const kept = templatesFor(t);
  const shape = `${band}|${view.blocked}`;
  let template = kept.get(shape);
  if (!template) kept.set(shape, (template = pillTemplate(container.ownerDocument, band, view.blocked, t)));
  const copy = template.cloneNode(true) as HTMLElement;
  const pill = copy.querySelector('button')!;
  pill.childNodes[2]!.textContent = pillText(t, view.score, view.sent);
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
