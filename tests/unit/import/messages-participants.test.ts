import { describe, expect, it } from 'vitest';
import { parseImport, type ImportedData } from '../../../utils/import';
import { OWNER_UNKNOWN } from '../../../utils/import/message-owner';
import { NOW, parseFixture } from './fixtures';

// Who a messages.csv row is between (review findings 2, 8 and 9). All names are made up.
const H9 = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER'; // 2020 to mid-2023
const H12 = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT';
const IN = 'https://www.linkedin.com/in/';

function parse(lines: string[]): ImportedData {
  let id = 0;
  return parseImport('messages.csv', new TextEncoder().encode(lines.join('\n')), { now: () => NOW, newId: () => `p${++id}` });
}

/** Each person as `ref name`, and each message as `kind text → ref`: what the journal would hold. */
function filed(data: ImportedData): { people: string[]; messages: string[] } {
  const refOf = new Map(data.people.map((p) => [p.person.id, p.ref]));
  return {
    people: data.people.map((p) => `${p.ref} ${p.person.displayName}`).sort(),
    messages: data.messages.map((m) => `${m.kind} ${m.text} → ${refOf.get(m.personId)}`).sort(),
  };
}

describe('older messages.csv (no recipient URLs): recipients found by their names as senders', () => {
  it.each([
    {
      what: 'each partner is one person holding both directions',
      lines: [H9,
        `c1,,Kai Brenner,${IN}kai-brenner-9,Ute Sommer,2022-01-01 09:00:00 UTC,,Hallo Ute,INBOX`,
        `c1,,Ute Sommer,${IN}ute-sommer,Kai Brenner,2022-01-01 10:00:00 UTC,,Hallo Kai,INBOX`,
        `c2,,Lio Falk,${IN}liofalk,Ute Sommer,2022-02-01 09:00:00 UTC,,Hi,INBOX`,
        `c2,,Ute Sommer,${IN}ute-sommer,Lio Falk,2022-02-01 10:00:00 UTC,,Hi zurück,INBOX`],
      people: ['linkedin:kai-brenner-9 Kai Brenner', 'linkedin:liofalk Lio Falk'],
      messages: ['message-received Hallo Ute → linkedin:kai-brenner-9', 'message-received Hi → linkedin:liofalk',
        'message-sent Hallo Kai → linkedin:kai-brenner-9', 'message-sent Hi zurück → linkedin:liofalk'],
    },
    {
      what: 'a group TO is split at the known names, a name with a comma kept whole',
      lines: [H9,
        `c1,,Kai Brenner,${IN}kai-brenner-9,Ute Sommer,2022-01-01 09:00:00 UTC,,Hallo,INBOX`,
        `c3,,Nils Ebert,${IN}nils-ebert,Ute Sommer,2022-02-01 09:00:00 UTC,,Moin,INBOX`, // Ute, not Kai, is in every conversation
        `g1,Team,Ute Sommer,${IN}ute-sommer,"Kai Brenner, Rosa Quast, Dr. phil., Lio Falk",2022-03-01 09:00:00 UTC,,Termin steht,INBOX`,
        `g1,Team,"Rosa Quast, Dr. phil.",${IN}rosa-quast,"Ute Sommer, Kai Brenner, Lio Falk",2022-03-01 09:05:00 UTC,,Danke,INBOX`],
      people: ['linkedin:kai-brenner-9 Kai Brenner', 'linkedin:nils-ebert Nils Ebert', 'linkedin:rosa-quast Rosa Quast, Dr. phil.', 'linkedin~name:lio falk Lio Falk'],
      messages: ['message-received Danke → linkedin:rosa-quast', 'message-received Hallo → linkedin:kai-brenner-9', 'message-received Moin → linkedin:nils-ebert',
        'message-sent Termin steht → linkedin:kai-brenner-9', 'message-sent Termin steht → linkedin:rosa-quast', 'message-sent Termin steht → linkedin~name:lio falk'],
    },
    {
      what: 'a recipient who never wrote keeps a credential after a comma and is filed by name',
      lines: [H9,
        `c1,,Kai Brenner,${IN}kai-brenner-9,Ute Sommer,2022-01-01 09:00:00 UTC,,Hallo,INBOX`,
        `c3,,Nils Ebert,${IN}nils-ebert,Ute Sommer,2022-02-01 09:00:00 UTC,,Moin,INBOX`, // Ute, not Kai, is in every conversation
        `g1,Team,Ute Sommer,${IN}ute-sommer,"Kai Brenner, Mira Tal, Ph.D.",2022-03-01 09:00:00 UTC,,Gebucht,INBOX`],
      people: ['linkedin:kai-brenner-9 Kai Brenner', 'linkedin:nils-ebert Nils Ebert', 'linkedin~name:mira tal Mira Tal, Ph.D.'],
      messages: ['message-received Hallo → linkedin:kai-brenner-9', 'message-received Moin → linkedin:nils-ebert', 'message-sent Gebucht → linkedin:kai-brenner-9', 'message-sent Gebucht → linkedin~name:mira tal'],
    },
    {
      what: 'two senders of one name: the URL of the same conversation',
      lines: [H9,
        `c1,,Tom Roth,${IN}tom-roth-1,Ute Sommer,2022-01-01 09:00:00 UTC,,Eins,INBOX`,
        `c1,,Ute Sommer,${IN}ute-sommer,Tom Roth,2022-01-01 10:00:00 UTC,,Zwei,INBOX`,
        `c2,,Tom Roth,${IN}tom-roth-2,Ute Sommer,2022-02-01 09:00:00 UTC,,Drei,INBOX`,
        `c2,,Ute Sommer,${IN}ute-sommer,Tom Roth,2022-02-01 10:00:00 UTC,,Vier,INBOX`],
      people: ['linkedin:tom-roth-1 Tom Roth', 'linkedin:tom-roth-2 Tom Roth'],
      messages: ['message-received Drei → linkedin:tom-roth-2', 'message-received Eins → linkedin:tom-roth-1',
        'message-sent Vier → linkedin:tom-roth-2', 'message-sent Zwei → linkedin:tom-roth-1'],
    },
  ])('$what', ({ lines, people, messages }) => {
    const data = parse(lines);
    expect(data.errors).toEqual([]);
    expect(filed(data)).toEqual({ people, messages });
  });
});

