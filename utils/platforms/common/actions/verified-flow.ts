import { findControl, keysIn, targetCard, type KeyOfHref } from '../../clicks/controls';
import { isDisabled, isHidden } from '../../clicks/accessible';
import type { StepKind } from '../../clicks/steps';
import { openDialogs, waitUntil } from '../../clicks/wait';

/** What one click of the user asks for: the platform's own flow for one person. */
export type FlowAction = 'accept' | 'decline' | 'block';
/** The steps the user is told about (opening a menu or confirming a dialog is part of its step). */
export type FlowStep = 'accept' | 'decline' | 'report' | 'block';

export interface StepOutcome {
  step: FlowStep;
  /** done: clicked and confirmed; closed: the platform removed the request with an earlier step; not-offered: no such control here. */
  state: 'done' | 'closed' | 'not-offered';
}

export type FlowResult =
  | { ok: true; steps: StepOutcome[] }
  | { ok: false; steps: StepOutcome[]; left: FlowStep; reason: 'not-found' | 'ambiguous' | 'not-confirmed' };

export interface FlowPage {
  doc: Document;
  /** The request cards the site's finder sees now (read again after each step: the site re-renders). */
  cards(): Element[];
  keyOf: KeyOfHref;
  /** Names of the people on the page, to refuse labels that name someone else. */
  names(): string[];
  /** Marks the platform's own control (or the card) for the user when a step is left to do by hand. */
  highlight(el: Element): void;
  /** How long to wait for the page to show that a click worked (ms). */
  waitMs: number;
}

/**
 * Runs the platform's own flow for one person, verified at every step: before each click exactly one matching
 * control inside the card whose links name only the target (or inside a dialog that this flow's click opened
 * and that names nobody else); after each click the expected change within `waitMs`. Anything else stops the
 * flow and names the step that is left. The caller runs it only in the tab the user looks at, on her click.
 */
export async function runFlow(page: FlowPage, target: { key: string; name: string }, action: FlowAction): Promise<FlowResult> {
  const steps: StepOutcome[] = [];
  const stop = (left: FlowStep, reason: 'not-found' | 'ambiguous' | 'not-confirmed', mark?: Element): FlowResult => {
    const el = mark ?? currentCard();
    if (el) page.highlight(el);
    return { ok: false, steps, left, reason };
  };
  const currentCard = () => {
    const found = targetCard(page.cards(), target.key, page.keyOf);
    return found.ok ? found.value : undefined;
  };
  const query = (step: StepKind, includeHidden = false) => ({ step, name: target.name, otherNames: page.names(), includeHidden });
  const main: FlowStep = action === 'block' ? 'decline' : action;

  // Before any click: the target's one card and its one control for the main step.
  const card = targetCard(page.cards(), target.key, page.keyOf);
  if (!card.ok) return stop(main, card.reason);
  const first = findControl(card.value, query(main));
  if (!first.ok) return stop(main, first.reason, first.candidates[0]);

  if (action !== 'block') {
    const res = await clickAndConfirm(page, card.value, first.value, main, target);
    if (!res) return stop(main, 'not-confirmed', first.value);
    steps.push({ step: main, state: 'done' });
    return { ok: true, steps };
  }

  // XING keeps "report as spam" in the card's menu: report first, while the card is there.
  let reported = false;
  const early = findControl(card.value, query('report', true));
  if (early.ok) {
    const res = await report(page, card.value, early.value, target, query);
    if (res !== 'done') return stop('report', res, early.value);
    steps.push({ step: 'report', state: 'done' });
    reported = true;
  } else if (early.reason === 'ambiguous') return stop('report', 'ambiguous', early.candidates[0]);

  const before = openDialogs(page.doc);
  const afterReport = currentCard();
  if (afterReport) {
    const decline = findControl(afterReport, query('decline'));
    if (!decline.ok) return stop('decline', decline.reason, decline.candidates[0]);
    if (!(await clickAndConfirm(page, afterReport, decline.value, 'decline', target))) return stop('decline', 'not-confirmed', decline.value);
    steps.push({ step: 'decline', state: 'done' });
  } else if (reported && !keysOnPage(page).has(target.key)) {
    steps.push({ step: 'decline', state: 'closed' }); // the report took the request away
  } else return stop('decline', 'not-found');

  // LinkedIn offers "I don't know …" / "Report spam" after Ignore, in the card or a dialog; block where offered.
  for (const step of reported ? (['block'] as const) : (['report', 'block'] as const)) {
    const scopes = [currentCard(), ...newDialogs(page, before, target.key)].filter((s): s is Element => !!s);
    const hits = scopes.map((scope) => ({ scope, found: findControl(scope, query(step)) }));
    const ok = hits.filter((h) => h.found.ok);
    const ambiguous = hits.find((h) => !h.found.ok && h.found.reason === 'ambiguous');
    if (ambiguous || ok.length > 1) return stop(step, 'ambiguous', ambiguous?.scope ?? ok[0]!.scope);
    if (!ok.length) {
      steps.push({ step, state: 'not-offered' });
      continue;
    }
    const { scope, found } = ok[0]!;
    const control = (found as { value: Element }).value;
    const res = await report(page, scope, control, target, query);
    if (res !== 'done') return stop(step, res, control);
    steps.push({ step, state: 'done' });
  }
  return { ok: true, steps };
}

