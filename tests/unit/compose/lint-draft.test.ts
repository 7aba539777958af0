import { describe, expect, it } from 'vitest';
import { lintDraft } from '../../../utils/compose/lint-draft';
import { committedTextModel } from '../../../utils/scoring/text-model/committed';

const RECIPIENT = { name: 'Katrin Weber', company: 'Weber & Söhne Maschinenbau GmbH', wants: 'Lieferanten für Präzisionsteile, Austausch zu Lieferketten-Digitalisierung' };

// Every case holds with the named signals alone and with the committed text model, as the CLI runs it.
for (const [variant, textModel] of [['signals only', undefined], ['with the text model', committedTextModel()]] as const) {
describe(`lintDraft (${variant}): templates are flagged`, () => {
  it.each([
    ['de', 'shared group only', 'Hallo Frau Weber, wir sind beide Mitglied in der Gruppe „Mittelstand Netzwerk NRW“. Ich würde mich freuen, Sie auch in meinem persönlichen Netzwerk begrüßen zu dürfen!', ['only-shared-context', 'shared-context']],
    ['de', 'Synergien and Win-Win', 'Hallo Frau Weber, ich bin auf Ihr interessantes Profil aufmerksam geworden. Lassen Sie uns vernetzen – das wird eine Win-Win-Situation!', ['vague-benefit', 'flattery']],
    ['de', 'free whitepaper as bait', 'Guten Tag Frau Weber, wir haben ein kostenloses Whitepaper erstellt. Vernetzen Sie sich mit mir und ich sende es Ihnen zu.', ['free-offer', 'connect-bait']],
    ['en', 'expand my network', "Hi Katrin, I came across your profile and I'm looking to expand my network with like-minded professionals. Would love to connect!", ['network-growth', 'flattery']],
    ['en', 'unrendered placeholder', 'Hi {{first_name}}, congratulations on your role at %COMPANYNAME%!', ['placeholder']],
    ['en', 'profile-visit opener into a pitch', 'Hi Katrin, thanks for visiting my profile! We help manufacturers cut supplier costs by 15%. Open to a quick 15-min chat?', ['profile-visit', 'sales-pitch']],
  ] as const)('%s: %s', (lang, _name, text, ids) => {
    const r = lintDraft(text, { lang, recipient: RECIPIENT, ...(textModel ? { textModel } : {}) });
    expect(r.templateLike).toBe(true);
    for (const id of ids) expect(r.findings.map((f) => f.id)).toContain(id);
    expect(r.missing).toContain('personal-reference');
    // The text model may soften a score a little (a German group hook reads less like mass outreach to it).
    expect(r.score).toBeGreaterThanOrEqual(textModel ? 55 : 65);
  });
});

describe(`lintDraft (${variant}): personal notes are not templates`, () => {
  it.each([
    ['de', 'Hallo Frau Weber, danke für das Gespräch an Ihrem Stand auf der AUFSCHWUNG-Messe über Lieferketten. Wie besprochen schicke ich Ihnen nächste Woche unsere Kapazitätsübersicht. Viele Grüße, Jochen Thiel'],
    ['de', 'Hallo Frau Weber, Sie suchen Lieferanten für Präzisionsteile: Wir fertigen Drehteile bis Ø 65 mm in Remscheid. Darf ich Ihnen unsere Referenzliste schicken?'],
    ['de', 'Hallo Frau Weber, Herr Brandt aus dem IHK-Arbeitskreis meinte, wir sollten uns wegen der gemeinsamen Ausschreibung abstimmen – da ergeben sich echte Synergien. Passt Ihnen ein Telefonat?'],
    ['en', "Hi Katrin, great meeting you at Hannover Messe yesterday. As promised, I'll send the PPAP documentation for the gear shafts next week. Kind regards, Vikram"],
    ['en', 'Hi Katrin, your post on dual sourcing sparked a big discussion in our team. We did the opposite – happy to share our numbers. Could we talk?'],
    // A referrer's advice to write, in German as in English ("X suggested I get in touch").
    ['de', 'Hallo Jana, Markus Berg hat mir empfohlen, mich bei dir zu melden, weil du einen Zweitlieferanten für Drehteile suchst. Hast du nächste Woche 15 Minuten?'],
    ['en', "Hi Jana, Markus Berg suggested I get in touch because you're looking for a second supplier for turned parts. Do you have 15 minutes next week?"],
  ] as const)('%s: %s', (lang, text) => {
    const r = lintDraft(text, { lang, recipient: RECIPIENT, ...(textModel ? { textModel } : {}) });
    expect(r.templateLike).toBe(false);
    expect(r.missing).not.toContain('personal-reference');
    if (!textModel) expect(r.score).toBeLessThan(65);
  });
});
}

describe('lintDraft: what is missing', () => {
  it('a friendly but empty note lacks a personal reference and a reason', () => {
    const r = lintDraft('Hallo Frau Weber, ich freue mich auf den Kontakt!', { lang: 'de', recipient: RECIPIENT });
    expect(r.missing).toEqual(['personal-reference', 'reason-for-contact']);
  });
  it('notices when the recipient is not addressed by name', () => {
    expect(lintDraft('Hello, thanks for the call yesterday about the tender. Could we meet next week?', { lang: 'en', recipient: RECIPIENT }).missing).toEqual(['recipient-name']);
  });
  it('warns when the note is longer than the platform allows', () => {
    const long = `Hi Katrin, thanks for the call yesterday. ${'We discussed the tender in detail. '.repeat(10)}`;
    const r = lintDraft(long, { lang: 'en', platform: 'linkedin' });
    expect(r.findings.find((f) => f.id === 'too-long')!.reason).toEqual({ key: 'lintTooLong', subs: [String(long.trim().length), '300'] });
  });
  it('an empty draft is not a template but misses everything', () => {
    expect(lintDraft('   ')).toEqual({ templateLike: false, score: expect.any(Number), findings: [], missing: ['personal-reference', 'reason-for-contact'] });
  });
  it('is deterministic', () => {
    const text = 'Hallo Frau Weber, wir sind beide in der gleichen Gruppe.';
    expect(lintDraft(text, { lang: 'de' })).toEqual(lintDraft(text, { lang: 'de' }));
  });
});
