import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../utils/random';
import { keyOfHrefOn, requestCards } from '../../../../utils/platforms/clicks/site-cards';
import { addressOf } from '../../../../utils/platforms/clicks/page-address';
import { runFlow, type FlowAction, type FlowResult } from '../../../../utils/platforms/common/actions/verified-flow';
import { MUST_FINISH, MUTATIONS, mutate } from './page-mutations';
import { loadSimPage, type SimOptions, type SimPage } from './site-sim';

// At least 200 mutated request pages (both sites, German and English, 2019-2026 layouts): the verified click
// path must never click a control of another person, outside the target's card, or for another action; where a
// step cannot be done it stops and names it. The site answers as the platforms plausibly do (a menu closes at once,
// a confirm dialog comes later, a button is busy first, the list is rendered again, a request fails), and every step
// the flow calls done must be one the site really did.

const PAGES: [('xing' | 'linkedin'), string, string][] = [
  ['xing', 'requests-received-2025-de.html', 'https://www.xing.com/contacts/requests'],
  ['xing', 'requests-received-2025-en.html', 'https://www.xing.com/contacts/requests'],
  ['xing', 'requests-received-2019-de.html', 'https://www.xing.com/app/contact?op=toconfirm'],
  ['xing', 'requests-received-2019-en.html', 'https://www.xing.com/app/contact?op=toconfirm'],
  ['linkedin', 'invitations-received-2024-de.html', 'https://www.linkedin.com/mynetwork/invitation-manager/'],
  ['linkedin', 'invitations-received-2024-en.html', 'https://www.linkedin.com/mynetwork/invitation-manager/'],
  ['linkedin', 'invitations-received-2026-de.html', 'https://www.linkedin.com/mynetwork/invitation-manager/received/'],
  ['linkedin', 'invitations-received-2026-en.html', 'https://www.linkedin.com/mynetwork/invitation-manager/received/'],
];

/** The 2019 XING list: accept and "Als Spam melden" are links that load another page (left to the user, never clicked). */
const loadsPages = (file: string) => file.includes('2019');

async function runOn(sim: SimPage, target: { key: string; name: string }, action: FlowAction): Promise<FlowResult> {
  return runFlow(
    {
      doc: sim.doc,
      cards: () => requestCards(sim.platform, sim.doc, sim.url),
      keyOf: keyOfHrefOn(sim.platform, sim.url),
      names: () => sim.people.map((p) => p.name),
      highlight: () => {},
      waitMs: 150,
    },
    target,
    action,
  );
}

/** How the site answers on this page (seeded). */
function siteFor(site: 'xing' | 'linkedin', action: FlowAction, random: () => number): SimOptions {
  const main = action === 'block' ? 'decline' : action;
  return {
    dialogAfterDecline: site === 'linkedin' ? (['report', 'other-person', 'none'] as const)[Math.floor(random() * 3)]! : 'none',
    reportFromMenu: random() < 0.5 ? 'dialog' : 'removes',
    busy: random() < 0.3,
    rerender: random() < 0.2,
    ...(random() < 0.12 ? { failing: main } : {}),
  };
}