describe('messages.csv with recipient URLs: a name with a comma never makes a person of its own', () => {
  const reply = `c9,,Kai Brenner,${IN}kai-brenner-9,Ute Sommer,${IN}ute-sommer,2024-12-13 10:00:00 UTC,,Hi,INBOX,No,No`;
  const group = (to: string, urls: string) => `g1,Team,Ute Sommer,${IN}ute-sommer,"${to}","${urls}",2024-12-14 09:00:00 UTC,,Hallo zusammen,INBOX,No,No`;
  it.each([
    { what: 'names and URLs of one count: paired in order', to: 'Lars Kern,Anna Weiss', names: ['Anna Weiss', 'Lars Kern'] },
    { what: 'a credential without a space: the count agrees once it stays with its name', to: 'Lars Kern, MBA,Anna Weiss', names: ['Anna Weiss', 'Lars Kern, MBA'] },
    { what: 'a credential after ", " like the separator', to: 'Lars Kern, MBA, Anna Weiss', names: ['Anna Weiss', 'Lars Kern, MBA'] },
    { what: 'counts that cannot agree: each URL named by its slug', to: 'Lars Kern, Leiter Vertrieb, Anna Weiss', names: ['anna-weiss', 'lars-kern'] },
  ])('$what', ({ to, names }) => {
    const data = parse([H12, group(to, `${IN}lars-kern,${IN}anna-weiss`), reply]);
    expect(data.errors).toEqual([]);
    const inGroup = data.messages.filter((m) => m.text === 'Hallo zusammen').map((m) => data.people.find((p) => p.person.id === m.personId)!);
    expect(inGroup.map((p) => p.person.displayName).sort()).toEqual(names);
    expect(inGroup.map((p) => p.identity!.key).sort()).toEqual(['anna-weiss', 'lars-kern']);
  });

  // Lars's own row names him; it also pairs its two recipients, and so gives Anna's name.
  it('a URL whose person wrote in the file takes the name they wrote under', () => {
    const data = parse([H12,
      group('Lars Kern, Leiter Vertrieb, Anna Weiss', `${IN}lars-kern,${IN}anna-weiss`),
      `g1,Team,"Lars Kern, Leiter Vertrieb",${IN}lars-kern,"Ute Sommer, Anna Weiss","${IN}ute-sommer,${IN}anna-weiss",2024-12-14 09:05:00 UTC,,Gern,INBOX,No,No`,
      reply]);
    expect(filed(data).people).toEqual(['linkedin:anna-weiss Anna Weiss', 'linkedin:kai-brenner-9 Kai Brenner', 'linkedin:lars-kern Lars Kern, Leiter Vertrieb']);
  });
});

