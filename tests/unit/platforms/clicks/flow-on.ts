import { keyOfHrefOn, requestCards } from '../../../../utils/platforms/clicks/site-cards';
import { runFlow, type FlowAction, type FlowResult } from '../../../../utils/platforms/common/actions/verified-flow';
import type { SimPage } from './site-sim';

// Runs a verified flow on a sim page the way the content script does (the site's card finder, its link detectors,
// the names on the page), with a short wait so that a page that never confirms ends the test quickly.

/** `marked` collects what the flow marks for the user (the step left to do). */
export function flowOn(sim: SimPage, target: { key: string; name: string }, action: FlowAction, waitMs = 300, marked: Element[] = []): Promise<FlowResult> {
  return runFlow(
    {
      doc: sim.doc,
      cards: () => requestCards(sim.platform, sim.doc, sim.url),
      keyOf: keyOfHrefOn(sim.platform, sim.url),
      names: () => sim.people.map((p) => p.name),
      highlight: (el) => void marked.push(el),
      waitMs,
    },
    target,
    action,
  );
}

/** The site does something a moment after a click (its own timers, as a page's scripts run). */
export const later = (sim: SimPage, ms: number, fn: () => void) => void sim.window.setTimeout(fn, ms);

/** Calls `react` for every click on the page, before the page's own handlers (capture). */
export function onClick(sim: SimPage, react: (el: Element, action: string | null) => void): void {
  sim.doc.addEventListener('click', (e) => {
    const el = (e.target as Element).closest('button, a, [role]') ?? (e.target as Element);
    react(el, el.getAttribute('data-t-action'));
  }, { capture: true });
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const XING_DE = ['xing', 'requests-received-2025-de.html', 'https://www.xing.com/contacts/requests'] as const;
export const LI_EN = ['linkedin', 'invitations-received-2026-en.html', 'https://www.linkedin.com/mynetwork/invitation-manager/received/'] as const;
