// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { RequestFilterBar, dayBound } from '../../../components/dashboard/RequestFilterBar';
import { RequestsView, type RequestsPageData, type RequestsViewProps } from '../../../components/dashboard/RequestsView';
import { I18nProvider } from '../../../components/i18n';
import { DEFAULT_REQUEST_FILTERS } from '../../../entrypoints/options/use-requests';
import { translatorFromMessages } from '../../../utils/i18n';
import type { RequestFilters, RequestRow } from '../../../utils/messaging/requests-protocol';
import { renderIn } from '../helpers/render-in';
import { inZone } from '../helpers/time-zone';

const row = (i: number, over: Partial<RequestRow> = {}): RequestRow => ({
  request: { v: 1, id: `r${i}`, platform: 'xing', direction: 'received', personId: `p${i}`, key: `K_${i}`, note: 'x', firstSeenAt: 1, lastSeenAt: 1, state: 'pending', history: [{ state: 'pending', at: { from: 1, to: 1 }, by: 'observed' }] },
  person: { v: 1, id: `p${i}`, displayName: `N ${i}`, tags: [], notes: '', createdAt: 1, updatedAt: 1 },
  at: 1,
  ...over,
});
const STATES = { pending: 0, accepted: 0, declined: 0, ignored: 0, withdrawn: 0, gone: 0, reported: 0, blocked: 0 };
const pageOf = (items: RequestRow[], total = items.length): RequestsPageData => ({ items, total, all: total, states: { ...STATES, pending: total }, platforms: { xing: total, linkedin: 0 } });

function props(over: Partial<RequestsViewProps> = {}): RequestsViewProps {
  return {
    page: null,
    filters: DEFAULT_REQUEST_FILTERS,
    offset: 0,
    busy: false,
    locale: 'en-GB',
    notice: null,
    onFilters: vi.fn(),
    onOffset: vi.fn(),
    onVerdict: vi.fn(),
    onUnblock: vi.fn(),
    onBlock: vi.fn(),
    onUndo: vi.fn(),
    ...over,
  };
}

/** A view in the document (focus needs it), re-rendered in place with new props as the hook would. */
function mounted(first: RequestsViewProps) {
  const root = document.createElement('div');
  document.body.append(root);
  const t = translatorFromMessages(en);
  const show = (p: RequestsViewProps) => render(<I18nProvider value={t}><RequestsView {...p} /></I18nProvider>, root);
  show(first);
  return { root, show };
}
const rowEl = (root: Element, id: string) => root.querySelector<HTMLElement>(`tr[data-request-id="${id}"]`)!;
const inRow = (root: Element, id: string, action: string) => rowEl(root, id).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
const tabbable = (root: Element) => [...root.querySelectorAll<HTMLElement>('tbody a[href], tbody button, tbody [tabindex]')].filter((e) => e.tabIndex >= 0);
const key = (el: Element, name: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Requests view: keyboard', () => {
  it('the table is one Tab stop (the active row and its controls); arrow keys, Home and End move between rows', () => {
    const page = pageOf(Array.from({ length: 100 }, (_, i) => row(i)), 3000);
    const { root } = mounted(props({ page }));
    const first = tabbable(root);
    expect(first.every((e) => rowEl(root, 'r0').contains(e))).toBe(true);
    expect(first.length).toBeLessThanOrEqual(6); // the row, the person, the profile, Genuine, Collector, Put on blocklist
    rowEl(root, 'r0').focus();
    key(rowEl(root, 'r0'), 'ArrowDown');
    expect(document.activeElement).toBe(rowEl(root, 'r1'));
    expect(tabbable(root).every((e) => rowEl(root, 'r1').contains(e))).toBe(true);
    key(rowEl(root, 'r1'), 'End');
    expect(document.activeElement).toBe(rowEl(root, 'r99'));
    key(rowEl(root, 'r99'), 'ArrowDown');
    expect(document.activeElement).toBe(rowEl(root, 'r99'));
    key(rowEl(root, 'r99'), 'Home');
    key(rowEl(root, 'r0'), 'ArrowUp');
    expect(document.activeElement).toBe(rowEl(root, 'r0'));
    // A key pressed on a button inside the row is the button's, not the list's.
    inRow(root, 'r0', 'genuine').focus();
    key(inRow(root, 'r0', 'genuine'), 'ArrowDown');
    expect(document.activeElement).toBe(inRow(root, 'r0', 'genuine'));
  });

  it('Enter on a row opens the person; the pager is below the table too', () => {
    const onOffset = vi.fn();
    const { root } = mounted(props({ page: pageOf(Array.from({ length: 100 }, (_, i) => row(i)), 3000), onOffset }));
    const opened = vi.fn((e: Event) => e.preventDefault());
    rowEl(root, 'r0').querySelector('a[href="#person/p0"]')!.addEventListener('click', opened);
    key(rowEl(root, 'r0'), 'Enter');
    expect(opened).toHaveBeenCalledOnce();
    const below = root.querySelector('table ~ .pager')!;
    expect(below.textContent).toContain('1–100 of 3,000');
    [...below.querySelectorAll('button')].find((b) => b.textContent === 'Next')!.click();
    expect(onOffset).toHaveBeenCalledWith(100);
  });
});

