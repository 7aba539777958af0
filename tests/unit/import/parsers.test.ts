import { describe, expect, it } from 'vitest';
import { parseImport, ImportRefused } from '../../../utils/import';
import { byName, NOW, parseFixture } from './fixtures';

const enc = (text: string) => new TextEncoder().encode(text);
const deps = { now: () => NOW, newId: (() => { let i = 0; return () => `n${++i}`; })() };

describe('every fixture parses with the counts a reader of the file expects', () => {
  it.each([
    // file, format, data rows, people, requests, messages (real exports first)
    ['Connections_2024_notes-preamble.pseudonymised.csv', 'linkedin-connections', 150, 150, 0, 0],
    ['Invitations_2018_old-format.pseudonymised.csv', 'linkedin-invitations', 11, 11, 11, 0],
    ['Invitations_2021_incoming-notes.pseudonymised.csv', 'linkedin-invitations', 37, 37, 37, 0],
    ['made-up_Connections_2018_us-dates.csv', 'linkedin-connections', 4, 4, 0, 0],
    ['made-up_Connections_2018-11_day-month.csv', 'linkedin-connections', 3, 3, 0, 0],
    ['made-up_Connections_2025_crlf-bom.csv', 'linkedin-connections', 4, 3, 0, 0], // one person twice
    ['made-up_Connections_2022_hidden-members.csv', 'linkedin-connections', 6, 3, 0, 0], // three hidden members left out
    ['made-up_Connections_excel-de_semicolon-cp1252.csv', 'linkedin-connections', 4, 3, 0, 0], // `;`, Windows-1252, one hidden member
    ['made-up_Invitations_2024_7-columns.csv', 'linkedin-invitations', 4, 4, 4, 0],
    ['made-up_Messages_2018.csv', 'linkedin-messages', 3, 2, 0, 3],
    ['made-up_messages_2024_with-drafts.csv', 'linkedin-messages', 6, 2, 0, 5], // sponsored and draft left out; group to two
    ['made-up_messages_2026_all-quoted.csv', 'linkedin-messages', 4, 2, 0, 4], // the user: in both conversations
    ['made-up_xing_vcard-2.1_mixed-charsets.vcf', 'xing-vcard', 1, 1, 0, 0],
    ['made-up_xing_vcards-3.0_several.vcf', 'xing-vcard', 3, 3, 0, 0],
    ['made-up_xing_vcard-4.0.vcf', 'xing-vcard', 1, 1, 0, 0],
  ])('%s', (file, format, rows, people, requests, messages) => {
    const data = parseFixture(file);
    expect(data.errors).toEqual([]);
    expect({ format: data.format, rows: data.rows, people: data.people.length, requests: data.requests.length, messages: data.messages.length }).toEqual({
      format, rows, people, requests, messages,
    });
  });
});

