import { findControl, keysIn } from '../../clicks/controls';
import { isHidden } from '../../clicks/accessible';
import { loadsPage } from '../../clicks/page-address';
import { openDialogs, waitFor } from '../../clicks/wait';
import { offered, type FlowRun, type StopReason } from './flow-confirm';

/**
 * A report or block control, in the target's card (in its menu on XING) or in a dialog the flow's own click opened.
 * Opens the menu first when the control is hidden in it, clicks, and confirms by what the platform did, not by what
 * any menu does on every click:
 * - a dialog opened for the target: its one confirm button is clicked, then the dialog must close;
 * - the target's request left the list (it was there before the click);
 * - a control of its own (not a menu item) is no longer offered, not even busy; in a dialog, the dialog closed.
 * A menu closing, its item hidden or unmounted, confirms nothing: a confirm dialog or an error may follow.
 */
export async function clickFollowUp(run: FlowRun, scope: Element, control: Element, step: 'report' | 'block', where: 'card' | 'dialog'): Promise<'done' | StopReason> {
  const { page } = run;
  let inMenu = !!control.closest('[role="menu"]');
  if (isHidden(control)) {
    const opener = findControl(scope, run.query('menu'));
    if (!opener.ok) return opener.reason;
    (opener.value as HTMLElement).click();
    const open = await waitFor(page.doc, () => (run.moved() ? 'page-changed' : isHidden(control) ? undefined : 'open'), page.waitMs);
    if (open !== 'open') return open ?? 'not-confirmed';
    inMenu = true;
  }
  // A multi-step flow never loads another page: the steps confirmed so far would not be recorded.
  if (loadsPage(control)) return 'by-hand';
  const wasListed = run.request(step) !== 'gone';
  const before = openDialogs(page.doc);
  (control as HTMLElement).click();
  const seen = await waitFor(
    page.doc,
    (): 'done' | 'dialog' | 'page-changed' | undefined => {
      if (run.moved()) return 'page-changed';
      if (newDialogs(run, before).length) return 'dialog';
      const request = run.request(step);
      if (wasListed && request === 'gone') return 'done';
      if (inMenu) return undefined;
      if (where === 'dialog') return !scope.isConnected || isHidden(scope) || !offered(scope, run.query(step)) ? 'done' : undefined;
      return request === 'no-control' ? 'done' : undefined;
    },
    page.waitMs,
  );
  if (seen !== 'dialog') return seen ?? 'not-confirmed';
  const dialogs = newDialogs(run, before);
  if (dialogs.length !== 1) return 'ambiguous';
  const dialog = dialogs[0]!;
  const confirm = findControl(dialog, run.query('confirm'));
  if (!confirm.ok) return confirm.reason;
  if (loadsPage(confirm.value)) return 'by-hand';
  (confirm.value as HTMLElement).click();
  const closed = await waitFor(page.doc, () => (run.moved() ? 'page-changed' : !dialog.isConnected || isHidden(dialog) ? 'done' : undefined), page.waitMs);
  return closed ?? 'not-confirmed';
}

/** Dialogs opened since `before` that name no other person than the target. */
export function newDialogs(run: FlowRun, before: readonly Element[]): Element[] {
  return openDialogs(run.page.doc).filter((d) => !before.includes(d) && [...keysIn(d, run.page.keyOf)].every((k) => k === run.target.key));
}
