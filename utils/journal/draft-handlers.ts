import { lintDraft, MISSING_KEYS } from '../compose/lint-draft';
import { draftSuggestion, type DraftFacts } from '../compose/draft-suggestion';
import type { DraftLint } from '../messaging/draft-protocol';
import type { Handlers } from '../messaging/router';
import { committedTextModel } from '../scoring/text-model/committed';
import type { TabActions } from './tab-actions';
import { personRecords } from './person-records';
import { getPersonByIdentity, type Deps } from './profiles';
import { getSettings } from './settings-store';

type DraftHandlers = Pick<Handlers, 'inpage/draft-box' | 'inpage/draft-lint' | 'inpage/open-composer'>;
type LintRequest = Parameters<Handlers['inpage/draft-lint']>[0];

/**
 * The draft hint's messages. The hint's code reaches a tab only after the user put the focus into a message or
 * note box there, and only while in-page results and automatic reading are on (a draft is page text read on its
 * own). The linter runs here, with the text model that never enters a content script.
 */
export function draftHandlers(deps: Deps, tabs: TabActions): DraftHandlers {
  const allowed = async () => {
    const settings = await getSettings(deps);
    return settings.inPageBadges && settings.autoCapture ? settings : null;
  };
  return {
    async 'inpage/draft-box'(_payload, sender) {
      if (sender.kind !== 'content' || !tabs.showDraftHint || !(await allowed())) return { hint: false };
      await tabs.showDraftHint(sender.tabId);
      return { hint: true };
    },
    async 'inpage/draft-lint'(payload) {
      const settings = await allowed();
      if (!settings) return { show: false, lint: null };
      if (!payload.text.trim()) return { show: true, lint: null };
      const facts = await factsFor(deps, payload, settings);
      const lint = lintOf(payload, facts);
      const needsBetter = lint.templateLike || lint.missing.includes(MISSING_KEYS['personal-reference']);
      const suggestion = needsBetter && facts ? draftSuggestion(facts) : undefined;
      return { show: true, lint, ...(suggestion ? { suggestion } : {}) };
    },
    async 'inpage/open-composer'() {
      if (!tabs.openComposer) return { opened: false };
      return { opened: await tabs.openComposer().then(() => true, () => false) };
    },
  };
}

/** The linter's answer for the box: the note-length finding only for a note box (a message has no such limit). */
function lintOf(payload: LintRequest, facts: DraftFacts | null): DraftLint {
  const recipient = facts ? { name: facts.person.name, company: facts.person.company, wants: facts.person.wants } : payload.name ? { name: payload.name } : undefined;
  const result = lintDraft(payload.text, { lang: payload.lang, platform: payload.platform, textModel: committedTextModel(), ...(recipient ? { recipient } : {}) });
  return {
    templateLike: result.templateLike,
    findings: result.findings.filter((f) => payload.kind === 'note' || f.id !== 'too-long').map((f) => ({ id: f.id, key: f.reason.key, subs: f.reason.subs.map((s) => String(s).slice(0, 600)) })).slice(0, 30),
    missing: result.missing.map((m) => MISSING_KEYS[m]),
  };
}

/** What the journal knows about the box's person (by the key the page links the box to), for the linter and a suggestion. */
async function factsFor(deps: Deps, payload: LintRequest, settings: { me?: DraftFacts['me']; linkedinPremium?: boolean; xingPremium?: boolean }): Promise<DraftFacts | null> {
  if (!payload.key) return null;
  const view = await getPersonByIdentity(deps, payload.platform, payload.key);
  const records = view ? await personRecords(deps, view.person.id) : null;
  if (!view || !records) return null;
  const seen = view.latest?.facts;
  const met = records.interactions.filter((i) => i.kind === 'met' && i.eventId).sort((a, b) => b.at - a.at)[0];
  const event = met ? records.events.find((e) => e.id === met.eventId) : undefined;
  const pending = records.requests.filter((r) => r.direction === 'received' && r.note.trim() && r.state === 'pending').sort((a, b) => b.firstSeenAt - a.firstSeenAt)[0];
  const headline = seen?.headline ?? view.person.headline;
  const company = seen?.company ?? view.person.company;
  return {
    platform: payload.platform,
    lang: payload.lang,
    premium: payload.platform === 'linkedin' ? !!settings.linkedinPremium : !!settings.xingPremium,
    person: { name: view.person.displayName, ...(headline ? { headline } : {}), ...(company ? { company } : {}), ...(seen?.wants ? { wants: seen.wants } : {}), ...(seen?.haves ? { haves: seen.haves } : {}) },
    ...(met && event ? { meeting: { event: event.name, at: met.at, ...(met.place ? { place: met.place } : {}), ...(met.text ? { notes: met.text } : {}) } } : {}),
    ...(pending ? { theirNote: pending.note } : {}),
    me: settings.me ?? {},
  };
}
