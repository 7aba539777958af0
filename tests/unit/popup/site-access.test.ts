import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { accessFrom, accessMissing, askOutcome, originsFor, pageWithoutAddress, pageWithoutReader, sameAccess, siteList, SITE_ORIGINS, type SiteAccess } from '../../../components/popup/site-access';
import type { PageState } from '../../../components/popup/page-state';
import { loadPageState } from '../../../entrypoints/popup/load';
import { readSiteAccess, requestSiteAccess } from '../../../entrypoints/popup/site-access';
import type { Client } from '../../../utils/messaging/client';
import config from '../../../wxt.config';

const BOTH: SiteAccess = { missing: [] };
const NO_LINKEDIN: SiteAccess = { missing: ['linkedin'] };
const NONE: SiteAccess = { missing: ['xing', 'linkedin'] };

describe('site access: the decision (issue 15, Degrade, never lie)', () => {
  it.each([
    [{ xing: true, linkedin: true }, []],
    [{ xing: true, linkedin: false }, ['linkedin']],
    [{ xing: false, linkedin: true }, ['xing']],
    [{ xing: false, linkedin: false }, ['xing', 'linkedin']],
  ])('granted %o: missing %o', (granted, missing) => {
    const access = accessFrom(granted);
    expect(access.missing).toEqual(missing);
    expect(accessMissing(access)).toBe(missing.length > 0);
    expect(originsFor(access.missing)).toEqual(missing.map((m) => (m === 'xing' ? 'https://www.xing.com/*' : 'https://www.linkedin.com/*')));
  });

  it('asks for exactly the manifest host_permissions', async () => {
    const manifest = await (typeof config.manifest === 'function' ? config.manifest({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' } as never) : config.manifest);
    expect(Object.values(SITE_ORIGINS)).toEqual(manifest?.host_permissions);
  });

  it.each<[string, SiteAccess, PageState]>([
    ['unknown access', null, { kind: 'unsupported' }],
    ['both allowed', BOTH, { kind: 'unsupported' }],
    ['LinkedIn withheld', NO_LINKEDIN, { kind: 'no-access', missing: ['linkedin'] }],
    ['both withheld', NONE, { kind: 'no-access', missing: ['xing', 'linkedin'] }],
  ])('a tab without address, %s', (_name, access, expected) => {
    expect(pageWithoutAddress(access)).toEqual(expected);
  });

  it.each<[PageState, PageState['kind'], PageState['kind']]>([
    [{ kind: 'unknown-person', platform: 'xing', key: 'k' }, 'not-running', 'reading'],
    [{ kind: 'list' }, 'not-running', 'reading'],
    [{ kind: 'conversation' }, 'not-running', 'reading'],
    [{ kind: 'error', message: 'x' }, 'error', 'error'],
    [{ kind: 'system' }, 'system', 'system'],
  ])('no content script answers: %o is %s in a loaded tab, %s in a tab still loading', (state, loaded, loading) => {
    expect(pageWithoutReader(state, 'xing', 'xing.profile', false).kind).toBe(loaded);
    expect(pageWithoutReader(state, 'xing', 'xing.profile', true)).toMatchObject({ kind: loading });
  });

  it.each<[boolean | Error, string]>([
    [true, 'granted'],
    [false, 'refused'],
    [new Error('permissions.request may only be called from a user input handler'), 'failed'],
  ])('the browser answers %s: %s', (answer, ask) => {
    expect(askOutcome(answer)).toBe(ask);
  });

  it.each([
    ['de', ['XING', 'LinkedIn'], 'XING und LinkedIn'],
    ['en', ['XING', 'LinkedIn'], 'XING and LinkedIn'],
    ['de', ['LinkedIn'], 'LinkedIn'],
  ])('site names in %s', (locale, names, phrase) => {
    expect(siteList(names, locale)).toBe(phrase);
  });

  it('compares answers by their sites', () => {
    expect(sameAccess(null, null)).toBe(true);
    expect(sameAccess({ missing: ['xing'] }, { missing: ['xing'] })).toBe(true);
    expect(sameAccess(null, BOTH)).toBe(false);
    expect(sameAccess(NONE, NO_LINKEDIN)).toBe(false);
  });
});

describe('This page with and without the tab address and access', () => {
  const client = { send: vi.fn(async () => ({ ok: true, data: { view: null } })) } as unknown as Client;
  afterEach(() => fakeBrowser.reset());

  it.each<[string, SiteAccess, PageState['kind']]>([
    ['both allowed', BOTH, 'unsupported'],
    ['unknown', null, 'unsupported'],
    ['XING withheld', { missing: ['xing'] }, 'no-access'],
    ['both withheld', NONE, 'no-access'],
  ])('no address, %s: %s', async (_name, access, kind) => {
    expect((await loadPageState(client, { id: 2, url: undefined }, access)).kind).toBe(kind);
    expect((await loadPageState(client, null, access)).kind).toBe(kind);
  });

  it.each<[string, SiteAccess]>([['both allowed', BOTH], ['LinkedIn withheld', NO_LINKEDIN]])('with an address another site stays "not supported" (%s)', async (_name, access) => {
    expect((await loadPageState(client, { id: 2, url: 'https://example.org/' }, access)).kind).toBe('unsupported');
  });

  it('a XING profile whose content script answers is read as before; one without a script is to be reloaded', async () => {
    const url = 'https://www.xing.com/profile/Anna_Adler';
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ state: 'read', pageType: 'xing.profile' } as never);
    expect((await loadPageState(client, { id: 2, url }, BOTH)).kind).toBe('unknown-person');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await loadPageState(client, { id: 2, url }, BOTH)).toEqual({ kind: 'not-running', platform: 'xing' });
  });
});

describe('the browser calls', () => {
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser, 'permissions');
    fakeBrowser.reset();
  });
  const fake = (granted: string[], answer: boolean | Error = true) => {
    const permissions = {
      contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
      request: vi.fn((_: { origins: string[] }) => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))),
    };
    Object.assign(fakeBrowser, { permissions });
    return permissions;
  };

  it.each([
    [[SITE_ORIGINS.xing, SITE_ORIGINS.linkedin], []],
    [[SITE_ORIGINS.xing], ['linkedin']],
    [[], ['xing', 'linkedin']],
  ])('granted %o: missing %o', async (granted, missing) => {
    fake(granted);
    expect(await readSiteAccess()).toEqual({ missing });
  });

  it('a browser without the API, or one that throws, gives no answer (null: the popup says what it said before)', async () => {
    expect(await readSiteAccess()).toBeNull();
    Object.assign(fakeBrowser, { permissions: { contains: () => Promise.reject(new Error('no')) } });
    expect(await readSiteAccess()).toBeNull();
  });

  it.each<[boolean | Error, string]>([[true, 'granted'], [false, 'refused'], [new Error('no user gesture'), 'failed']])('request answered %s: %s', async (answer, ask) => {
    const permissions = fake([], answer);
    expect(await requestSiteAccess(['xing', 'linkedin'])).toBe(ask);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [SITE_ORIGINS.xing, SITE_ORIGINS.linkedin] });
  });

  it('asks synchronously, in the click (the user gesture holds only there)', () => {
    const permissions = fake([]);
    void requestSiteAccess(['linkedin']);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [SITE_ORIGINS.linkedin] });
  });
});
