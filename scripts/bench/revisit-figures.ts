import type { ChromiumSession } from '../lib/chromium';
import { probeBadges } from './badge-probe';
import { firstRender } from './render-figures';
import { median, type Figure } from './stats';
import { spreadOf } from './time-figures';

// A request list opened in a large journal (issues 17 and 18): how long until every badge shows a score, and the
// popup opened right after the list was read. The first visit records the list's 100 new requests (dated days back
// on the page, so before the journal's newest: the worker builds the scorer's whole history again); a visit that
// finds nothing new keeps it (utils/journal/write-effects.ts), as a sales person's fifth look at the list that day,
// and one with a request more extends it (scoring-extend.ts). (The first visit also marks the journal's made-up
// XING requests withdrawn: the list reaches back past them and does not show them.)

/** From the list's load until its read is in the journal (the reader reads at once, the write takes a moment). */
const CAPTURE_MS = 1_000;
/** Between visits: the worker's settle after a write (the toolbar count over every pending request) runs out. */
const SETTLE_AFTER_MS = 30_000;

interface Visit {
  /** List in the DOM → every badge shows a score (the first it shows: the history as it was before the read). */
  scored: number;
  /** The popup opened right after the list was read: its first render (it needs the scorer's history after the write). */
  popup: number;
}

async function visit(session: ChromiumSession, url: string, cards: number): Promise<Visit> {
  let popup = Number.NaN;
  const { parsed, marks } = await probeBadges(session, url, CAPTURE_MS, async () => {
    popup = await firstRender(session, 'popup.html', 'li.request, .panel .empty');
  });
  if (marks.length !== cards) throw new Error(`${marks.length} badges on ${url}, not ${cards}: the figure would be meaningless`);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_AFTER_MS));
  return { scored: Math.max(...marks.map((m) => m.scored ?? Number.NaN)) - parsed, popup };
}

/** The list's own 100 cards, then the same list with one card more per visit (`grown`, see xingListsOf). */
export async function revisitFigures(session: ChromiumSession, list: { url: string; cards: number }, grown: readonly { url: string; cards: number }[], people: number, runs: number): Promise<Figure[]> {
  const label = `XING list of ${list.cards}, ${people.toLocaleString('en')} people in the journal`;
  const first = await visit(session, list.url, list.cards);
  const again: Visit[] = [];
  for (let i = 0; i < runs; i++) again.push(await visit(session, list.url, list.cards));
  const more: Visit[] = [];
  for (const next of grown) more.push(await visit(session, next.url, next.cards));
  const of = (visits: Visit[], pick: (v: Visit) => number) => ({ value: median(visits.map(pick)), spread: spreadOf(visits.map(pick)), runs: visits.length });
  return [
    { group: 'page cost', name: `${label}, first visit (its 100 requests new): list in the DOM → every badge shows a score`, value: first.scored, unit: 'ms', runs: 1 },
    { group: 'render', name: `  the popup opened right after that visit's read: first render`, value: first.popup, unit: 'ms', runs: 1 },
    { group: 'page cost', name: `${label}, read again, nothing new: list in the DOM → every badge shows a score`, unit: 'ms', ...of(again, (v) => v.scored) },
    { group: 'render', name: `  the popup opened right after the read: first render`, unit: 'ms', ...of(again, (v) => v.popup) },
    { group: 'page cost', name: `${label}, read again with one request more (dated days back, as its neighbours)`, unit: 'ms', ...of(more, (v) => v.scored) },
    { group: 'render', name: `  the popup opened right after the read: first render`, unit: 'ms', ...of(more, (v) => v.popup) },
  ];
}
