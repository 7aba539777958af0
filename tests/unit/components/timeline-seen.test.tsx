// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildTimeline, factChanges } from '../../../components/dashboard/timeline';
import { Timeline } from '../../../components/dashboard/Timeline';
import { personRecords } from '../../../utils/journal/person-records';
import { recordProfile } from '../../../utils/journal/profiles';
import { recordRequestList } from '../../../utils/journal/requests';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { testDeps } from '../helpers/journal';
import { observedCard } from '../helpers/request-cards';
import { renderIn } from '../helpers/render-in';

const LI = { platform: 'linkedin' as const, key: 'anna-berg', url: 'https://www.linkedin.com/in/anna-berg/' };

// Review of the person page, findings 6 and 9: the timeline says only what the pages showed.
describe('the timeline says what was seen, no more', () => {
  it('a field a later read did not show is no change; a changed one is, and one shown again is compared with its last value', async () => {
    const t = await testDeps();
    await recordProfile(t.deps, { ...LI, facts: { name: 'Anna Berg', headline: 'Einkauf', contacts: { count: 500, atLeast: true } } });
    t.advance(3_600_000);
    await recordProfile(t.deps, { ...LI, facts: { name: 'Anna Berg', headline: 'Einkauf Leitung' } });
    t.advance(3_600_000);
    const { personId } = await recordProfile(t.deps, { ...LI, facts: { name: 'Anna Berg', headline: 'Einkauf Leitung', contacts: { count: 500, atLeast: true }, location: 'Köln' } });
    const root = renderIn(de, <Timeline entries={buildTimeline((await personRecords(t.deps, personId))!)} locale="de" />);
    const lines = [...root.querySelectorAll('li[data-kind="snapshot"]')].map((li) => [li.querySelector('strong')!.textContent, [...li.querySelectorAll('.changes li')].map((l) => l.textContent)]);
    expect(lines).toEqual([
      ['Profil auf LinkedIn hat sich geändert', ['Ort: (keine Angabe) → Köln']],
      ['Profil auf LinkedIn hat sich geändert', ['Titel: Einkauf → Einkauf Leitung']],
      ['Profil zum ersten Mal gelesen auf LinkedIn', []],
    ]);
  });

  it.each([
    [{ name: 'A', contacts: { count: 500, atLeast: true } }, { name: 'A' }, []],
    [{ name: 'A' }, { name: 'B' }, [{ field: 'name', before: 'A', after: 'B' }]],
    [{ name: 'A' }, { name: 'A', degree: 2 as const }, [{ field: 'degree', after: '2' }]],
  ])('factChanges(%j, %j) = %j', (before, after, expected) => {
    expect(factChanges(before, after)).toEqual(expected);
  });

  it.each([
    ['de', '2 days ago', /^21\. Nov\. 2026Kontaktanfrage erhalten/, de],
    ['en', '2 days ago', /^(21 Nov 2026|Nov 21, 2026)Contact request received/, en],
    ['de', '3 weeks ago', /^2\d\. Okt\. 2026 – 2\. Nov\. 2026Kontaktanfrage erhalten/, de],
    ['de', '5 min ago', /^23\. Nov\. 2026, \d\d:\d\dKontaktanfrage erhalten/, de],
  ])('%s: a request seen as "%s" shows %s', async (locale, text, expected, messages) => {
    const t = await testDeps();
    await recordRequestList(t.deps, { platform: 'linkedin', direction: 'received', requests: [observedCard(t.deps.now(), 'anna-berg', text)] });
    const [request] = await t.deps.db.getAll('requests');
    const root = renderIn(messages, <Timeline entries={buildTimeline((await personRecords(t.deps, request!.personId))!)} locale={locale} />);
    expect(root.querySelector('li[data-kind="request-state"]')!.textContent).toMatch(expected);
  });
});
