// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { drawPill, type PillView } from '../../../components/inpage/badge-pill';
import { RequestBadge, type BadgeView } from '../../../components/inpage/RequestBadge';
import { tEn } from '../integrity/render';

const VIEWS: PillView[] = [
  { blocked: false },
  { score: { value: 87, band: 'collector' }, blocked: true },
  { score: { value: 40, band: 'unclear' }, blocked: false },
  { score: { value: 5, band: 'genuine' }, blocked: false },
];

function componentHtml(pill: PillView): string {
  const view: BadgeView = {
    name: 'Kevin Brooks',
    platform: 'xing',
    direction: 'received',
    closed: false,
    ...(pill.score ? { score: { ...pill.score, reasons: [{ id: 'r', weight: 1, text: 'a reason' }] } } : {}),
    ...(pill.blocked ? { blocked: { reason: 'spam', at: 0 } } : {}),
  };
  const el = document.createElement('div');
  render(h(I18nProvider, { value: tEn }, h(RequestBadge, { view, expanded: false, busy: false, locale: 'en', onToggle: () => {}, onAction: () => {} })), el);
  return el.innerHTML;
}

describe('the plain-DOM pill of a collapsed badge', () => {
  it.each(VIEWS)('shows what the component shows collapsed, element for element (%o)', (view) => {
    const el = document.createElement('div');
    drawPill(el, view, tEn, () => {});
    // The component writes the blocklist tag's space and words as two text nodes; the text is the same.
    expect(el.innerHTML).toBe(componentHtml(view));
    expect(el.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('says the band in words with the score, and toggles on a click (Enter and Space click a button)', () => {
    const el = document.createElement('div');
    const onToggle = vi.fn();
    drawPill(el, { score: { value: 87, band: 'collector' }, blocked: true }, tEn, onToggle);
    expect(el.textContent).toBe(`Handschlag: ⚠${tEn('bandCollector')} 87▾⛔ ${tEn('triage_onBlocklistShort')}`);
    el.querySelector('button')!.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
    drawPill(el, { blocked: false }, tEn, onToggle);
    expect(el.querySelectorAll('button')).toHaveLength(1); // drawn again, not added
    expect(el.textContent).toContain(tEn('triage_notScored'));
  });

  it('drawn again with its score, the same pill changes in place and shows what a new one would', () => {
    const el = document.createElement('div');
    const [first, second] = [vi.fn(), vi.fn()];
    drawPill(el, { blocked: false }, tEn, first);
    const button = el.querySelector('button');
    for (const view of VIEWS.filter((v) => !v.blocked)) {
      drawPill(el, view, tEn, second);
      expect(el.querySelector('button')).toBe(button);
      expect(el.innerHTML).toBe(componentHtml(view));
    }
    button!.click();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([0, 1]);
    // Something else rendered into the container meanwhile (the rich badge): a new copy.
    el.replaceChildren(document.createElement('span'));
    drawPill(el, VIEWS[2]!, tEn, second);
    expect(el.innerHTML).toBe(componentHtml(VIEWS[2]!));
  });

  it('pills of the same band are separate copies: each its own score and its own toggle', () => {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    const [onA, onB] = [vi.fn(), vi.fn()];
    drawPill(a, { score: { value: 12, band: 'genuine' }, blocked: false }, tEn, onA);
    drawPill(b, { score: { value: 34, band: 'genuine' }, blocked: false }, tEn, onB);
    a.querySelector('button')!.click();
    expect([onA.mock.calls.length, onB.mock.calls.length]).toEqual([1, 0]);
    expect([a.textContent, b.textContent]).toEqual([`Handschlag: ✓${tEn('bandGenuine')} 12▾`, `Handschlag: ✓${tEn('bandGenuine')} 34▾`]);
  });
});
