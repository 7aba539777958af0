import { describe, expect, it } from 'vitest';
import type { FlowAction, FlowResult } from '../../../../utils/platforms/common/actions/verified-flow';
import { oneFlowPerPerson } from '../../../../utils/platforms/common/actions/flow-guard';
import { card as reqCard, routedJournal, tab, XING_LIST } from '../../integrity/router-helpers';
import { flowOn, XING_DE } from './flow-on';
import { loadSimPage } from './site-sim';

// Review "clicks", finding 5: a second flow for the same person while the first still waits on the page (the badge
// of a card the site mounted again is a new badge, not busy) clicks nothing: every platform control is clicked once,
// and the person's history gets each step once. Flows for two different people may run side by side.

const confirmed = (r: FlowResult) => r.steps.filter((s) => s.state === 'done').map((s) => s.step);

describe('one flow per person at a time (review clicks 5)', () => {
  const ROWS: { name: string; flows: [string, FlowAction][]; expected: { results: string[]; clicks: Record<string, string[]> } }[] = [
    {
      name: 'two Block clicks for the same person at once: the second is refused, nothing is clicked twice',
      flows: [['Felix_Gaertner', 'block'], ['Felix_Gaertner', 'block']],
      expected: { results: ['ok', 'running'], clicks: { Felix_Gaertner: ['menu', 'report', 'confirm', 'decline'] } },
    },
    {
      name: 'Block and Accept for the same person at once: the second is refused',
      flows: [['Felix_Gaertner', 'block'], ['Felix_Gaertner', 'accept']],
      expected: { results: ['ok', 'running'], clicks: { Felix_Gaertner: ['menu', 'report', 'confirm', 'decline'] } },
    },
    {
      name: 'Block for two different people at once: both run, each on their own card',
      flows: [['Felix_Gaertner', 'block'], ['Sandra_Pohl4', 'block']],
      expected: { results: ['ok', 'ok'], clicks: { Felix_Gaertner: ['menu', 'report', 'confirm', 'decline'], Sandra_Pohl4: ['menu', 'report', 'confirm', 'decline'] } },
    },
  ];
  for (const row of ROWS) {
    it(row.name, async () => {
      const sim = loadSimPage(...XING_DE);
      for (const key of new Set(row.flows.map(([key]) => key))) sim.arm(key, { reportFromMenu: 'dialog' });
      const results = await Promise.all(row.flows.map(([key, action]) => flowOn(sim, sim.people.find((p) => p.key === key)!, action)));
      const clicks: Record<string, string[]> = {};
      // Each armed person's log holds every click of the page; a click in that person's card or dialog is theirs.
      for (const c of sim.clicks) if (c.owner && c.inTargetScope) (clicks[c.owner] ??= []).push(c.action!);
      expect({ results: results.map((r) => (r.ok ? 'ok' : r.reason)), clicks }).toEqual(row.expected);
    });
  }

  it('the person\'s history gets each confirmed step once', async () => {
    const sim = loadSimPage(...XING_DE);
    const target = sim.people.find((p) => p.key === 'Felix_Gaertner')!;
    sim.arm(target.key, { reportFromMenu: 'dialog' });
    const runs = await Promise.all([flowOn(sim, target, 'block'), flowOn(sim, target, 'block')]);
    const j = await routedJournal();
    await j.handle({ type: 'capture/requests', payload: { platform: 'xing', url: XING_LIST, direction: 'received', requests: [reqCard('Felix_Gaertner', 'Felix Gärtner')] } }, tab(XING_LIST));
    for (const r of runs) {
      if (!r.ok && r.reason === 'running') continue; // the badge sends nothing for a refused flow (runBadgeAction)
      await j.handle({ type: 'inpage/flow-done', payload: { platform: 'xing', direction: 'received', key: target.key, action: 'block', confirmed: confirmed(r), reason: 'spam' } }, tab(XING_LIST));
    }
    const history = (await j.deps.db.getAll('requests'))[0]!.history.map((h: { state: string }) => h.state);
    expect(history).toEqual(['pending', 'reported', 'declined']);
  });

  it('the guard is released when a flow ends, also when it throws', async () => {
    const doc = loadSimPage(...XING_DE).doc;
    const busy = () => 'running';
    await expect(oneFlowPerPerson(doc, 'a', async () => { throw new Error('page gone'); }, busy)).rejects.toThrow('page gone');
    expect(await oneFlowPerPerson(doc, 'a', async () => 'ran', busy)).toBe('ran');
    let release!: () => void;
    const first = oneFlowPerPerson(doc, 'a', () => new Promise<string>((r) => (release = () => r('first'))), busy);
    expect(await oneFlowPerPerson(doc, 'a', async () => 'second', busy)).toBe('running');
    release();
    expect(await first).toBe('first');
    expect(await oneFlowPerPerson(doc, 'a', async () => 'third', busy)).toBe('third');
  });
});
