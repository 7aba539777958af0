// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runBadgeAction, type ActionOutcome } from '../../../../utils/platforms/common/actions/inpage-actions';
import { requestCards } from '../../../../utils/platforms/clicks/site-cards';
import { translatorFromMessages } from '../../../../utils/i18n';
import type { Client } from '../../../../utils/messaging/client';
import { card as reqCard, LINKEDIN_LIST, routedJournal, tab } from '../../integrity/router-helpers';

// Review "clicks", findings 2 and 5 end to end: the badge's action through the real router and journal, in a
// LinkedIn list (the real fixture) that answers the click in one way per row. What the badge says and what the journal
// records must match the site: a list rendered again with the invitation still open is no "Done: accepted.", a page
// left during the wait is said so, and a second press for the same person while the first runs clicks nothing.

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/_locales/en/messages.json'), 'utf8'));
const t = translatorFromMessages(en);
const LUCAS = { platform: 'linkedin' as const, direction: 'received' as const, key: 'lucas-moreau', name: 'Lucas Moreau' };
const acceptButton = () => document.querySelector('[aria-label^="Accept Lucas Moreau"]');

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(LINKEDIN_LIST);
  const html = readFileSync(join(__dirname, '../../../fixtures/linkedin/invitations-received-2026-en.html'), 'utf8');
  document.documentElement.innerHTML = html.replace(/<link[^>]*>/g, '').replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, ''); // fixture markup only
});

interface Row {
  name: string;
  /** How LinkedIn answers the click on Accept. */
  site(): void;
  /** How many times the user presses Accept (at once). */
  presses: number;
  expected: { outcomes: ActionOutcome[]; open: boolean; state: string; sent: number };
}

const ROWS: Row[] = [
  {
    name: 'the list is rendered again before the accept went through: stopped, still pending',
    site: () => setTimeout(() => {
      for (const c of requestCards('linkedin', document, location.href)) c.replaceWith(c.cloneNode(true));
    }, 10),
    presses: 1,
    expected: { outcomes: [{ kind: 'stopped', text: t('triage_flowStopped', t('triage_leftAccept')), closed: false }], open: true, state: 'pending', sent: 0 },
  },
  {
    name: 'the user navigates away while Handschlag waits: says the page changed, records nothing',
    site: () => setTimeout(() => {
      history.pushState({}, '', '/feed/');
      document.querySelector('[role="main"]')!.replaceChildren('Feed');
    }, 10),
    presses: 1,
    expected: { outcomes: [{ kind: 'stopped', text: t('triage_flowPageChanged', t('triage_leftAccept')), closed: false }], open: false, state: 'pending', sent: 0 },
  },
  {
    name: 'two presses at once: one flow, one record; the second says a flow runs already',
    site: () => setTimeout(() => acceptButton()?.closest('[role="listitem"]')?.remove(), 20),
    presses: 2,
    expected: {
      outcomes: [{ kind: 'done', text: t('triage_flowDone', t('triage_stepAccept')), closed: true }, { kind: 'stopped', text: t('triage_flowRunning'), closed: false }],
      open: false,
      state: 'accepted',
      sent: 1,
    },
  },
];

describe('the badge says and records what the site did (review clicks 2, 5)', () => {
  for (const row of ROWS) {
    it(row.name, async () => {
      const j = await routedJournal();
      await j.handle({ type: 'capture/requests', payload: { platform: 'linkedin', url: LINKEDIN_LIST, direction: 'received', requests: [reqCard('lucas-moreau', 'Lucas Moreau')] } }, tab(LINKEDIN_LIST));
      acceptButton()!.addEventListener('click', () => row.site());
      let sent = 0;
      const client: Client = { send: (type, payload) => (sent++, j.handle({ type, payload }, tab(LINKEDIN_LIST)) as never) };
      const presses = Array.from({ length: row.presses }, () => runBadgeAction(client, t, LUCAS, 'accept', () => ['Lucas Moreau', 'Hannah Becker']));
      const outcomes = await Promise.all(presses);
      const stored = (await j.deps.db.getAll('requests')).find((r) => r.key === 'lucas-moreau');
      expect({ outcomes, open: !!acceptButton(), state: stored?.state, sent }).toEqual(row.expected);
    }, 15_000); // a page that never confirms is waited for as in the tab (4 s)
  }
});
