// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { listCounts, MAX_SHOWN, RequestList } from '../../../components/popup/RequestList';
import type { RequestView } from '../../../components/popup/request-view';
import { DEFAULT_TRIAGE, type TriageOptions } from '../../../components/popup/triage';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = Date.UTC(2026, 10, 23, 12);
const WORDS: Record<string, object> = { de, en };
const item = (id: string, band: 'genuine' | 'unclear' | 'collector', platform: 'xing' | 'linkedin' = 'xing'): RequestView => ({
  id,
  platform,
  name: `Name ${id}`,
  note: 'Hallo',
  profileUrl: `https://www.xing.com/profile/${id}`,
  seenAt: NOW - 3_600_000,
  score: { value: band === 'genuine' ? 10 : band === 'unclear' ? 50 : 90, band, reasons: [] },
});
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
function list(messages: object, locale: string, items: RequestView[], total: number, options: Partial<TriageOptions> = {}, onOptions = vi.fn()) {
  return renderIn(messages, <RequestList items={items} total={total} options={{ ...DEFAULT_TRIAGE, ...options }} now={NOW} locale={locale} onOptions={onOptions} onVerdict={() => {}} onOpenDashboard={() => {}} />);
}

// Review of the words, finding 2: "1 more requests", and requests the user's own filter hides called "more requests".
describe('the counts under the popup list', () => {
  it.each([
    ['all loaded and shown', 3, 3, 2, 1, { beyond: 0, hidden: 0 }],
    ['one not loaded', 3, 4, 2, 1, { beyond: 1, hidden: 0 }],
    ['two hidden by a filter, none beyond', 3, 3, 1, 0, { beyond: 0, hidden: 2 }],
    ['hidden and beyond apart', 3, 10, 1, 0, { beyond: 7, hidden: 2 }],
    ['loaded but past the cards a list shows', 200, 200, MAX_SHOWN + 30, 0, { beyond: 30, hidden: 200 - MAX_SHOWN - 30 }],
  ])('%s', (_name, loaded, total, main, folded, counts) => {
    expect(listCounts(loaded, total, main, folded)).toEqual(counts);
  });

  it.each([
    ['de', 3, '1 weitere Anfrage: siehe Übersicht.'],
    ['en', 3, '1 more request: see the dashboard.'],
    ['de', 4, '2 weitere Anfragen: siehe Übersicht.'],
    ['en', 4, '2 more requests: see the dashboard.'],
    ['de', 1252, '1.250 weitere Anfragen: siehe Übersicht.'],
    ['en', 1252, '1,250 more requests: see the dashboard.'],
  ])('requests beyond the loaded ones, in words and plural (%s, total %s)', (locale, total, shown) => {
    expect(text(list(WORDS[locale]!, locale, [item('a', 'genuine'), item('b', 'unclear')], total))).toContain(shown);
  });

  it.each([
    ['en', { band: 'genuine' as const }, '2 requests are hidden by your filter: show all'],
    ['de', { band: 'genuine' as const }, '2 Anfragen sind durch Ihren Filter ausgeblendet: alle zeigen'],
    ['en', { platform: 'linkedin' as const }, '2 requests are hidden by your filter: show all'],
    ['de', { band: 'unclear' as const, platform: 'xing' as const }, '1 Anfrage ist durch Ihren Filter ausgeblendet: alle zeigen'],
  ])('requests the filter hides are said to be hidden by it, not "more" (%s, %o)', (locale, options, shown) => {
    const items = [item('a', 'genuine', 'linkedin'), item('b', 'unclear'), item('c', 'unclear')];
    const onOptions = vi.fn();
    const root = list(WORDS[locale]!, locale, items, 3, options, onOptions);
    expect(text(root)).toContain(shown);
    expect(text(root)).not.toMatch(/more requests?:|weitere Anfragen?:/);
    const button = [...root.querySelectorAll('button')].find((b) => text(b) === shown)!;
    button.click();
    expect(onOptions).toHaveBeenCalledWith({ ...DEFAULT_TRIAGE, ...options, band: 'all', platform: 'all' });
  });

  it('the folded collectors count in the locale\'s digits', () => {
    const items = Array.from({ length: 1200 }, (_, i) => item(`s${i}`, 'collector'));
    expect(text(list(de, 'de', items, 1200))).toContain('Wahrscheinliche Sammler (1.200)');
  });
});
