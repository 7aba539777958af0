// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PageFacts, PageParse } from '../../../../utils/platforms/facts';
import { ProfileFacts } from '../../../../utils/model/people';
import { parseLinkedinPage } from '../../../../utils/platforms/linkedin/parse-page';
import { parseLinkedinProfilePage } from '../../../../utils/platforms/linkedin/parse-profile-page';
import { parseSeenTime } from '../../../../utils/platforms/time';
import { collapse, ctxFor, FIXTURES, loadFixture } from './fixture-helpers';

// Fields of the manifest's person that ProfileFacts can hold. `followers` is in the manifest but not in
// ProfileFacts (model/people.ts), so it is not compared; `mutual` entries without a key cannot be a
// PersonRef (key is required there), so only the linked ones are expected.
const PERSON_FIELDS = ['name', 'headline', 'company', 'location', 'contacts', 'mutualCount', 'degree'] as const;

function pageOf(result: PageParse): PageFacts {
  if (!result.ok) throw new Error(`expected a page, got ${result.error.code}: ${result.error.message}`);
  return result.page;
}

describe.each(FIXTURES)('$file', (entry) => {
  const doc = loadFixture(entry.file);
  const ctx = ctxFor(entry);
  const result = parseLinkedinPage(doc, ctx);

  if (entry.expect.refused) {
    it('is refused as a system page of the right type', () => {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('system-page');
      expect(result.error.pageType).toBe(entry.pageType);
    });
  }

  const error = entry.expect.error;
  if (error) {
    it(`gives the named error ${error.code}${error.field ? ` (${error.field})` : ''}, never a person`, () => {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect({ code: result.error.code, field: result.error.field }).toEqual({ code: error.code, field: error.field });
      expect(result.error.message).toBeTruthy();
    });
  }

  const person = entry.expect.person;
  if (person) {
    it('reads the person field by field', () => {
      const page = pageOf(result);
      expect(page.pageType).toBe(entry.pageType);
      expect(page.person?.key).toBe(person.key);
      const facts = page.person?.facts as Record<string, unknown>;
      for (const field of PERSON_FIELDS) expect(facts[field], field).toEqual(person[field]);
      const linked = (person.mutual ?? []).filter((m) => m.key);
      expect(page.person?.facts.mutual).toEqual(linked.length ? linked : undefined);
      expect(ProfileFacts.safeParse(page.person?.facts).success).toBe(true);
    });
  }

  // What a tab opened on a profile runs (linkedin-profile.content): the full parser's answer on profiles and
  // refused pages, and every other page left to the full reader.
  if (entry.pageType === 'linkedin.profile' || entry.expect.refused || entry.expect.error) {
    it('gives the same answer through the profile reader (parseLinkedinProfilePage)', () => {
      expect(parseLinkedinProfilePage(doc, ctx)).toEqual(result);
    });
  } else {
    it('is left to the full reader by the profile reader', () => {
      expect(parseLinkedinProfilePage(doc, ctx)).toMatchObject({ ok: false, error: { code: 'unsupported-page', pageType: entry.pageType } });
    });
  }

  const requests = entry.expect.requests;
  if (requests) {
    it('reads every request card field by field', () => {
      const page = pageOf(result);
      expect(page.pageType).toBe(entry.pageType);
      expect(page.skipped?.map((e) => ({ code: e.code, field: e.field }))).toEqual(entry.expect.skipped);
      expect(page.requests?.length).toBe(requests.length);
      requests.forEach((want, i) => {
        const got = page.requests?.[i];
        const at = `${entry.file} card ${i}`;
        expect(got?.key, at).toBe(want.key);
        expect(got?.name, at).toBe(want.name);
        expect(got?.headline, at).toBe(want.headline);
        expect(got?.note, at).toBe(want.note);
        expect(got?.time?.text, at).toBe(want.received);
        expect(got?.time?.range, at).toEqual(parseSeenTime(want.received ?? '', ctx.now, ctx.tzOffsetMin));
        expect(got?.time?.range, at).toBeDefined();
        expect(got?.mutualCount, at).toBe(want.mutualCount);
        expect(new Set(got?.actions), at).toEqual(new Set(want.actions));
        expect(got?.direction, at).toBe(want.direction ?? 'received');
      });
    });
  }

  const messages = entry.expect.messages;
  if (messages) {
    it('reads every message of the open thread', () => {
      const page = pageOf(result);
      expect(page.pageType).toBe(entry.pageType);
      expect(page.skipped).toBeUndefined();
      expect(page.messages?.length).toBe(messages.length);
      messages.forEach((want, i) => {
        const got = page.messages?.[i];
        const at = `${entry.file} message ${i}`;
        expect(got?.senderKey, at).toBe(want.senderKey);
        expect(got?.senderName, at).toBe(want.senderName);
        expect(got?.fromViewer, at).toBe(want.fromViewer);
        expect(got?.time?.text, at).toBe(want.time);
        expect(collapse(got?.text), at).toBe(collapse(want.text));
      });
    });
  }

  it('matches the reviewed snapshot of the full parser output', () => {
    expect(result).toMatchSnapshot();
  });
});