describe('verified clicks on mutated request pages', () => {
  it('every fixture names its people (the same-name and neighbour mutations need names)', () => {
    for (const [site, file, url] of PAGES) {
      const people = loadSimPage(site, file, url).people;
      expect(people.length, file).toBeGreaterThan(3);
      expect(people.filter((p) => !p.name), file).toEqual([]);
    }
  });

  it('never clicks a wrong target on 200+ pages; finishes on harmless changes, stops on the others, and claims only what the site did', async () => {
    const random = seededRandom(17);
    let pages = 0;
    const outcomes = new Map<string, number>();
    for (const [site, file, url] of PAGES) {
      const people = loadSimPage(site, file, url).people;
      for (const [i, person] of people.entries()) {
        // Five of the eight mutations per person, rotating, so every mutation meets every layout (≈ 240 pages).
        for (const mutation of [0, 1, 2, 3, 4].map((n) => MUTATIONS[(i + n * 2 + n) % MUTATIONS.length]!)) {
          const sim = loadSimPage(site, file, url);
          const target = sim.people.find((p) => p.key === person.key)!;
          mutate(sim, target, mutation, random);
          const action: FlowAction = random() < 0.8 ? 'block' : random() < 0.5 ? 'accept' : 'decline';
          const options = siteFor(site, action, random);
          sim.arm(target.key, options);
          const start = addressOf(sim.doc);
          const result = await runOn(sim, target, action);
          await new Promise((r) => setTimeout(r, 25)); // what the site still does after the flow answered
          pages++;
          const where = `${file} ${target.key} ${mutation} ${action} ${JSON.stringify(options)} ${JSON.stringify(result)} clicks=${JSON.stringify(sim.clicks)}`;

          // Only the target's own controls for this action, inside its card or a dialog opened for it; never a second page.
          const wrong = sim.clicks.filter((c) => c.owner !== target.key || !c.inTargetScope || !['decline', 'accept', 'report', 'block', 'menu', 'confirm'].includes(c.action ?? ''));
          expect(wrong, where).toEqual([]);
          const expected = action === 'block' ? ['decline', 'report', 'block', 'menu', 'confirm'] : [action];
          expect(sim.clicks.every((c) => expected.includes(c.action!)), where).toBe(true);
          expect(addressOf(sim.doc), where).toBe(start);
          // No control clicked twice (a second click on "…" closes the menu again; a second report is a second report).
          const actions = sim.clicks.map((c) => c.action);
          expect(new Set(actions).size, where).toBe(actions.length);
          // What the flow says it did, the site did; a report the flow calls done left no dialog of the target open.
          const claimed = result.steps.filter((s) => s.state === 'done').map((s) => s.step);
          expect(claimed.filter((step) => !sim.done.includes(step)), where).toEqual([]);
          if (claimed.includes('report')) expect(sim.doc.querySelector(`[data-t-dialog="${target.key}"]`), where).toBeNull();

          const main = action === 'block' ? 'decline' : action;
          if (MUST_FINISH.has(mutation)) {
            if (loadsPages(file) && action !== 'decline') {
              // The link would load another page: the menu is opened for the user at most, the link is marked, not clicked.
              expect(result, where).toMatchObject({ ok: false, left: action === 'block' ? 'report' : 'accept', reason: 'by-hand' });
              expect(actions, where).toEqual(action === 'block' ? ['menu'] : []);
            } else if (options.failing && actions.includes(main)) {
              expect(result, where).toMatchObject({ ok: false, left: main, reason: 'not-confirmed' });
            } else {
              expect(result.ok, where).toBe(true);
              if (action === 'block') {
                const state = (step: string) => result.steps.find((s) => s.step === step)?.state;
                if (site === 'xing') {
                  expect(state('report'), where).toBe('done');
                  expect(state('decline'), where).toBe(options.reportFromMenu === 'removes' ? 'closed' : 'done');
                } else {
                  expect(state('decline'), where).toBe('done');
                  expect(state('report'), where).toBe(options.dialogAfterDecline === 'report' ? 'done' : 'not-offered');
                }
              }
            }
          } else if (mutation === 'twin-card' || mutation === 'swapped-labels' || action !== 'accept') {
            expect(result.ok, where).toBe(false);
            expect(sim.clicks, where).toEqual([]);
            if (!result.ok) expect(result.left, where).toBe(main);
          }
          const outcome = `${mutation}:${result.ok ? 'ok' : result.reason}`;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
      }
    }
    expect(pages).toBeGreaterThanOrEqual(200);
    // The harder site answers were met: busy controls, lists rendered again, failures and dialogs that come late.
    expect([...outcomes.keys()]).toEqual(expect.arrayContaining(['none:ok', 'none:not-confirmed', 'none:by-hand', 'twin-card:ambiguous']));
  }, 240_000); // ≈ 240 pages parsed by happy-dom: slow on a busy machine
});
