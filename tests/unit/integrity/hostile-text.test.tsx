// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PersonCard } from '../../../components/PersonCard';
import { DEFAULT_TRIAGE } from '../../../components/popup/triage';
import { RequestList } from '../../../components/popup/RequestList';
import { cleanText } from '../../../utils/text/clean';
import { hostileCorpus, keptOf as kept } from './hostile-corpus';
import { POPUP, routedJournal, tab } from './router-helpers';
import { renderInto } from './render';

describe('a hostile-text corpus through cleaning, the journal and the popup', () => {
  const texts = hostileCorpus();

  it(`has at least 200 strings (${texts.length})`, () => expect(texts.length).toBeGreaterThanOrEqual(200));

  it('cleaning keeps exactly what should be kept; a cut leaves whole graphemes', () => {
    for (const raw of texts) {
      const clean = cleanText(raw);
      if (clean.endsWith('…') && clean !== kept(raw)) expect(kept(raw).startsWith(clean.slice(0, -1).trimEnd())).toBe(true);
      else expect(clean).toBe(kept(raw));
    }
  });

  it('round trip through the real router and journal, then rendered as text: nothing runs, nothing is lost', { timeout: 0 }, async () => {
    const j = await routedJournal();
    (window as unknown as { __tripwire?: number }).__tripwire = undefined;
    for (const [i, raw] of texts.entries()) {
      const name = cleanText(raw);
      const url = `https://www.xing.com/profile/Hostile_${i}`;
      const saved = await j.handle({ type: 'capture/profile', payload: { platform: 'xing', url, facts: { name, headline: name } } }, tab(url));
      expect(saved.ok, `string ${i}`).toBe(true);
      const got = await j.handle({ type: 'person/get', payload: { platform: 'xing', key: `Hostile_${i}` } }, POPUP);
      const view = got.ok ? (got.data as unknown as { view: { person: { displayName: string }; identities: never[] } }).view : null;
      expect(view?.person.displayName, `string ${i}`).toBe(name);
      const card = renderInto(<PersonCard person={view!.person as never} identities={view!.identities} locale="en" />);
      const list = renderInto(<RequestList items={[{ id: 'r', platform: 'xing', name, note: raw, profileUrl: url, seenAt: 0 }]} total={1} options={DEFAULT_TRIAGE} now={0} locale="en" onOptions={() => {}} onVerdict={() => {}} onOpenDashboard={() => {}} />);
      for (const el of [card, list]) {
        expect(el.querySelectorAll('script, img, svg, iframe, [onerror], [onload]').length, `string ${i}`).toBe(0);
        for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\/www\.xing\.com\//);
        expect(el.textContent).toContain(name);
      }
      card.remove();
      list.remove();
    }
    expect((window as unknown as { __tripwire?: number }).__tripwire).toBeUndefined();
  });
});