describe('Requests view: pages past the end', () => {
  it('an answer that starts past the end shows no "201–120 of 120" and keeps the way back', () => {
    const onOffset = vi.fn();
    const root = renderIn(en, <RequestsView {...props({ page: pageOf([], 120), offset: 200, onOffset })} />);
    const pager = root.querySelector('.pager')!;
    expect(pager.textContent).not.toContain('201–120 of 120');
    expect(root.querySelector('table')).toBeNull();
    const previous = [...pager.querySelectorAll('button')].find((b) => b.textContent === 'Previous')!;
    expect(previous.disabled).toBe(false);
    previous.click();
    expect(onOffset).toHaveBeenCalledWith(100); // the last page that exists
  });
});

describe('Requests view: focus after an action and its Undo', () => {
  it('after Undo of a verdict, the focus is on the row\'s button again', () => {
    const onUndo = vi.fn();
    const p = props({ page: pageOf([row(0), row(1)]), onUndo });
    const { root, show } = mounted(p);
    inRow(root, 'r1', 'collector').focus();
    inRow(root, 'r1', 'collector').click();
    expect(p.onVerdict).toHaveBeenCalledWith(expect.objectContaining({ request: expect.objectContaining({ id: 'r1' }) }), 'collector');
    const judged = { ...p, page: pageOf([row(0), row(1, { verdict: 'collector' })]), notice: { kind: 'verdict' as const, requestId: 'r1', name: 'N 1', verdict: 'collector' as const } };
    show(judged);
    const undo = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    undo.focus();
    undo.click();
    expect(onUndo).toHaveBeenCalled();
    show({ ...judged, page: pageOf([row(0), row(1)]), notice: { kind: 'undone', requestId: 'r1' } });
    expect(document.activeElement).toBe(inRow(root, 'r1', 'collector'));
  });

  it('after "Put on blocklist" the focus moves to the row\'s "Remove from blocklist" once it is shown', () => {
    const p = props({ page: pageOf([row(0), row(1)]) });
    const { root, show } = mounted(p);
    inRow(root, 'r0', 'block').focus();
    inRow(root, 'r0', 'block').click();
    expect(p.onBlock).toHaveBeenCalledWith(expect.objectContaining({ request: expect.objectContaining({ id: 'r0' }) }), 'Put on the blocklist in the dashboard (not blocked on the site)');
    const notice = { kind: 'blocked' as const, requestId: 'r0', name: 'N 0', platform: 'xing' as const };
    show({ ...p, notice });
    const blocked = row(0, { blocked: { v: 1, id: 'xing:K_0', platform: 'xing', key: 'K_0', reason: 'x', at: 1 } });
    show({ ...p, notice, page: pageOf([blocked, row(1)]) });
    expect(document.activeElement).toBe(inRow(root, 'r0', 'unblock'));
  });

  it('a verdict that takes the row out of the list sends the focus to the row now in its place', () => {
    const p = props({ page: pageOf([row(0), row(1), row(2)]), filters: { ...DEFAULT_REQUEST_FILTERS, band: 'collector' } });
    const { root, show } = mounted(p);
    inRow(root, 'r1', 'genuine').focus();
    inRow(root, 'r1', 'genuine').click();
    show({ ...p, page: pageOf([row(0), row(2)]), notice: { kind: 'verdict', requestId: 'r1', name: 'N 1', verdict: 'genuine' } });
    expect(document.activeElement).toBe(rowEl(root, 'r2'));
  });

  it('Undo with no row to go back to sends the focus to the heading, not to the page', () => {
    const page = pageOf([]);
    const { root, show } = mounted(props({ page: { ...page, all: 1 }, notice: { kind: 'verdict', name: 'Anna', verdict: 'collector' } }));
    const undo = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!;
    undo.focus();
    show(props({ page: { ...page, all: 1 }, notice: { kind: 'undone' } }));
    expect(document.activeElement).toBe(root.querySelector('#requests-heading'));
  });
});

