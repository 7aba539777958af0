import { describe, expect, it } from 'vitest';
import { matchName } from '../../../../utils/platforms/linkedin/dom-text';
import {
  ACCEPT_LABELS,
  COMPANY_LABELLED,
  CURRENT_COMPANY_LABELS,
  DEGREE_TEXT,
  IGNORE_LABELS,
  MUTUAL_LINES,
  OWNER_ACTION_LABELS,
  REPLY_LABELS,
  SENT_HEADING,
  VIEW_PROFILE_LABELS,
  WITHDRAW_LABELS,
} from '../../../../utils/platforms/linkedin/selectors';
import { clockMinutes, isCardTime, parseContacts, parseDegree, parseDistance, parseMutual } from '../../../../utils/platforms/linkedin/text-facts';

describe('aria-label name extraction', () => {
  const rows: [string, readonly RegExp[], string | undefined][] = [
    // accept, straight and curly apostrophes, with and without "to connect"
    ["Accept Lucas Moreau's invitation to connect", ACCEPT_LABELS, 'Lucas Moreau'],
    ['Accept Hannah Becker’s invitation to connect', ACCEPT_LABELS, 'Hannah Becker'],
    ['Accept Daniel Okafor’s invitation', ACCEPT_LABELS, 'Daniel Okafor'],
    ["Accept Mark O'Brien-Jensen's invitation to connect", ACCEPT_LABELS, "Mark O'Brien-Jensen"],
    ['Accept Mark O’Brien-Jensen’s invitation to connect', ACCEPT_LABELS, 'Mark O’Brien-Jensen'],
    ['Accept Chris Evans’ invitation', ACCEPT_LABELS, 'Chris Evans'],
    ['Einladung von Sven Kowalski zum Vernetzen annehmen', ACCEPT_LABELS, 'Sven Kowalski'],
    ['Einladung von Marco Brandner annehmen', ACCEPT_LABELS, 'Marco Brandner'],
    ['Ignore an invitation to connect from Priya Raman', IGNORE_LABELS, 'Priya Raman'],
    ["Ignore Grace O'Neill's invitation", IGNORE_LABELS, "Grace O'Neill"],
    ['Einladung von Fatma Aydın ignorieren', IGNORE_LABELS, 'Fatma Aydın'],
    ['Einladung von Jörg Müller zum Vernetzen ignorieren', IGNORE_LABELS, 'Jörg Müller'],
    ["Withdraw invitation sent to Grace O'Neill", WITHDRAW_LABELS, "Grace O'Neill"],
    ['Einladung an Elif Şahin zurückziehen', WITHDRAW_LABELS, 'Elif Şahin'],
    ['Reply to Daniel Okafor', REPLY_LABELS, 'Daniel Okafor'],
    ['Marco Brandner antworten', REPLY_LABELS, 'Marco Brandner'],
    ['Invite Lucas Moreau to connect', OWNER_ACTION_LABELS, 'Lucas Moreau'],
    ['Katrin Bergmann einladen, sich zu vernetzen', OWNER_ACTION_LABELS, 'Katrin Bergmann'],
    ['Report or block Amelia Hartmann’s profile', OWNER_ACTION_LABELS, 'Amelia Hartmann'],
    ["Report or block Amelia Hartmann's profile", OWNER_ACTION_LABELS, 'Amelia Hartmann'],
    ['Profil von Jörg Müller melden oder blockieren', OWNER_ACTION_LABELS, 'Jörg Müller'],
    ['Send Lucas Moreau’s profile via message', OWNER_ACTION_LABELS, 'Lucas Moreau'],
    ['Jörg Müller folgen', OWNER_ACTION_LABELS, 'Jörg Müller'],
    ['More actions', OWNER_ACTION_LABELS, undefined],
    ['Weitere Aktionen', OWNER_ACTION_LABELS, undefined],
    ['View Priya Raman’s profile', VIEW_PROFILE_LABELS, 'Priya Raman'],
    ["View Priya Raman's profile", VIEW_PROFILE_LABELS, 'Priya Raman'],
    ['Profil von Marco Brandner anzeigen', VIEW_PROFILE_LABELS, 'Marco Brandner'],
    ['Priya Raman sent the following messages at 4:18 PM', SENT_HEADING, 'Priya Raman'],
    ['Marco Brandner hat die folgenden Nachrichten um 09:12 gesendet', SENT_HEADING, 'Marco Brandner'],
    ['Current company: Brightwater Analytics. Click to skip to experience card', CURRENT_COMPANY_LABELS, 'Brightwater Analytics'],
    ['Current company: Ferraro Impianti S.p.A.. Click to skip to experience card', CURRENT_COMPANY_LABELS, 'Ferraro Impianti S.p.A.'],
    ['Aktuelles Unternehmen: Nordwerk Logistik GmbH. Klicken Sie hier, um zur Karte „Berufserfahrung“ zu springen.', CURRENT_COMPANY_LABELS, 'Nordwerk Logistik GmbH'],
    ['Accept', ACCEPT_LABELS, undefined],
    ['', ACCEPT_LABELS, undefined],
  ];
  it.each(rows)('%s', (label, patterns, name) => {
    expect(matchName(label, patterns)).toBe(name);
  });

  it('cleans what it returns (bidi marks, doubled spaces)', () => {
    expect(matchName('Accept \u202EAnna  Schmidt\u202C’s invitation', ACCEPT_LABELS)).toBe('Anna Schmidt');
  });
});

