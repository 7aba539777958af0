import type { Platform } from '../../../model/base';
import type { Client } from '../../../messaging/client';
import type { MessageKey, Translate } from '../../../i18n';
import type { BadgeAction } from '../../../../components/inpage/RequestBadge';
import { keysIn } from '../../clicks/controls';
import { requestCards, keyOfHrefOn } from '../../clicks/site-cards';
import { controlMarker, type ControlMarker } from './inpage-mark';
import { oneFlowPerPerson } from './flow-guard';
import { runVerifiedFlow, type FlowResult, type FlowStep } from './verified-flow';

export interface ActionTarget {
  platform: Platform;
  direction: 'received' | 'sent';
  key: string;
  name: string;
}

export interface ActionOutcome {
  kind: 'done' | 'stopped';
  text: string;
  /** The card's request is closed on the platform now (the badge's platform actions go). */
  closed: boolean;
}

/** How long a step may take to show on the page before the flow stops and says so. */
const STEP_WAIT_MS = 4000;

/**
 * One action from a badge, run in this tab (the one the user clicked in): Genuine/Collector are the user's
 * verdict; Accept, Decline/Ignore and Block spammer run the platform's own flow through verified clicks, and
 * what was confirmed is recorded (for Block also the verdict "spam" and a blocklist entry).
 */
export async function runBadgeAction(client: Client, t: Translate, target: ActionTarget, action: BadgeAction, names: () => string[], at: BadgeAt = {}): Promise<ActionOutcome> {
  const { platform, direction, key } = target;
  // The site may have refilled the badge's card with another person: nothing is done for a person the card no longer shows.
  if (at.card && !cardNames(at.card, platform, key)) return { kind: 'stopped', text: t('triage_cardChanged'), closed: false };
  if (action === 'genuine' || action === 'collector') {
    const res = await client.send('inpage/verdict', { platform, direction, key, verdict: action });
    return res.ok ? { kind: 'done', text: t('triage_verdictSaved'), closed: false } : { kind: 'stopped', text: t('triage_saveFailed', res.error.message), closed: false };
  }
  // One flow per person in this tab, held until its steps are recorded: a second click meanwhile clicks nothing.
  return oneFlowPerPerson(document, key, () => flowAndRecord(client, t, target, action, names, at.marker ?? pageMarker()), () => ({ kind: 'stopped', text: t('triage_flowRunning'), closed: false }));
}

/** Where a badge's action comes from: its card (checked again before acting) and the marker that shows the step left to do. */
export interface BadgeAt {
  card?: Element;
  marker?: ControlMarker;
}

/** Whether the card names exactly this person (and no one else). */
export function cardNames(card: Element, platform: Platform, key: string): boolean {
  const keys = keysIn(card, keyOfHrefOn(platform, location.href));
  return keys.size === 1 && keys.has(key);
}

let shared: ControlMarker | undefined;
const pageMarker = (): ControlMarker => (shared ??= controlMarker(document));

async function flowAndRecord(client: Client, t: Translate, target: ActionTarget, action: 'accept' | 'decline' | 'block', names: () => string[], marker: ControlMarker): Promise<ActionOutcome> {
  const { platform, direction, key } = target;
  const result = await runVerifiedFlow(
    {
      doc: document,
      cards: () => requestCards(platform, document, location.href),
      keyOf: keyOfHrefOn(platform, location.href),
      names,
      highlight: marker.mark,
      waitMs: STEP_WAIT_MS,
    },
    { key, name: target.name },
    action,
  );
  const confirmed = result.steps.filter((s) => s.state === 'done').map((s) => s.step);
  let saved = true;
  if (confirmed.length || action === 'block') {
    // The user's "this is a spammer" stands even where a platform step is left to do by hand.
    const res = await client.send('inpage/flow-done', { platform, direction, key, action, confirmed, reason: t('triage_blockReason') });
    saved = res.ok;
  }
  // Closed only by a confirmed accept or decline (or a decline the report took along): a report alone may leave it open.
  const closed = result.steps.some((s) => (s.step === 'accept' || s.step === 'decline') && s.state !== 'not-offered');
  return { ...describe(t, platform, result, action === 'block' && saved), closed };
}

const STEP_DONE: Record<FlowStep, MessageKey> = { accept: 'triage_stepAccept', decline: 'triage_stepDecline', report: 'triage_stepReport', block: 'triage_stepBlock' };
const STEP_LEFT: Record<FlowStep, MessageKey> = { accept: 'triage_leftAccept', decline: 'triage_leftDecline', report: 'triage_leftReport', block: 'triage_leftBlock' };

/** Why the flow stopped, in the user's words (the step left is named in each). */
const STOPPED: Record<Exclude<FlowResult, { ok: true }>['reason'], MessageKey> = {
  'not-found': 'triage_flowStopped',
  ambiguous: 'triage_flowStopped',
  'not-confirmed': 'triage_flowStopped',
  'page-changed': 'triage_flowPageChanged',
  'by-hand': 'triage_flowByHand',
  running: 'triage_flowRunning',
};

/** The outcome in the user's words: what was done, what the page does not offer, which step is left. */
function describe(t: Translate, platform: Platform, result: FlowResult, blocklisted: boolean): Omit<ActionOutcome, 'closed'> {
  const word = (step: FlowStep, table: Record<FlowStep, MessageKey>) =>
    t(step === 'decline' && platform === 'linkedin' ? (table === STEP_DONE ? 'triage_stepIgnore' : 'triage_leftIgnore') : table[step]);
  const done = result.steps.filter((s) => s.state !== 'not-offered').map((s) => word(s.step, STEP_DONE));
  const missing = result.steps.filter((s) => s.state === 'not-offered').map((s) => word(s.step, STEP_LEFT));
  const parts = [
    done.length ? t('triage_flowDone', done.join(', ')) : '',
    missing.length ? t('triage_flowNotOffered', missing.join(', ')) : '',
    blocklisted ? t('triage_flowBlocklisted') : '',
    result.ok ? '' : t(STOPPED[result.reason], word(result.left, STEP_LEFT)),
  ];
  return { kind: result.ok ? 'done' : 'stopped', text: parts.filter(Boolean).join(' ') };
}