describe('Requests view: words', () => {
  it.each([
    [en, 'collector', 'Kevin Brooks: marked as a contact collector.'],
    [en, 'genuine', 'Kevin Brooks: marked as genuine.'],
    [de, 'collector', 'Kevin Brooks: als Kontaktsammler markiert.'],
    [de, 'genuine', 'Kevin Brooks: als echt markiert.'],
  ] as const)('the verdict notice reads naturally (%#)', (messages, verdict, text) => {
    const root = renderIn(messages, <RequestsView {...props({ page: { ...pageOf([]), all: 1 }, notice: { kind: 'verdict', name: 'Kevin Brooks', verdict } })} />);
    expect(root.querySelector('[role=status]')!.textContent).toContain(text);
  });
});

describe('Requests view: the date filter is a local calendar day, also across the clock change', () => {
  const pick = (field: 0 | 1, value: string, filters: RequestFilters = DEFAULT_REQUEST_FILTERS) => {
    let got: RequestFilters = filters;
    const root = renderIn(en, <RequestFilterBar filters={filters} counts={null} locale="en-GB" onFilters={(f) => (got = f)} />);
    const input = root.querySelectorAll<HTMLInputElement>('input[type=date]')[field]!;
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return got;
  };
  const shown = (filters: RequestFilters, field: 0 | 1) => renderIn(en, <RequestFilterBar filters={filters} counts={null} locale="en-GB" onFilters={() => undefined} />).querySelectorAll<HTMLInputElement>('input[type=date]')[field]!.value;

  it.each([
    ['29 Mar 2026 (23 hours)', '2026-03-29', Date.UTC(2026, 2, 28, 23), Date.UTC(2026, 2, 29, 22) - 1],
    ['25 Oct 2026 (25 hours)', '2026-10-25', Date.UTC(2026, 9, 24, 22), Date.UTC(2026, 9, 25, 23) - 1],
    ['an ordinary day', '2026-06-10', Date.UTC(2026, 5, 9, 22), Date.UTC(2026, 5, 10, 22) - 1],
  ])('Europe/Berlin, %s: from its midnight to its last millisecond; the fields show the day', async (_, day, from, to) =>
    inZone('Europe/Berlin', () => {
      const withFrom = pick(0, day);
      expect(withFrom.from).toBe(from);
      expect(shown(withFrom, 0)).toBe(day);
      const withTo = pick(1, day);
      expect(withTo.to).toBe(to);
      expect(shown(withTo, 1)).toBe(day);
    }),
  );

  it('an emptied field removes the bound; an unreadable one gives none', () => {
    expect(pick(0, '', { ...DEFAULT_REQUEST_FILTERS, from: 5 })).not.toHaveProperty('from');
    expect(dayBound('29.03.2026', 'from')).toBeNull();
  });
});
