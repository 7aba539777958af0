import type { ProfileFacts } from '../../model/people';
import type { ProfileParse } from '../parse-result';
import { queryFirst } from './dom-read';
import { actionKeys, readCompany, readContacts, readDegree, readHeadline, readLocation, readName } from './profile-header';
import { isOwnXingProfile } from './own-profile';
import { readGroups, readMemberSince, readMutual, readWantsOrHaves } from './profile-sections';
import { PROFILE } from './selectors';

/**
 * The facts of a XING profile page whose page name (`key`) came from the URL. Only fields the page shows are
 * set; without a name nothing is returned. Pure: reads `root`, never the page's JSON script blocks.
 */
export function readProfile(root: Document, key: string, url: string): ProfileParse {
  const module = queryFirst(root, PROFILE.idModule);
  const scope: ParentNode = module ?? root;
  if (isOwnXingProfile(root, module ?? undefined, key)) {
    return { ok: false, error: { code: 'own-profile', pageType: 'xing.profile', message: 'this is your own profile: you are never recorded as a contact' } };
  }
  const name = readName(scope, key) ?? (module ? readName(root, key) : undefined);
  if (!name) {
    return { ok: false, error: { code: 'missing-name', pageType: 'xing.profile', field: 'name', message: 'no name found in the XING profile header' } };
  }
  // In a single-page app the URL can change before the header does: the header's own action links name the
  // member it shows. If they name someone else, this is the previous profile and nothing is read.
  const shown = module ? actionKeys(module) : [];
  if (shown.length && !shown.some((k) => k.toLowerCase() === key.toLowerCase())) {
    return {
      ok: false,
      error: { code: 'missing-key', pageType: 'xing.profile', field: 'key', message: 'the profile header belongs to another page name than the URL (page still loading?)' },
    };
  }
  const headline = readHeadline(scope);
  const company = headline ? readCompany(scope) : undefined;
  const location = readLocation(scope);
  const contacts = readContacts(scope);
  const memberSince = readMemberSince(root);
  const wants = readWantsOrHaves(root, 'wants');
  const haves = readWantsOrHaves(root, 'haves');
  const mutual = readMutual(root, url, key);
  const groups = readGroups(root);
  const degree = readDegree(root, module);
  const facts: ProfileFacts = {
    name,
    ...(headline ? { headline } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(contacts ? { contacts } : {}),
    ...(memberSince ? { memberSince } : {}),
    ...(wants ? { wants } : {}),
    ...(haves ? { haves } : {}),
    ...(mutual ? { mutual } : {}),
    ...(groups ? { groups } : {}),
    ...(degree ? { degree } : {}),
  };
  return { ok: true, key, facts };
}
