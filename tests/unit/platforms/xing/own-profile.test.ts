// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOwnXingProfile } from '../../../../utils/platforms/xing/own-profile';
import { parseXingPage } from '../../../../utils/platforms/xing/parse-page';
import { contextFor, FIXTURES, htmlDocument, loadFixture } from './fixture-pages';

/** A page with a header "me" menu and a profile id module, each part optional. */
function page(parts: { me?: string; meLegacy?: string; actions?: string }): Document {
  const me = parts.me ? `<a role="menuitem" href="https://www.xing.com/profile/${parts.me}" data-testid="me-menu-profile">Mein Profil</a>` : '';
  const legacy = parts.meLegacy ? `<a href="https://www.xing.com/profile/${parts.meLegacy}" class="myxing-profile-link">Ich</a>` : '';
  return htmlDocument(
    `<header>${me}${legacy}<a href="https://www.xing.com/profile/edit/about_me">Profil bearbeiten</a></header>
     <main><section id="XingIdModule"><h1 data-xds="Hero">Anna Beispiel</h1><div>${parts.actions ?? ''}</div></section></main>`,
  );
}

const module = (doc: Document) => doc.querySelector('#XingIdModule') ?? undefined;

describe('the viewer is never a contact: isOwnXingProfile', () => {
  const cases: [string, Parameters<typeof page>[0], boolean][] = [
    ['the me menu links this profile (2025)', { me: 'Anna_Beispiel' }, true],
    ['the me menu links this profile, other case', { me: 'anna_beispiel' }, true],
    ['the myxing link links this profile (2019)', { meLegacy: 'Anna_Beispiel' }, true],
    ['the me menu links someone else', { me: 'Katrin_Vogel4', actions: '<button>Kontakt hinzufügen</button>' }, false],
    ['"Profil bearbeiten" in the header', { me: 'Katrin_Vogel4', actions: '<button type="button"><span>Profil bearbeiten</span></button>' }, true],
    ['"Edit profile" as a link in the header', { actions: '<a href="https://www.xing.com/app/profile?op=edit">Edit profile</a>' }, true],
    ['an edit control named by its label only', { actions: '<button type="button" aria-label="Edit your profile"><svg></svg></button>' }, true],
    ['an edit link without words', { actions: '<a href="https://www.xing.com/profile/edit/about_me"><svg></svg></a>' }, true],
    ['a member\'s ordinary actions', { actions: '<button>Kontakt hinzufügen</button><a href="https://www.xing.com/chats/new/Anna_Beispiel">Nachricht</a>' }, false],
    ['"Profil" words that are no edit control', { actions: '<button>Profil teilen</button><button>Profil melden</button>' }, false],
    ['edit words outside the header (the site\'s own menu) do not count', {}, false],
  ];
  for (const [label, parts, own] of cases) {
    it(label, () => {
      const doc = page(parts);
      expect(isOwnXingProfile(doc, module(doc), 'Anna_Beispiel')).toBe(own);
    });
  }

  it('no fixture of another member is taken for the viewer, and the two own-profile fixtures are', () => {
    for (const entry of FIXTURES.filter((e) => e.pageType === 'xing.profile')) {
      const result = parseXingPage(loadFixture(entry.file, entry.url), contextFor(entry));
      const refusedAsOwn = !result.ok && result.error.code === 'own-profile';
      expect(refusedAsOwn, entry.file).toBe(entry.expect.error?.code === 'own-profile');
    }
  });
});