describe('who the user is, never guessed from the order of rows', () => {
  const ab = `c1,,Bea Sand,${IN}bea-sand,Ole Dahl,${IN}ole-dahl,2024-12-13 10:00:00 UTC,,Kennen wir uns?,`;
  const ba = `c1,,Ole Dahl,${IN}ole-dahl,Bea Sand,${IN}bea-sand,2024-12-13 11:00:00 UTC,,Ja klar,`;
  const tail = ',No,No';
  it.each([
    { what: 'one partner, no sent folder, partner first', lines: [ab + 'INBOX' + tail, ba + 'INBOX' + tail], sentBy: null },
    { what: 'one partner, no sent folder, user first', lines: [ba + 'INBOX' + tail, ab + 'INBOX' + tail], sentBy: null },
    { what: 'one partner, the user\'s message in SENT', lines: [ab + 'INBOX' + tail, ba + 'SENT' + tail], sentBy: 'Ja klar' },
    { what: 'the same, rows the other way round', lines: [ba + 'SENT' + tail, ab + 'INBOX' + tail], sentBy: 'Ja klar' },
    {
      what: 'a second partner: the user is in every conversation',
      lines: [ab + 'INBOX' + tail, ba + 'INBOX' + tail, `c2,,Pia Lenz,${IN}pia-lenz,Ole Dahl,${IN}ole-dahl,2024-12-14 10:00:00 UTC,,Hallo,INBOX${tail}`],
      sentBy: 'Ja klar',
    },
  ])('$what', ({ lines, sentBy }) => {
    const data = parse([H12, ...lines]);
    if (sentBy === null) {
      expect(data.errors).toEqual([{ row: 0, problem: 'owner-unknown', detail: [], reason: OWNER_UNKNOWN }]);
      expect([data.people, data.messages]).toEqual([[], []]);
    } else {
      expect(data.errors).toEqual([]);
      expect(data.people.every((p) => p.identity!.key !== 'ole-dahl')).toBe(true);
      expect(data.messages.filter((m) => m.kind === 'message-sent').map((m) => m.text)).toEqual([sentBy]);
    }
  });

  it('the 2026 fixture (every message in INBOX): the user is the one in both conversations', () => {
    const data = parseFixture('made-up_messages_2026_all-quoted.csv');
    expect(data.errors).toEqual([]);
    expect(data.people.map((p) => p.identity!.key).sort()).toEqual(['anton-berg', 'clara-wendt']);
    expect(data.messages.filter((m) => m.kind === 'message-sent').map((m) => m.text)).toEqual(['Klar, gern.', 'Guten Morgen Frau Wendt, wie besprochen anbei die Unterlagen.']);
  });

  it('a file of only sponsored messages is no tie: nothing to import, no error', () => {
    const data = parse([H12, `c3,Sponsored Conversation,LinkedIn Member,,Ole Dahl,${IN}ole-dahl,2024-12-13 10:00:00 UTC,,Hi,INBOX${tail}`]);
    expect([data.errors, data.messages, data.skipped]).toEqual([[], [], { sponsored: 1 }]);
  });
});
