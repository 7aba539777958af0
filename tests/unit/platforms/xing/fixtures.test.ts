// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageParse } from '../../../../utils/platforms/facts';
import { ProfileFacts } from '../../../../utils/model/people';
import { parseXingPage } from '../../../../utils/platforms/xing/parse-page';
import { parseXingProfilePage } from '../../../../utils/platforms/xing/parse-profile-page';
import { FIXTURES, collapse, contextFor, loadFixture, type FixtureEntry } from './fixture-pages';

const PERSON_FIELDS = ['name', 'headline', 'company', 'location', 'contacts', 'memberSince', 'wants', 'haves', 'mutual', 'groups', 'degree'] as const;

function parse(entry: FixtureEntry): PageParse {
  return parseXingPage(loadFixture(entry.file, entry.url), contextFor(entry));
}

describe('XING fixtures (tests/fixtures/xing/fixtures.json)', () => {
  it('covers every fixture file of the folder', () => {
    const files = readdirSync(join(__dirname, '../../../fixtures/xing')).filter((f) => f.endsWith('.html'));
    expect(FIXTURES.map((e) => e.file).sort()).toEqual(files.sort());
  });

  for (const entry of FIXTURES) {
    describe(entry.file, () => {
      const result = parse(entry);

      const refusedAs = entry.expect.error;
      if (entry.expect.refused) {
        it(`is refused as a system page (${entry.pageType})`, () => {
          expect(result).toMatchObject({ ok: false, error: { code: 'system-page', pageType: entry.pageType } });
        });
      } else if (refusedAs) {
        it(`is refused with the named error ${refusedAs.code}, nothing read from it`, () => {
          expect(result).toMatchObject({ ok: false, error: { code: refusedAs.code, pageType: entry.pageType } });
        });
      } else {
        it('parses as its page type', () => {
          expect(result.ok).toBe(true);
          if (result.ok) {
            expect(result.page.pageType).toBe(entry.pageType);
            expect(result.page.skipped).toBeUndefined();
          }
        });
      }

      const person = entry.expect.person;
      if (person) {
        it('reads the person field by field, and only the fields the page shows', () => {
          const got = result.ok ? result.page.person : undefined;
          expect(got?.key).toBe(person.key);
          for (const field of PERSON_FIELDS) expect(got?.facts[field], field).toEqual(person[field]);
          expect(Object.keys(got?.facts ?? {}).sort()).toEqual(PERSON_FIELDS.filter((f) => f in person).sort());
          expect(ProfileFacts.safeParse(got?.facts).success).toBe(true);
        });
      }

      // What a tab opened on a profile runs (xing-profile.content): the full parser's answer on profiles and
      // refused pages, and every other page left to the full reader.
      if (entry.pageType === 'xing.profile' || entry.expect.refused) {
        it('gives the same answer through the profile reader (parseXingProfilePage)', () => {
          expect(parseXingProfilePage(loadFixture(entry.file, entry.url), contextFor(entry))).toEqual(result);
        });
      } else {
        it('is left to the full reader by the profile reader', () => {
          expect(parseXingProfilePage(loadFixture(entry.file, entry.url), contextFor(entry))).toMatchObject({ ok: false, error: { code: 'unsupported-page', pageType: entry.pageType } });
        });
      }

      const requests = entry.expect.requests;
      if (requests) {
        it(`reads ${requests.length} request cards field by field`, () => {
          const got = result.ok ? (result.page.requests ?? []) : [];
          expect(got.map((r) => r.key)).toEqual(requests.map((r) => r.key));
          requests.forEach((want, i) => {
            const card = got[i];
            const label = `${entry.file} card ${i} (${want.key})`;
            expect(card?.direction, label).toBe(want.direction ?? 'received');
            expect(card?.name, label).toBe(want.name);
            expect(card?.headline, label).toBe(want.headline);
            expect(collapse(card?.note ?? 'MISSING'), label).toBe(want.note);
            expect(card?.time?.text, label).toBe(want.direction === 'sent' ? want.sent : want.received);
            expect(card?.time?.range, `${label}: time range`).toBeDefined();
            expect(card?.mutualCount, label).toBe(want.mutualCount);
            expect(new Set(card?.actions), label).toEqual(new Set(want.actions));
          });
        });
      }

      const messages = entry.expect.messages;
      if (messages) {
        it(`reads ${messages.length} messages field by field (system lines left out)`, () => {
          const got = result.ok ? (result.page.messages ?? []) : [];
          expect(got).toHaveLength(messages.length);
          messages.forEach((want, i) => {
            const message = got[i];
            const label = `${entry.file} message ${i}`;
            expect(message?.senderKey, label).toBe(want.senderKey);
            expect(message?.senderName, label).toBe(want.senderName);
            expect(message?.time?.text, label).toBe(want.time);
            expect(message?.time?.range, `${label}: time range`).toBeDefined();
            expect(collapse(message?.text ?? ''), label).toBe(want.text);
          });
        });
      }

      it('matches the reviewed snapshot of the full parser output', () => {
        expect(result).toMatchSnapshot();
      });
    });
  }
});
