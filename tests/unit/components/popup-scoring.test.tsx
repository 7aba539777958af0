// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PopupView, type PopupViewProps } from '../../../components/popup/PopupView';
import type { RequestView } from '../../../components/popup/request-view';
import { DEFAULT_TRIAGE } from '../../../components/popup/triage';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = new Date(2026, 2, 20, 12).getTime();
const noop = () => {};
const item: RequestView = { id: 'r1', platform: 'xing', name: 'Anna Berg', note: 'Hallo Frau Vogel', profileUrl: 'https://www.xing.com/profile/Anna_Berg', seenAt: NOW - 3_600_000 };
const props = (over: Partial<PopupViewProps>): PopupViewProps => ({
  tab: 'requests', page: { kind: 'loading' }, query: '', search: null, requests: [item], pendingTotal: 1, triage: DEFAULT_TRIAGE, locale: 'en-GB', now: NOW,
  onTriage: noop, onVerdict: noop, onManualEntry: noop, onTab: noop, onQuery: noop, onCapture: noop, onOpenDashboard: noop, onOpenRequests: noop,
  journal: { eventNames: [], now: NOW, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: noop }, due: [], onSnooze: noop, onDone: noop,
  ...over,
});
const hint = (root: HTMLElement) => root.querySelector('[data-testid="requests-scoring"]')?.textContent ?? null;

// Issue 18: after a worker start with nothing kept, the list comes before its scores; the popup says so meanwhile.
describe('the popup list shown before its scores', () => {
  it.each([
    [en, 'Checking these requests for contact collectors…'],
    [de, 'Die Anfragen werden auf Kontaktsammler geprüft…'],
  ])('says the scores are coming (%#), and nothing once they are there', (messages, text) => {
    expect(hint(renderIn(messages, <PopupView {...props({ scoring: true })} />))).toBe(text);
    expect(hint(renderIn(messages, <PopupView {...props({ scoring: false })} />))).toBeNull();
    expect(hint(renderIn(messages, <PopupView {...props({ scoring: true, requests: [], pendingTotal: 0 })} />))).toBeNull();
  });
});
