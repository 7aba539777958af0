import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../utils/journal/handlers';
import type { TabActions } from '../../../utils/journal/tab-actions';
import { DRAFT_MAX } from '../../../utils/messaging/limits';
import { TEXT_MODEL_ID } from '../../../utils/scoring/text-model';
import { createRouter } from '../../../utils/messaging/router';
import { dumpAll, testDeps } from '../helpers/journal';
import { POPUP, SELF, tab } from '../integrity/router-helpers';

const ANNA = 'https://www.xing.com/profile/Anna_Berg';
const CHAT = 'https://www.xing.com/chats/1';
const LI_MSG = 'https://www.linkedin.com/messaging/thread/1/';
const TEMPLATE_DE = 'Hallo Frau Berg, wir sind in der gleichen Gruppe. Lassen Sie uns vernetzen, da ergeben sich sicher Synergien!';
const PERSONAL_DE = 'Guten Tag Frau Berg, danke für das Gespräch auf der AUFSCHWUNG-Messe über Zweitlieferanten für Drehteile. Darf ich Ihnen nächste Woche die Zeichnungen schicken?';

type Answer = { ok: boolean; data?: any; error?: { code: string } };

async function setup() {
  const t = await testDeps();
  const hints: number[] = [];
  let popupOpens = 0;
  let popupRefuses = false;
  const tabs: TabActions = {
    loadReader: async () => undefined,
    showDraftHint: async (tabId) => void hints.push(tabId),
    openComposer: async () => {
      if (popupRefuses) throw new Error('openPopup requires a user gesture');
      popupOpens += 1;
    },
  };
  const handle = createRouter(createHandlers(t.deps, tabs), SELF) as (m: unknown, s: unknown) => Promise<Answer>;
  const send = (type: string, payload: object, sender = POPUP) => handle({ type, payload }, sender);
  const lint = (payload: object, sender = tab(CHAT, 4)) => send('inpage/draft-lint', { platform: 'xing', kind: 'message', lang: 'de', ...payload }, sender);
  return { ...t, hints, send, lint, opens: () => popupOpens, refuse: () => void (popupRefuses = true) };
}

describe('the draft hint beside the sites\' message and note boxes', () => {
  let j: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    j = await setup();
  });

  it('loads the hint into the sender tab when a box gets the focus, only from a content script', async () => {
    expect(await j.send('inpage/draft-box', { platform: 'xing' }, tab(ANNA, 7))).toEqual({ ok: true, data: { hint: true } });
    expect(j.hints).toEqual([7]);
    expect((await j.send('inpage/draft-box', { platform: 'xing' })).error?.code).toBe('forbidden-sender');
    // A XING tab cannot speak for LinkedIn.
    expect((await j.send('inpage/draft-box', { platform: 'linkedin' }, tab(ANNA, 7))).error?.code).toBe('forbidden-sender');
    expect(j.hints).toEqual([7]);
  });

  it.each([
    ['Show results only in the popup', { inPageBadges: false }],
    ['automatic reading off', { autoCapture: false }],
  ])('loads nothing and checks nothing with %s', async (_what, patch) => {
    await j.send('settings/update', { patch });
    expect(await j.send('inpage/draft-box', { platform: 'xing' }, tab(ANNA, 7))).toEqual({ ok: true, data: { hint: false } });
    expect(j.hints).toEqual([]);
    expect(await j.lint({ text: TEMPLATE_DE })).toEqual({ ok: true, data: { show: false, lint: null } });
  });

  it('flags a template draft with what is missing, passes a personal one, and writes nothing', async () => {
    const before = JSON.stringify(await dumpAll(j.deps));
    const template = await j.lint({ text: TEMPLATE_DE, key: 'Anna_Berg', name: 'Anna Berg' });
    expect(template.data.lint.templateLike).toBe(true);
    expect(template.data.lint.findings.map((f: { id: string }) => f.id)).toEqual(expect.arrayContaining(['shared-context', 'only-shared-context']));
    expect(template.data.lint.missing).toContain('lintMissingPersonalReference');
    const personal = await j.lint({ text: PERSONAL_DE, key: 'Anna_Berg', name: 'Anna Berg' });
    expect(personal.data.lint).toMatchObject({ templateLike: false });
    expect(personal.data.lint.missing).not.toContain('lintMissingPersonalReference');
    expect(JSON.stringify(await dumpAll(j.deps))).toBe(before);
    expect(await j.lint({ text: '   ' })).toEqual({ ok: true, data: { show: true, lint: null } });
  });

  it('uses the text model in the background: its reason can be among the findings', async () => {
    const res = await j.lint({ text: 'Hallo, ich würde mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen. Viele Grüße' });
    expect(res.ok).toBe(true);
    expect(res.data.lint.templateLike).toBe(true);
    expect(res.data.lint.findings.map((f: { id: string }) => f.id)).toContain(TEXT_MODEL_ID);
  });

  it('names the note limit only for a connection note', async () => {
    const long = `Hi Tobias, ${'we met at the Hannover Messe and talked about supplier audits. '.repeat(6)}`;
    const note = await j.lint({ platform: 'linkedin', kind: 'note', lang: 'en', text: long }, tab(LI_MSG, 5));
    const message = await j.lint({ platform: 'linkedin', kind: 'message', lang: 'en', text: long }, tab(LI_MSG, 5));
    expect(note.data.lint.findings.map((f: { id: string }) => f.id)).toContain('too-long');
    expect(message.data.lint.findings.map((f: { id: string }) => f.id)).not.toContain('too-long');
  });

  it('refuses an oversized draft before any handler runs', async () => {
    expect((await j.lint({ text: 'x'.repeat(DRAFT_MAX + 1) })).error?.code).toBe('invalid-request');
  });

  it('suggests a personal text from a logged meeting once the user\'s own name is known', async () => {
    const res = await j.send('capture/profile', { platform: 'xing', url: ANNA, facts: { name: 'Anna Berg' } }, tab(ANNA, 7));
    const personId = res.data.personId as string;
    await j.send('meeting/log', { personId, eventName: 'AUFSCHWUNG-Messe', at: Date.UTC(2026, 2, 14, 12), notes: 'Zweitlieferant für Drehteile' });
    expect((await j.lint({ text: TEMPLATE_DE, key: 'Anna_Berg' })).data.suggestion).toBeUndefined();
    await j.send('settings/update', { patch: { me: { name: 'Jochen Thiel' } } });
    const flagged = await j.lint({ text: TEMPLATE_DE, key: 'Anna_Berg' });
    expect(flagged.data.suggestion).toContain('AUFSCHWUNG-Messe');
    expect(flagged.data.suggestion).toContain('Anna');
    // A personal draft needs no suggestion; nor does a box of someone the journal does not know.
    expect((await j.lint({ text: PERSONAL_DE, key: 'Anna_Berg' })).data.suggestion).toBeUndefined();
    expect((await j.lint({ text: TEMPLATE_DE, key: 'Uwe_Klein' })).data.suggestion).toBeUndefined();
  });

  it('opens the composer where the browser lets it, and says so where it does not', async () => {
    expect(await j.send('inpage/open-composer', { platform: 'xing' }, tab(ANNA, 7))).toEqual({ ok: true, data: { opened: true } });
    j.refuse();
    expect(await j.send('inpage/open-composer', { platform: 'xing' }, tab(ANNA, 7))).toEqual({ ok: true, data: { opened: false } });
    expect(j.opens()).toBe(1);
  });
});