/** Clicks one verified control and waits until the card no longer offers it (gone, disabled or hidden). */
async function clickAndConfirm(page: FlowPage, card: Element, control: Element, step: FlowStep, target: { name: string }): Promise<boolean> {
  (control as HTMLElement).click();
  return waitUntil(page.doc, () => gone(card, control) || !findControl(card, { step, name: target.name }).ok, page.waitMs);
}

const gone = (card: Element, control: Element) => !card.isConnected || !control.isConnected || isDisabled(control) || isHidden(control);

type Query = (step: StepKind, includeHidden?: boolean) => Parameters<typeof findControl>[1];

/**
 * A report or block control: opens the card's menu first when the control is in it (hidden until then), clicks,
 * and confirms: the control is gone, or a dialog opened that has one confirm button (clicked, then it must close).
 */
async function report(page: FlowPage, scope: Element, control: Element, target: { key: string }, query: Query): Promise<'done' | 'not-found' | 'ambiguous' | 'not-confirmed'> {
  if (isHidden(control)) {
    const opener = findControl(scope, query('menu'));
    if (!opener.ok) return opener.reason;
    (opener.value as HTMLElement).click();
    if (!(await waitUntil(page.doc, () => !isHidden(control), page.waitMs))) return 'not-confirmed';
  }
  const before = openDialogs(page.doc);
  (control as HTMLElement).click();
  const changed = await waitUntil(page.doc, () => gone(scope, control) || newDialogs(page, before, target.key).length > 0, page.waitMs);
  if (!changed) return 'not-confirmed';
  const dialogs = newDialogs(page, before, target.key);
  if (!dialogs.length) return 'done';
  if (dialogs.length > 1) return 'ambiguous';
  const dialog = dialogs[0]!;
  const confirm = findControl(dialog, query('confirm'));
  if (!confirm.ok) return confirm.reason;
  (confirm.value as HTMLElement).click();
  return (await waitUntil(page.doc, () => !dialog.isConnected || isHidden(dialog), page.waitMs)) ? 'done' : 'not-confirmed';
}

/** Dialogs opened since `before` that name no other person than the target. */
function newDialogs(page: FlowPage, before: readonly Element[], key: string): Element[] {
  return openDialogs(page.doc).filter((d) => !before.includes(d) && [...keysIn(d, page.keyOf)].every((k) => k === key));
}

function keysOnPage(page: FlowPage): Set<string> {
  const keys = new Set<string>();
  for (const card of page.cards()) for (const k of keysIn(card, page.keyOf)) keys.add(k);
  return keys;
}
