// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { RequestsView, type RequestsPageData, type RequestsViewProps } from '../../../components/dashboard/RequestsView';
import type { RequestRow } from '../../../utils/messaging/requests-protocol';
import { renderInto } from '../integrity/render';

const HOSTILE = '<img src=x onerror="window.__tripwire=1"><script>window.__tripwire=1</script>\u202Egnp.exe';
const AT = Date.UTC(2026, 2, 14, 12);

const row = (id: string, over: Partial<RequestRow> & { name?: string; key?: string; direction?: 'received' | 'sent'; state?: RequestRow['request']['state'] } = {}): RequestRow => ({
  request: {
    v: 1,
    id,
    platform: 'xing',
    direction: over.direction ?? 'received',
    personId: `p-${id}`,
    key: over.key ?? `Key_${id}`,
    note: `Note ${HOSTILE}`,
    firstSeenAt: AT,
    lastSeenAt: AT,
    state: over.state ?? 'pending',
    history: [{ state: 'pending', at: { from: AT, to: AT }, by: 'observed' }],
  },
  person: { v: 1, id: `p-${id}`, displayName: over.name ?? `Name ${id}`, tags: [], notes: '', createdAt: AT, updatedAt: AT, headline: `Headline ${HOSTILE}` },
  at: AT,
  ...(over.score ? { score: over.score } : {}),
  ...(over.verdict ? { verdict: over.verdict } : {}),
  ...(over.blocked ? { blocked: over.blocked } : {}),
});

const PAGE = (items: RequestRow[], total = items.length): RequestsPageData => ({
  items,
  total,
  all: total,
  states: { pending: total, accepted: 0, declined: 0, ignored: 0, withdrawn: 0, gone: 0, reported: 0, blocked: 0 },
  platforms: { xing: total, linkedin: 0 },
});

function view(over: Partial<RequestsViewProps> = {}) {
  const props: RequestsViewProps = {
    page: null,
    filters: { direction: 'all', platform: 'all', band: 'all', state: 'all', sort: 'newest' },
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
  return { root: renderInto(<RequestsView {...props} />), props };
}
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].filter((b) => b.textContent === text);

describe('the dashboard Requests view (happy-dom)', () => {
  it('renders hostile names, headlines and notes as text, with a link to the person page and an https profile link', () => {
    const hostile = row('r1', {
      name: `Kevin ${HOSTILE}`,
      key: 'javascript:alert(1)',
      score: { value: 91, band: 'collector', reasons: [{ id: 'template', weight: 30, key: 'reason_template', subs: ['3'] }] },
    });
    const { root } = view({ page: PAGE([hostile]) });
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect((window as unknown as { __tripwire?: number }).__tripwire).toBeUndefined();
    const cells = root.querySelectorAll('tbody td');
    expect(cells[0]!.textContent).toContain(`Kevin ${HOSTILE}`);
    expect(cells[0]!.textContent).toContain(`Note ${HOSTILE}`);
    const links = [...root.querySelectorAll('tbody a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#person/p-r1', 'https://www.xing.com/profile/javascript%3Aalert(1)']);
    expect(cells[1]!.textContent).toContain('Received on XING, 14 Mar 2026');
    expect(cells[2]!.textContent).toContain('91');
    expect(cells[2]!.querySelectorAll('.reasons li').length).toBe(1);
  });

  it('verdict buttons ask for the verdict, a second press removes it; sent requests have none', () => {
    const judged = row('r1', { verdict: 'genuine' });
    const { root, props } = view({ page: PAGE([judged, row('r2', { direction: 'sent' })]) });
    const [genuine] = button(root, 'Genuine');
    expect(genuine!.getAttribute('aria-pressed')).toBe('true');
    genuine!.click();
    expect(props.onVerdict).toHaveBeenCalledWith(judged, null);
    button(root, 'Collector')[0]!.click();
    expect(props.onVerdict).toHaveBeenLastCalledWith(judged, 'collector');
    expect(button(root, 'Genuine')).toHaveLength(1); // the sent request's row has no verdict buttons
  });

  it('a blocked person can be taken off the blocklist; the notice offers undo and says what stays done on the site', () => {
    const blocked = row('r1', { name: 'Kevin', verdict: 'spam', blocked: { v: 1, id: 'xing:Key_r1', platform: 'xing', key: 'Key_r1', reason: 'Spam', at: AT } });
    const { root, props } = view({ page: PAGE([blocked]), notice: { kind: 'verdict', name: 'Kevin', verdict: 'collector' } });
    expect(root.textContent).toContain('On your blocklist since 14 Mar 2026: Spam');
    root.querySelector<HTMLButtonElement>('button[aria-label="Remove Kevin from the blocklist"]')!.click();
    expect(props.onUnblock).toHaveBeenCalledWith(blocked);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Kevin: marked as a contact collector.');
    button(root, 'Undo')[0]!.click();
    expect(props.onUndo).toHaveBeenCalled();
    expect(root.textContent).toContain('What XING or LinkedIn already did (declined, reported, blocked) stays as it is.');
  });

  it('pages by a hundred and shows counts in the filters; tells an empty journal from filters that match nothing', () => {
    const items = Array.from({ length: 100 }, (_, i) => row(`r${i}`));
    const { root, props } = view({ page: PAGE(items, 30_000), offset: 100 });
    expect(root.querySelectorAll('tbody tr').length).toBe(100);
    expect(root.textContent).toContain('30,000 requests');
    expect(root.textContent).toContain('101–200 of 30,000');
    expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toContain('open (30,000)');
    button(root, 'Next')[0]!.click();
    expect(props.onOffset).toHaveBeenCalledWith(200);
    const state = root.querySelectorAll('select')[3] as HTMLSelectElement;
    state.value = 'declined';
    state.dispatchEvent(new Event('change'));
    expect(props.onFilters).toHaveBeenCalledWith(expect.objectContaining({ state: 'declined' }));
    expect(view({ page: { ...PAGE([]), all: 0 } }).root.textContent).toContain('No requests yet.');
    expect(view({ page: { ...PAGE([]), all: 5 } }).root.textContent).toContain('No request matches these filters.');
  });
});