describe('LinkedIn Connections.csv', () => {
  it('2024 with preamble: URL gives the identity, the date a day window, e-mail is not kept', () => {
    const data = parseFixture('Connections_2024_notes-preamble.pseudonymised.csv');
    const zoe = byName(data, 'Zoe Patel')!;
    expect(zoe.identity).toMatchObject({ id: 'linkedin:zoepatel', key: 'zoepatel', url: 'https://www.linkedin.com/in/zoepatel/' });
    expect(zoe.person).toMatchObject({ company: 'US Army DEVCOM Armaments Center', headline: 'Associate for Business Development', createdAt: NOW });
    expect(zoe.connectedAt).toEqual({ from: Date.UTC(2024, 11, 16), to: Date.UTC(2024, 11, 17) - 1 });
    expect(JSON.stringify(data)).not.toContain('@example.com');
    // percent-encoded slugs are decoded like a captured page's key; math-script names stay as written
    const kai = data.people.find((p) => p.identity?.key.startsWith('kai-muller-thal'))!;
    expect(kai.identity!.key).toBe('kai-muller-thal-marie-marx-sánchez-b56e38cee');
    expect(kai.person.displayName).toBe('𝓚𝓪𝓲 𝓜ü𝓵𝓵𝓮𝓻-𝓣𝓱𝓪𝓵 𝓜𝓪𝓻𝓲𝓮 𝓜𝓪𝓻𝔁');
  });

  it('2018: no URL, US dates with a time, titles, emoji, pronouns and credentials in names', () => {
    const data = parseFixture('made-up_Connections_2018_us-dates.csv');
    const anna = byName(data, 'Anna Beispiel')!;
    expect(anna.identity).toBeUndefined();
    expect(anna.ref).toBe('linkedin~name:anna beispiel');
    expect(anna.connectedAt).toEqual({ from: Date.UTC(2018, 0, 8, 18, 14), to: Date.UTC(2018, 0, 8, 18, 15) - 1 });
    expect(byName(data, 'Dr. Bernd Muster (he/him)')!.ref).toBe('linkedin~name:dr bernd muster');
    expect(byName(data, 'Dr. Bernd Muster (he/him)')!.connectedAt!.from).toBe(Date.UTC(2017, 11, 31, 23, 59));
    expect(byName(data, '⭐ Carla Stern 🚀 LION')!.connectedAt!.from).toBe(Date.UTC(2018, 2, 1, 0, 0)); // 12:00 AM
    expect(byName(data, 'Doris Dreher, MBA, PMP')).toMatchObject({ ref: 'linkedin~name:doris dreher', person: { company: 'Dreher & Partner', headline: 'Berater "Digital"' } });
  });

  it('2025 with CRLF and BOM: a repeated row is one person, a hidden name is named by its profile key', () => {
    const data = parseFixture('made-up_Connections_2025_crlf-bom.csv');
    expect(data.people.map((p) => p.person.displayName)).toEqual(['Greta Hahn', 'Hans Igel (Er/Ihm)', 'ida-jäger-77']);
  });

  it('a corrupted file names each bad row with its reason, and its code and values for the dashboard\'s words', () => {
    // Row 2's "31 Feb 2024" is no longer an error (issue 19): the row imports without its date, counted as undated.
    expect(parseFixture('made-up_corrupt_Connections.csv').errors).toEqual([
      { row: 3, reason: '6 cells where the header has 7', problem: 'cells', detail: ['6', '7'] },
      { row: 4, reason: 'not a linkedin profile URL: https://www.example.com/in/sven', problem: 'profile-url', detail: ['LinkedIn', 'https://www.example.com/in/sven'] },
    ]);
  });
});

