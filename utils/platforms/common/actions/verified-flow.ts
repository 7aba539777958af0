import { findControl, targetCard } from '../../clicks/controls';
import { isHidden } from '../../clicks/accessible';
import { loadsPage } from '../../clicks/page-address';
import { openDialogs, waitFor } from '../../clicks/wait';
import { flowRun, type FlowPage, type FlowRun, type StopReason } from './flow-confirm';
import { oneFlowPerPerson } from './flow-guard';
import { clickFollowUp, newDialogs } from './flow-report';

export type { FlowPage, StopReason } from './flow-confirm';

/** What one click of the user asks for: the platform's own flow for one person. */
export type FlowAction = 'accept' | 'decline' | 'block';
/** The steps the user is told about (opening a menu or confirming a dialog is part of its step). */
export type FlowStep = 'accept' | 'decline' | 'report' | 'block';

export interface StepOutcome {
  step: FlowStep;
  /** done: clicked and confirmed; closed: the platform removed the request with an earlier step; not-offered: no such control here. */
  state: 'done' | 'closed' | 'not-offered';
}

export type FlowResult = { ok: true; steps: StepOutcome[] } | { ok: false; steps: StepOutcome[]; left: FlowStep; reason: StopReason };

/** LinkedIn shows its spam option a moment after Ignore: how long to wait for a follow-up before calling it "not offered". */
const followUpMs = (page: FlowPage) => Math.min(page.waitMs, 1500);

const mainStep = (action: FlowAction): 'accept' | 'decline' => (action === 'block' ? 'decline' : action);

/**
 * Runs the platform's own flow for one person, verified at every step, unless a flow for this person runs in the
 * document already (then nothing is clicked: `running`). See runVerifiedFlow.
 */
export function runFlow(page: FlowPage, target: { key: string; name: string }, action: FlowAction): Promise<FlowResult> {
  return oneFlowPerPerson(page.doc, target.key, () => runVerifiedFlow(page, target, action), () => ({ ok: false, steps: [], left: mainStep(action), reason: 'running' }));
}

/**
 * The flow itself (the caller holds the guard for the person): before each click exactly one matching control inside
 * the card whose links name only the target (or inside a dialog that this flow's click opened and that names nobody
 * else); after each click the step's own change on the page as it is now, within `waitMs`, on the same page. Anything
 * else stops the flow and names the step that is left. The caller runs it only in the tab the user looks at, on her click.
 */
export async function runVerifiedFlow(page: FlowPage, target: { key: string; name: string }, action: FlowAction): Promise<FlowResult> {
  const run = flowRun(page, target);
  const steps: StepOutcome[] = [];
  const stop = (left: FlowStep, reason: StopReason, mark?: Element): FlowResult => {
    const el = mark && !isHidden(mark) ? mark : run.card();
    if (el) page.highlight(el);
    return { ok: false, steps, left, reason };
  };
  const main = mainStep(action);

  // Before any click: the target's one card and its one control for the main step.
  const card = targetCard(page.cards(), target.key, page.keyOf);
  if (!card.ok) return stop(main, card.reason);
  const first = findControl(card.value, run.query(main));
  if (!first.ok) return stop(main, first.reason, first.candidates[0]);

  if (action !== 'block') {
    const res = await clickInCard(run, first.value, main);
    if (res !== 'done') return stop(main, res, first.value);
    steps.push({ step: main, state: 'done' });
    return { ok: true, steps };
  }

  // XING keeps "report as spam" in the card's menu: report first, while the card is there.
  let reported = false;
  const early = findControl(card.value, run.query('report', true));
  if (early.ok) {
    const res = await clickFollowUp(run, card.value, early.value, 'report', 'card');
    if (res !== 'done') return stop('report', res, early.value);
    steps.push({ step: 'report', state: 'done' });
    reported = true;
  } else if (early.reason === 'ambiguous') return stop('report', 'ambiguous', early.candidates[0]);

  // The decline, on the card as the page shows it now (the report may have rendered it again or taken the request away).
  const before = openDialogs(page.doc);
  const now = await waitFor(page.doc, () => (run.moved() ? 'page-changed' : settled(run.request('decline'))), page.waitMs);
  if (now === 'page-changed') return stop('decline', 'page-changed');
  if (now === 'gone' && reported) steps.push({ step: 'decline', state: 'closed' }); // the report took the request away
  else {
    const current = now === 'offered' ? run.card() : undefined;
    const decline = current ? findControl(current, run.query('decline')) : undefined;
    if (!decline?.ok) return stop('decline', decline?.reason ?? 'not-found', decline?.candidates[0]);
    const res = await clickInCard(run, decline.value, 'decline');
    if (res !== 'done') return stop('decline', res, decline.value);
    steps.push({ step: 'decline', state: 'done' });
  }

  // LinkedIn offers "I don't know …" / "Report spam" after Ignore, in the card or a dialog, a moment later; block where offered.
  const later = reported ? (['block'] as const) : (['report', 'block'] as const);
  const offers = (step: 'report' | 'block') =>
    [run.card(), ...newDialogs(run, before)].flatMap((scope) => (scope ? [{ scope, found: findControl(scope, run.query(step)) }] : []));
  const anyOffered = () => later.some((step) => offers(step).some((hit) => hit.found.ok || hit.found.reason === 'ambiguous'));
  // Waited for only where the report is still to come (after XING's early report, "block" is looked for once).
  if (!reported) {
    const shown = await waitFor(page.doc, () => (run.moved() ? 'page-changed' : anyOffered() ? 'offered' : undefined), followUpMs(page));
    if (shown === 'page-changed') return stop(later[0], 'page-changed');
  }
  for (const step of later) {
    const hits = offers(step);
    const ok = hits.filter((h) => h.found.ok);
    const ambiguous = hits.find((h) => !h.found.ok && h.found.reason === 'ambiguous');
    if (ambiguous || ok.length > 1) return stop(step, 'ambiguous', ambiguous?.scope ?? ok[0]!.scope);
    if (!ok.length) {
      steps.push({ step, state: 'not-offered' });
      continue;
    }
    const { scope, found } = ok[0]!;
    const control = (found as { value: Element }).value;
    const res = await clickFollowUp(run, scope, control, step, scope === run.card() ? 'card' : 'dialog');
    if (res !== 'done') return stop(step, res, control);
    steps.push({ step, state: 'done' });
  }
  return { ok: true, steps };
}

/** A request state the flow can act on, or undefined while it is unclear (keep waiting). */
const settled = <T extends string>(state: T): Exclude<T, 'unclear'> | undefined => (state === 'unclear' ? undefined : (state as Exclude<T, 'unclear'>));

/**
 * Clicks the target's accept or decline and confirms it on the page as it is now: the request left the list, or the
 * target's card (found again by its key) no longer offers the control, not even disabled or busy. The page must
 * stay the one the flow started on. A control that loads another page is left to the user.
 */
async function clickInCard(run: FlowRun, control: Element, step: 'accept' | 'decline'): Promise<'done' | StopReason> {
  if (loadsPage(control)) return 'by-hand';
  (control as HTMLElement).click();
  const res = await waitFor(
    run.page.doc,
    () => {
      if (run.moved()) return 'page-changed';
      const now = run.request(step);
      return now === 'gone' || now === 'no-control' ? 'done' : undefined;
    },
    run.page.waitMs,
  );
  return res ?? 'not-confirmed';
}