describe('parseDegree', () => {
  const rows: [string, 1 | 2 | 3 | undefined][] = [
    ['· 1st', 1],
    ['· 2nd', 2],
    ['3rd+', 3],
    ['2nd degree connection', 2],
    ['1st degree connection', 1],
    ['· 2.', 2],
    ['· 3.', 3],
    ['Kontakt 2. Grades', 2],
    ['Kontakt 3. Grades', 3],
    ['1. Grades', 1],
    ['2nd', 2],
    ['Follow', undefined],
    ['500+ Kontakte', undefined],
    ['4th', undefined],
    ['', undefined],
  ];
  it.each(rows)('%s → %s', (text, degree) => expect(parseDegree(text)).toBe(degree));

  it('reads Voyager distances', () => {
    expect(parseDistance('DISTANCE_2')).toBe(2);
    expect(parseDistance('OUT_OF_NETWORK')).toBeUndefined();
    expect(parseDistance(2)).toBeUndefined();
  });
});

describe('parseMutual', () => {
  const rows: [string, number | undefined, string[]][] = [
    ['Tobias Lang and 12 other mutual connections', 13, ['Tobias Lang']],
    ['Tobias Lang and 1 other mutual connection', 2, ['Tobias Lang']],
    ['Tobias Lang, Anna Schmidt and 11 other mutual connections', 13, ['Tobias Lang', 'Anna Schmidt']],
    ['Anna Schmidt is a mutual connection', 1, ['Anna Schmidt']],
    ['Tobias Lang and Anna Schmidt are mutual connections', 2, ['Tobias Lang', 'Anna Schmidt']],
    ['27 mutual connections', 27, []],
    ['1,204 mutual connections', 1204, []],
    ['Tobias Lang, Anna Schmidt und 11 weitere gemeinsame Kontakte', 13, ['Tobias Lang', 'Anna Schmidt']],
    ['Tobias Lang und 41 weitere gemeinsame Kontakte', 42, ['Tobias Lang']],
    ['Anna Schmidt und 1 weiterer gemeinsamer Kontakt', 2, ['Anna Schmidt']],
    ['Anna Schmidt ist ein gemeinsamer Kontakt', 1, ['Anna Schmidt']],
    ['Tobias Lang und Anna Schmidt sind gemeinsame Kontakte', 2, ['Tobias Lang', 'Anna Schmidt']],
    ['5 gemeinsame Kontakte', 5, []],
    ['1 gemeinsamer Kontakt', 1, []],
    ['See your mutual connections', undefined, []],
    ['500+ connections', undefined, []],
  ];
  it.each(rows)('%s', (text, count, names) => {
    const line = parseMutual(text);
    expect(line?.count).toBe(count);
    if (count !== undefined) expect(line?.names).toEqual(names);
  });
});

describe('the hints tried before the patterns', () => {
  // parseDegree and parseMutual give up on a text without the hint: every pattern must need it.
  it('every degree pattern needs a digit 1–3, every mutual pattern "mutual" or "gemeinsame"', () => {
    for (const re of DEGREE_TEXT) expect(re.source).toContain('[123]');
    for (const { re } of MUTUAL_LINES) expect(re.source.toLowerCase()).toMatch(/mutual|gemeinsame/);
  });
  it('every current-company label holds a word that COMPANY_LABELLED looks for', () => {
    for (const re of CURRENT_COMPANY_LABELS) expect(re.source.toLowerCase()).toMatch(/company|unternehmen/);
    expect(COMPANY_LABELLED).toContain('[aria-label*="company" i]');
    expect(COMPANY_LABELLED).toContain('[aria-label*="Unternehmen" i]');
  });
});

describe('parseContacts', () => {
  it.each([
    ['500+ connections', { count: 500, atLeast: true }],
    ['312 connections', { count: 312, atLeast: false }],
    ['1 connection', { count: 1, atLeast: false }],
    ['500+ Kontakte', { count: 500, atLeast: true }],
    ['87 Kontakte', { count: 87, atLeast: false }],
    ['1.234 Kontakte', { count: 1234, atLeast: false }],
    ['564 followers', undefined],
    ['13 gemeinsame Kontakte', undefined],
  ])('%s', (text, want) => expect(parseContacts(text)).toEqual(want));
});

describe('isCardTime', () => {
  it.each([
    ['Yesterday', true],
    ['Gestern', true],
    ['3 days ago', true],
    ['vor 3 Tagen', true],
    ['vor 1 Woche', true],
    ['Sent today', true],
    ['Heute gesendet', true],
    ['Gesendet vor 1 Monat', true],
    ['Sent 2 weeks ago', true],
    ['3d', true],
    ['87 Kontakte', false],
    ['Operations Lead at Tidewell Energy', false],
    ['27 mutual connections', false],
  ])('%s → %s', (text, want) => expect(isCardTime(text)).toBe(want));
});

describe('clockMinutes', () => {
  it.each([
    ['09:12', 9 * 60 + 12],
    ['17:20', 17 * 60 + 20],
    ['4:18 PM', 16 * 60 + 18],
    ['12:05 AM', 5],
    ['12:30 PM', 12 * 60 + 30],
    ['Montag', undefined],
    ['25:00', undefined],
    ['13:00 PM', undefined],
  ])('%s', (text, want) => expect(clockMinutes(text)).toBe(want));
});
