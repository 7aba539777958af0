import { describe, expect, it } from 'vitest';
import { draftContext, draftSuggestion, type DraftFacts } from '../../../utils/compose/draft-suggestion';
import { lintDraft } from '../../../utils/compose/lint-draft';

const BASE: DraftFacts = {
  platform: 'xing',
  lang: 'de',
  premium: false,
  person: { name: 'Anna Berg', company: 'Berg Logistik' },
  me: { name: 'Jochen Thiel' },
};
const MET = { event: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14, 12), place: 'Frankfurt', notes: 'Zweitlieferant für Drehteile' };

describe('the draft hint\'s better suggestion', () => {
  it('after a logged meeting: the after-meeting text for that day, naming the event', () => {
    expect(draftContext({ ...BASE, meeting: MET })).toMatchObject({ situation: 'after-meeting', meeting: { event: 'AUFSCHWUNG-Messe', date: '2026-03-14', place: 'Frankfurt' } });
    const text = draftSuggestion({ ...BASE, meeting: MET })!;
    expect(text).toContain('AUFSCHWUNG-Messe');
    // It is what the linter itself calls personal.
    expect(lintDraft(text, { lang: 'de', platform: 'xing', recipient: { name: 'Anna Berg' } }).templateLike).toBe(false);
  });

  it('with their request note (and no meeting): an answer to it', () => {
    expect(draftContext({ ...BASE, theirNote: 'Hallo Herr Thiel, wir suchen Drehteile.' })).toMatchObject({ situation: 'answer-request', request: { note: 'Hallo Herr Thiel, wir suchen Drehteile.' } });
    expect(draftSuggestion({ ...BASE, lang: 'en', theirNote: 'Hi Jochen, we are looking for turned parts.' })).toMatch(/Anna/);
  });

  it('nothing without a personal fact, without the user\'s own name, or for a name without letters', () => {
    expect(draftSuggestion(BASE)).toBeUndefined();
    expect(draftSuggestion({ ...BASE, meeting: MET, me: {} })).toBeUndefined();
    expect(draftSuggestion({ ...BASE, meeting: { ...MET, event: '  ' } })).toBeUndefined();
    expect(draftSuggestion({ ...BASE, person: { name: '<>' }, meeting: MET })).toBeUndefined();
  });

  it('a LinkedIn suggestion fits the free note limit', () => {
    const text = draftSuggestion({ ...BASE, platform: 'linkedin', lang: 'en', meeting: { ...MET, notes: 'x'.repeat(5000) } })!;
    expect(text.length).toBeLessThanOrEqual(200);
  });
});