describe('LinkedIn Invitations.csv', () => {
  it('5 columns: the other side is the person, filed by name; direction, note and time kept', () => {
    const data = parseFixture('Invitations_2021_incoming-notes.pseudonymised.csv');
    const sent = data.requests.filter((r) => r.direction === 'sent');
    const received = data.requests.filter((r) => r.direction === 'received');
    expect(sent.length + received.length).toBe(37);
    expect(data.people.some((p) => p.person.displayName === 'Henrik Adler')).toBe(false); // the user is not a contact
    const pia = data.requests.find((r) => r.key === 'linkedin~name:pia porter')!;
    expect(pia).toMatchObject({ direction: 'sent', state: 'pending', sentAt: { from: Date.UTC(2021, 7, 17, 12, 21) } });
    expect(pia.history).toEqual([{ state: 'pending', at: pia.sentAt, by: 'import' }]);
    const mira = data.requests.find((r) => r.key === 'linkedin~name:mira haddad')!;
    expect(mira.note).toMatch(/^Dear Henrik, This is Mira/);
  });

  it('7 columns: profile URLs give identities; multi-line notes keep their paragraphs; an e-mail invitee is a person', () => {
    const data = parseFixture('made-up_Invitations_2024_7-columns.csv');
    const paula = data.requests.find((r) => r.key === 'paula-quast')!;
    expect(paula).toMatchObject({ direction: 'received', note: 'Hallo,\nich habe Ihr Profil gesehen und würde mich gern vernetzen.\n\nViele Grüße\nPaula' });
    expect(data.requests.find((r) => r.key === 'rainer-sommer-9f')).toMatchObject({ direction: 'sent', note: '' });
    expect(byName(data, 'kontakt@example.org')).toBeTruthy();
    expect(byName(data, 'Tom Ulrich 💼 (LION)')!.identity!.key).toBe('tom-ulrich-lion');
  });

  it('re-parsing gives the same request ids (re-import is idempotent)', () => {
    const a = parseFixture('Invitations_2018_old-format.pseudonymised.csv').requests.map((r) => r.id);
    expect(parseFixture('Invitations_2018_old-format.pseudonymised.csv').requests.map((r) => r.id)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('LinkedIn messages', () => {
  it('2018: HTML entities decoded, directions from the file, multi-line cell kept', () => {
    const data = parseFixture('made-up_Messages_2018.csv');
    expect(data.messages.map((m) => [m.kind, m.text])).toEqual([
      ['message-received', 'Anfrage\n\nGuten Tag, ich hätte eine Frage & eine Bitte: <Termin>? € 50 ☺'],
      ['message-sent', 'RE: Anfrage\n\nGern, "Dienstag" passt.'],
      ['message-received', 'Alte Nachricht\nüber zwei Zeilen'],
    ]);
  });

  it('2024: the owner found from the messages; sponsored and drafts skipped; SPAM and groups kept', () => {
    const data = parseFixture('made-up_messages_2024_with-drafts.csv');
    expect(data.skipped).toEqual({ sponsored: 1, draft: 1 });
    expect(data.people.map((p) => p.identity!.key).sort()).toEqual(['yara-adler', 'zeno-brandt-42']);
    expect(data.messages.find((m) => m.text === 'Gern – Donnerstag?')).toMatchObject({ kind: 'message-sent', at: Date.UTC(2024, 11, 13, 8) });
    expect(data.messages.filter((m) => m.text === 'Hallo zusammen')).toHaveLength(2);
    expect(JSON.stringify(data)).not.toContain('%FIRSTNAME%');
  });
});

describe('XING vCards', () => {
  it('2.1: per-line charsets, quoted-printable with a soft break, work address, XING profile key', () => {
    const [p] = parseFixture('made-up_xing_vcard-2.1_mixed-charsets.vcf').people;
    expect(p!.person).toMatchObject({ displayName: 'Dr. Jörg Müller', company: 'Müller & Söhne GmbH', headline: 'Geschäftsführer für Vertrieb und Marketing', location: 'München, Deutschland' });
    expect(p!.identity).toMatchObject({ id: 'xing:Joerg_Mueller3', url: 'https://www.xing.com/profile/Joerg_Mueller3' });
  });

  it('3.0: several cards, escapes, folded lines, groups, photos dropped, http URLs', () => {
    const data = parseFixture('made-up_xing_vcards-3.0_several.vcf');
    expect(data.people.map((p) => [p.person.displayName, p.person.company, p.person.headline, p.identity?.key])).toEqual([
      ['Katrin Schulz', 'Schulz, Klein & Partner', 'Partnerin, Steuerberatung', 'Katrin_Schulz'],
      ['Lutz Lange', undefined, 'Ein sehr langer Titel der über zwei Zeilen gefaltet ist', undefined],
      ['Mona Nagel', undefined, undefined, 'Mona_Nagel'],
    ]);
    expect(JSON.stringify(data)).not.toContain('/9j/');
  });

  it('a card without a name is an error with its number', () => {
    expect(parseFixture('made-up_corrupt_vcards.vcf').errors).toEqual([{ row: 2, reason: 'the vCard has no name (FN or N)', problem: 'vcard-no-name', detail: [] }]);
  });

  it('a card without END is named', () => {
    expect(parseImport('x.vcf', enc('BEGIN:VCARD\nFN:A B\nBEGIN:VCARD\nFN:C D\nEND:VCARD\n'), deps).errors).toEqual([{ row: 1, reason: 'vCard without END:VCARD (line 1)', problem: 'vcard-end', detail: ['1'] }]);
  });
});

describe('unknown files are refused by name', () => {
  it.each([
    ['made-up_unknown_Positions.csv', 'Company Name,Title\nA,B\n'],
    ['photo.jpg', '\u00ff\u00d8\u00ff'],
    ['empty.csv', ''],
  ])('%s', (name, text) => {
    expect(() => parseImport(name, enc(text), deps)).toThrow(ImportRefused);
    expect(() => parseImport(name, enc(text), deps)).toThrow(name);
  });
});
