// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { DueList } from '../../../components/popup/DueList';
import { PagePanel } from '../../../components/popup/PagePanel';
import type { PageState } from '../../../components/popup/page-state';
import type { RequestView } from '../../../components/popup/request-view';
import { RequestList } from '../../../components/popup/RequestList';
import { DEFAULT_TRIAGE } from '../../../components/popup/triage';
import type { Person } from '../../../utils/model/people';
import type { DueItem } from '../../../utils/model/reminders';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

// A keyboard user's action removes the element they are on: the focus must stay in its list, on the next sensible
// element, never fall back to <body> (the top of the popup).
const tick = () => new Promise((r) => setTimeout(r, 20));
const HOUR = 3_600_000;
const NOW = new Date(2026, 2, 20, 12).getTime();
const mount = (node: preact.ComponentChild) => {
  const root = renderIn(en, node);
  document.body.append(root);
  return root;
};
const buttonIn = (el: Element, label: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
const focusedCard = () => document.activeElement?.closest('li')?.getAttribute('data-request-id') ?? document.activeElement?.className;

const req = (id: string, band: 'genuine' | 'unclear' | 'collector', hoursAgo: number): RequestView => ({
  id,
  platform: 'xing',
  name: `Name ${id}`,
  note: 'Hallo',
  profileUrl: `https://www.xing.com/profile/${id}`,
  seenAt: NOW - hoursAgo * HOUR,
  score: { value: band === 'genuine' ? 10 : band === 'unclear' ? 50 : 90, band, reasons: [] },
});

describe('focus after "Collector" folds a card away', () => {
  it.each([
    ['the first card: the next one', [req('a', 'unclear', 1), req('b', 'unclear', 2), req('c', 'genuine', 3)], 'a', 'b'],
    ['a middle card: the one now at its place', [req('a', 'unclear', 1), req('b', 'unclear', 2), req('c', 'unclear', 3)], 'b', 'c'],
    ['the last card: the one before', [req('a', 'unclear', 1), req('b', 'unclear', 2)], 'b', 'a'],
    ['the only card, collectors folded: the fold button', [req('a', 'unclear', 1), req('z', 'collector', 2)], 'a', 'fold'],
  ])('%s', async (_case, start, judged, expected) => {
    function Harness() {
      const [items, setItems] = useState<RequestView[]>(start);
      return (
        <RequestList
          items={items}
          total={items.length}
          options={DEFAULT_TRIAGE}
          now={NOW}
          locale="en"
          onOptions={() => {}}
          onVerdict={(id, verdict) => setItems((list) => list.map((i) => (i.id === id ? { ...i, verdict } : i)))}
          onOpenDashboard={() => {}}
        />
      );
    }
    const root = mount(<Harness />);
    await tick();
    const collector = buttonIn(root.querySelector(`li[data-request-id="${judged}"]`)!, 'Collector');
    collector.focus();
    collector.click();
    await tick();
    expect(root.querySelector(`li[data-request-id="${judged}"]`)).toBeNull();
    expect(focusedCard()).toBe(expected);
    root.remove();
  });

  it('"Genuine" keeps the card, and the focus on its button', async () => {
    function Harness() {
      const [items, setItems] = useState<RequestView[]>([req('a', 'unclear', 1), req('b', 'unclear', 2)]);
      return <RequestList items={items} total={2} options={DEFAULT_TRIAGE} now={NOW} locale="en" onOptions={() => {}} onVerdict={(id, verdict) => setItems((l) => l.map((i) => (i.id === id ? { ...i, verdict } : i)))} onOpenDashboard={() => {}} />;
    }
    const root = mount(<Harness />);
    await tick();
    const genuine = buttonIn(root.querySelector('li[data-request-id="b"]')!, 'Genuine');
    genuine.focus();
    genuine.click();
    await tick();
    expect(document.activeElement).toBe(genuine);
    root.remove();
  });
});

describe('focus after Done or a snooze in the Due tab', () => {
  const due = (id: string, dueAt: number): DueItem => ({
    reminder: { v: 1, id, personId: `p-${id}`, kind: 'follow-up', state: 'open', dueAt, createdAt: NOW - 240 * HOUR },
    name: `Person ${id}`,
  });
  it.each([
    ['Done on the first: the next reminder', 'Done', [due('a', NOW - 30 * HOUR), due('b', NOW - 2 * HOUR)], 'a', 'p-b'],
    ['Tomorrow on the first (it moves to Coming up): the next reminder', 'Tomorrow', [due('a', NOW - 30 * HOUR), due('b', NOW - 2 * HOUR)], 'a', 'p-b'],
    ['Done on the last: the one before', 'Done', [due('a', NOW - 30 * HOUR), due('b', NOW - 2 * HOUR)], 'b', 'p-a'],
    ['Done on the only one: the empty message', 'Done', [due('a', NOW - 30 * HOUR)], 'a', 'empty'],
  ])('%s', async (_case, label, start, acted, expected) => {
    function Harness() {
      const [items, setItems] = useState<DueItem[]>(start);
      return (
        <DueList
          items={items}
          now={NOW}
          locale="en"
          onSnooze={(id, until) => setItems((l) => l.map((i) => (i.reminder.id === id ? { ...i, reminder: { ...i.reminder, dueAt: until } } : i)))}
          onDone={(id) => setItems((l) => l.filter((i) => i.reminder.id !== id))}
          onOpenPerson={() => {}}
        />
      );
    }
    const root = mount(<Harness />);
    const button = buttonIn(root.querySelector(`li[data-reminder="${acted}"]`)!, label);
    button.focus();
    button.click();
    await tick();
    const focused = document.activeElement;
    expect(root.contains(focused)).toBe(true);
    expect(focused?.closest('li')?.getAttribute('data-person') ?? focused?.className).toBe(expected);
    root.remove();
  });
});

describe('focus after saving the profile on This page', () => {
  const person: Person = { v: 1, id: 'p1', displayName: 'Kevin Brooks', notes: '', tags: [], createdAt: NOW, updatedAt: NOW };
  const journal = { eventNames: [], now: NOW, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} };
  const saved: PageState = { kind: 'person', person, identities: [] };
  it.each<[string, PageState, string]>([
    ['"Save this profile"', { kind: 'unknown-person', platform: 'xing', key: 'Kevin_Brooks' }, 'Save this profile'],
  ])('%s: the focus goes to the person name', async (_case, before, label) => {
    function Harness() {
      const [page, setPage] = useState<PageState>(before);
      return <PagePanel page={page} locale="en" onCapture={() => setPage(saved)} onManualEntry={() => setPage(saved)} journal={journal} />;
    }
    const root = mount(<Harness />);
    const button = buttonIn(root, label);
    button.focus();
    button.click();
    await tick();
    expect(document.activeElement?.matches('h2.person-name')).toBe(true);
    expect(document.activeElement?.textContent).toBe('Kevin Brooks');
    root.remove();
  });

  it('a person shown when the popup opens does not take the focus', async () => {
    function Harness() {
      const [page, setPage] = useState<PageState>({ kind: 'loading' });
      return (
        <>
          <input id="search" />
          <button type="button" id="show" onClick={() => setPage(saved)} />
          <PagePanel page={page} locale="en" onCapture={() => {}} onManualEntry={() => {}} journal={journal} />
        </>
      );
    }
    const root = mount(<Harness />);
    root.querySelector<HTMLInputElement>('#search')!.focus();
    root.querySelector<HTMLButtonElement>('#show')!.click();
    await tick();
    expect(document.activeElement?.id).toBe('search');
    root.remove();
  });
});
