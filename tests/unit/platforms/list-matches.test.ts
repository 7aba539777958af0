import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS } from '../../../utils/platforms/detect';
import { BADGE_LIST_MATCHES, BADGE_LISTS } from '../../../utils/platforms/list-matches';

/** A match pattern as the browsers read it (scheme://host/path, `*` any run of characters; the path includes the query). */
function matches(pattern: string, url: string): boolean {
  const m = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const u = new URL(url);
  const glob = new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return u.protocol === `${m[1]}:` && u.host === m[2] && glob.test(u.pathname + u.search);
}

const LISTS = /^(xing\.requests|linkedin\.invitations)\.(received|sent)$/;

describe('where the browser loads the badges by itself', () => {
  const rows = ALL_DETECTORS.flatMap((d) => d.examples.map((url) => [d.type, url] as const));

  it.each(rows.filter(([type]) => LISTS.test(type)))('%s: %s is covered', (_type, url) => {
    expect(BADGE_LIST_MATCHES.some((p) => matches(p, url))).toBe(true);
  });

  // Profiles must stay cheap (issue 15): the badges' code is never loaded there, nor on chats.
  it.each(rows.filter(([type]) => /profile|messag/.test(type)))('%s: %s is not', (_type, url) => {
    expect(BADGE_LIST_MATCHES.some((p) => matches(p, url))).toBe(false);
  });

  // Each site's pills script is registered for that site's lists alone (it carries no code of the other site).
  it.each(rows.filter(([type]) => LISTS.test(type)))('%s: %s is covered by its own site\'s patterns only', (type, url) => {
    const site = type.startsWith('xing.') ? 'xing' : 'linkedin';
    const other = site === 'xing' ? 'linkedin' : 'xing';
    expect(BADGE_LISTS[site].some((p) => matches(p, url))).toBe(true);
    expect(BADGE_LISTS[other].some((p) => matches(p, url))).toBe(false);
  });

  it('reads the patterns as the browser does', () => {
    expect(matches('https://www.xing.com/app/contact*', 'https://www.xing.com/app/contact?op=toconfirm')).toBe(true);
    expect(matches('https://www.xing.com/app/contact*', 'http://www.xing.com/app/contact')).toBe(false);
    expect(matches('https://www.xing.com/app/contact*', 'https://www.xing.com.evil.example/app/contact')).toBe(false);
  });
});
