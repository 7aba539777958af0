import { describe, expect, it } from 'vitest';
import { lintView, suggestionsFor, type ComposerInputs, type ComposerSetup } from '../../../components/compose/composer-model';

const SETUP: ComposerSetup = {
  person: { name: 'Annika Böhm', company: 'Böhm Logistik GmbH', wants: ['Partner für Kontraktlogistik'] },
  platform: 'xing',
  premium: false,
  me: { name: 'Jochen Thiel' },
};
const INPUTS: ComposerInputs = { situation: 'after-meeting', lang: 'de', event: '', date: '2026-03-14', notes: '', introName: '', introWhy: '' };

describe('composer model', () => {
  it('says what it still needs instead of composing half a text', () => {
    expect(suggestionsFor({ ...SETUP, me: {} }, INPUTS)).toEqual({ ok: false, need: 'compose_needMyName' });
    expect(suggestionsFor(SETUP, INPUTS)).toEqual({ ok: false, need: 'compose_needEvent' });
    expect(suggestionsFor(SETUP, { ...INPUTS, situation: 'ask-introduction' })).toEqual({ ok: false, need: 'compose_needIntro' });
  });
  it('composes with the platform default address and the XING Basic channel', () => {
    const r = suggestionsFor(SETUP, { ...INPUTS, event: 'AUFSCHWUNG-Messe' });
    if (!r.ok) throw new Error(r.need);
    expect(r.address).toBe('sie');
    expect(r.channel).toEqual({ kind: 'message', limit: 8000, noteUnavailable: true });
    expect(r.suggestions).toHaveLength(3);
    expect(r.suggestions[0]!.text).toContain('auf der AUFSCHWUNG-Messe');
  });
  it('their note in Du makes the suggestions Du; a choice overrides it', () => {
    const theirs = { ...SETUP, theirNote: 'Hi Jochen, magst du dich vernetzen?' };
    const auto = suggestionsFor(theirs, { ...INPUTS, situation: 'answer-request' });
    const chosen = suggestionsFor(theirs, { ...INPUTS, situation: 'answer-request', address: 'sie' });
    expect(auto.ok && auto.address).toBe('du');
    expect(chosen.ok && chosen.address).toBe('sie');
  });
  it('lints the text in the box: a template is flagged with what is missing; the note-length finding is left to the counter', () => {
    const lint = lintView('Hallo Frau Böhm, wir sind in der gleichen Gruppe. Da ergeben sich sicher Synergien!', { ...SETUP, platform: 'linkedin' }, 'de');
    expect(lint.templateLike).toBe(true);
    expect(lint.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['vague-benefit', 'shared-context']));
    expect(lint.missing).toContain('lintMissingPersonalReference');
    const long = lintView(`Hallo Annika, danke für das Gespräch auf der Messe. ${'Wir sprachen lange. '.repeat(30)}`, { ...SETUP, platform: 'linkedin' }, 'de');
    expect(long.findings.map((f) => f.id)).not.toContain('too-long');
    expect(long.templateLike).toBe(false);
  });
});
