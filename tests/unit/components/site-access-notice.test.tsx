// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DiagnosticsPanel } from '../../../components/dashboard/DiagnosticsPanel';
import { PagePanel } from '../../../components/popup/PagePanel';
import { PopupView, type PopupViewProps } from '../../../components/popup/PopupView';
import type { AccessAsk, SiteAccess } from '../../../components/popup/site-access';
import type { SiteAccessView } from '../../../components/popup/SiteAccessNotice';
import { DEFAULT_TRIAGE } from '../../../components/popup/triage';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = new Date(2026, 2, 20, 12).getTime();
const noop = () => {};
const journal = { eventNames: [], now: NOW, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: noop };
const props = (over: Partial<PopupViewProps>): PopupViewProps => ({
  tab: 'requests', page: { kind: 'loading' }, query: '', search: null, requests: [], pendingTotal: 0, triage: DEFAULT_TRIAGE, locale: 'en', now: NOW,
  onTriage: noop, onVerdict: noop, onManualEntry: noop, onTab: noop, onQuery: noop, onCapture: noop, onOpenDashboard: noop, onOpenRequests: noop,
  journal, due: [], onSnooze: noop, onDone: noop, ...over,
});
const view = (access: SiteAccess, ask: AccessAsk = 'idle', onAllow: () => void = noop): SiteAccessView => ({ access, ask, onAllow });
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (root: HTMLElement, label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
const WORDS = { de, en } as const;

describe('This page without the tab address (issue 15, Degrade, never lie)', () => {
  it.each([
    ['en', ['xing', 'linkedin'], 'Handschlag may not read XING and LinkedIn in this browser.', 'Allow access'],
    ['de', ['xing', 'linkedin'], 'Handschlag darf XING und LinkedIn in diesem Browser nicht lesen.', 'Zugriff erlauben'],
    ['de', ['linkedin'], 'Handschlag darf LinkedIn in diesem Browser nicht lesen.', 'Zugriff erlauben'],
  ] as const)('%s, %o withheld: says so instead of "not a XING or LinkedIn page", with the button', (locale, missing, sentence, allow) => {
    const onAllow = vi.fn();
    const root = renderIn(WORDS[locale], <PagePanel page={{ kind: 'no-access', missing }} locale={locale} onCapture={noop} onManualEntry={noop} journal={journal} siteAccess={view({ missing }, 'idle', onAllow)} />);
    expect(text(root)).toContain(sentence);
    expect(text(root)).toContain(WORDS[locale].siteAccess_whyPage.message);
    expect(text(root)).not.toContain(WORDS[locale].pageNotSupported.message);
    button(root, allow)!.click();
    expect(onAllow).toHaveBeenCalledOnce();
  });

  it('another site (the access is there) is still "not a XING or LinkedIn page"', () => {
    const root = renderIn(en, <PagePanel page={{ kind: 'unsupported' }} locale="en" onCapture={noop} onManualEntry={noop} journal={journal} siteAccess={view({ missing: [] })} />);
    expect(text(root)).toBe(en.pageNotSupported.message);
  });

  it.each(['de', 'en'] as const)('a site page without the content script asks for a reload (%s)', (locale) => {
    const onReload = vi.fn();
    const root = renderIn(WORDS[locale], <PagePanel page={{ kind: 'not-running', platform: 'xing' }} locale={locale} onCapture={noop} onManualEntry={noop} journal={journal} onReload={onReload} />);
    expect(text(root)).toContain(WORDS[locale].page_notRunning.message);
    button(root, WORDS[locale].page_reload.message)!.click();
    expect(onReload).toHaveBeenCalledOnce();
  });
});

describe('the Requests tab with a site withheld', () => {
  it.each(['de', 'en'] as const)('the empty list names the missing access and does not promise to read the requests (%s)', (locale) => {
    const onAllow = vi.fn();
    const root = renderIn(WORDS[locale], <PopupView {...props({ locale, siteAccess: view({ missing: ['xing', 'linkedin'] }, 'idle', onAllow) })} />);
    expect(text(root)).toContain(WORDS[locale].siteAccess_why.message);
    expect(text(root)).toContain(WORDS[locale].siteAccess_noRequests.message);
    expect(text(root)).not.toContain(WORDS[locale].popupNoRequests.message);
    button(root, WORDS[locale].siteAccess_allow.message)!.click();
    expect(onAllow).toHaveBeenCalledOnce();
  });

  it('with both allowed (or unknown) the empty list reads as before, with no notice', () => {
    for (const siteAccess of [view({ missing: [] }), view(null), undefined]) {
      const root = renderIn(en, <PopupView {...props({ siteAccess })} />);
      expect(text(root)).toContain(en.popupNoRequests.message);
      expect(root.querySelector('[data-testid="site-access"]')).toBeNull();
    }
  });

  it.each([
    ['asking', en.siteAccess_asking.message],
    ['refused', en.siteAccess_refused.message],
    ['failed', en.siteAccess_failed.message],
  ] as const)('the browser\'s answer is said: %s', (ask, said) => {
    const root = renderIn(en, <PopupView {...props({ siteAccess: view({ missing: ['linkedin'] }, ask) })} />);
    expect(text(root.querySelector('[role="status"]')!)).toBe(said);
  });

  it.each(['de', 'en'] as const)('after a grant it says to reload the open pages (%s)', (locale) => {
    const root = renderIn(WORDS[locale], <PopupView {...props({ locale, siteAccess: view({ missing: [] }, 'granted') })} />);
    expect(text(root.querySelector('[data-testid="site-access"]')!)).toBe(WORDS[locale].siteAccess_granted.message);
    expect(button(root, WORDS[locale].siteAccess_allow.message)).toBeUndefined();
  });
});

describe('the dashboard\'s Diagnostics', () => {
  it.each(['de', 'en'] as const)('shows a withheld site with the same button (%s)', (locale) => {
    const onAllow = vi.fn();
    const panel = (siteAccess?: SiteAccessView) => renderIn(WORDS[locale], <DiagnosticsPanel counts={{}} schemaVersion={9} diagnostics={[]} locale={locale} siteAccess={siteAccess} />);
    const root = panel(view({ missing: ['xing'] }, 'idle', onAllow));
    expect(text(root)).toContain(locale === 'de' ? 'Handschlag darf XING in diesem Browser nicht lesen.' : 'Handschlag may not read XING in this browser.');
    button(root, WORDS[locale].siteAccess_allow.message)!.click();
    expect(onAllow).toHaveBeenCalledOnce();
    expect(panel(view({ missing: [] })).querySelector('[data-testid="site-access"]')).toBeNull();
  });
});
