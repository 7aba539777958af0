import { describe, expect, it } from 'vitest';
import { connectBait } from '../../../../utils/scoring/signals/connect-bait';
import { connectCourtesy } from '../../../../utils/scoring/signals/connect-courtesy';
import { defaultText } from '../../../../utils/scoring/signals/default-text';
import { flattery } from '../../../../utils/scoring/signals/flattery';
import { freeOffer } from '../../../../utils/scoring/signals/free-offer';
import { impersonalSalutation } from '../../../../utils/scoring/signals/impersonal-salutation';
import { legalName } from '../../../../utils/scoring/signals/legal-name';
import { looks } from '../../../../utils/scoring/signals/looks';
import { networkGrowth } from '../../../../utils/scoring/signals/network-growth';
import { placeholder } from '../../../../utils/scoring/signals/placeholder';
import { profileVisit } from '../../../../utils/scoring/signals/profile-visit';
import { recruiterGeneric } from '../../../../utils/scoring/signals/recruiter-generic';
import { salesPitch } from '../../../../utils/scoring/signals/sales-pitch';
import { sharedContext } from '../../../../utils/scoring/signals/shared-context';
import { vagueBenefit } from '../../../../utils/scoring/signals/vague-benefit';
import { req, run } from '../helpers';
import { describePhraseTable, type PhraseTable } from './phrase-table';

const TABLE: PhraseTable = [
  [placeholder, 'positive', [
    ['en', 'Hi %FIRSTNAME%, would love to connect!', true],
    ['en', 'Hi {{first_name}}, I help {{industry}} leaders grow.', true],
    ['de', 'Hallo [Vorname], ich bin auf Ihr Profil gestoßen.', true],
    ['de', 'Hallo {Vorname}, als {Position} bei {Firma} wissen Sie …', true],
    ['en', 'Hi Weber & Söhne Maschinenbau GmbH, let us exchange ideas.', true],
    ['de', 'Hallo Frau Weber, 100 % Zustimmung zu Ihrem Beitrag.', false],
    ['en', 'Hi Katrin, the [draft] is attached as promised.', false],
  ]],
  [impersonalSalutation, 'positive', [
    ['de', 'Sehr geehrte/r Frau/Herr Weber, gerne möchte ich mich vernetzen.', true],
    ['de', 'Sehr geehrte Damen und Herren, wir sind ein führender Anbieter.', true],
    ['en', 'Dear Sir/Madam, we are a leading exporter.', true],
    ['de', 'Sehr geehrte Frau Weber, danke für das Gespräch.', false],
    ['en', 'Dear Katrin, thanks for the call.', false],
  ]],
  [profileVisit, 'positive', [
    ['en', 'Hi Katrin, thanks for checking out my profile! We help manufacturers.', true],
    ['en', 'Thank you for visiting my profile – let us connect.', true],
    ['de', 'Hallo Frau Weber, vielen Dank für Ihren Besuch auf meinem Profil!', true],
    ['de', 'Danke fürs Vorbeischauen auf meinem Profil, Frau Weber!', true],
    ['en', 'Thanks for your visit to our plant in Gdańsk.', false],
    ['de', 'Danke für Ihren Besuch in unserem Werk.', false],
  ]],
  [freeOffer, 'positive', [
    ['en', "I've put together a free e-book: '10 Negotiation Secrets'.", true],
    ['en', 'Free webinar alert! Connect and I will DM you the registration link.', true],
    ['de', 'Ich lade Sie herzlich zu unserem kostenlosen Webinar ein.', true],
    ['de', 'Wir haben ein kostenloses Whitepaper „Einkauf 4.0“ erstellt.', true],
    ['de', 'Danke für Ihr Webinar heute! Eine Frage hätte ich noch.', false],
    ['de', 'Wie besprochen schicke ich Ihnen kostenlose Musterteile.', false],
    ['en', "Here's the free tool I mentioned in your workshop.", false],
  ]],
  [connectBait, 'positive', [
    ['en', "Connect with me and I'll send it over – no strings attached!", true],
    ['de', 'Vernetzen Sie sich mit mir und ich sende sie Ihnen gerne zu.', true],
    ['de', 'Einfach annehmen und ich sende Ihnen den Download-Link.', true],
    ['de', 'Ich schicke Ihnen die Studie gern, sobald wir vernetzt sind.', false],
    ['en', "I'll send the PPAP documents next week.", false],
  ]],
  [networkGrowth, 'positive', [
    ['en', "I'm looking to expand my network with like-minded professionals.", true],
    ['de', 'Gerne möchte ich mein Netzwerk erweitern.', true],
    ['de', 'Ich würde mich freuen, Sie in meinem persönlichen Netzwerk begrüßen zu dürfen.', true],
    ['de', 'Lass uns connecten!', false],
    ['en', 'Connecting here so I can share the 3D models more easily.', false],
    ['de', 'Hier die Kontaktanfrage wie gestern vereinbart.', false],
  ]],
  [connectCourtesy, 'positive', [
    ['de', 'Lass uns connecten!', true],
    ['de', 'Ich freue mich auf die Vernetzung!', true],
    ['en', "Let's connect!", true],
    ['en', 'Would love to connect.', true],
    ['en', 'Connecting here ahead of our quarterly review.', false],
    ['de', 'Ich freue mich auf das Treffen am Donnerstag.', false],
  ]],
  [vagueBenefit, 'positive', [
    ['de', 'Vielleicht ergeben sich Synergien für beide Seiten.', true],
    ['de', 'Das wird eine echte Win-Win-Situation!', true],
    ['en', 'Looking forward to mutually beneficial collaboration!', true],
    ['en', "Let's connect and support each other!", true],
    ['en', "Let's explore new opportunities together.", true],
    ['en', "I'm looking to explore new opportunities in finance.", false],
    ['en', 'Thanks for the quick reply on the RFQ.', false],
    ['de', 'Die Lieferung verzögert sich um eine Woche.', false],
  ]],
  [flattery, 'positive', [
    ['en', 'I came across your profile and was impressed by your background.', true],
    ['de', 'Ich bin auf Ihr interessantes Profil aufmerksam geworden.', true],
    ['de', 'Ihr Profil als Einkaufsleiterin in Köln hat mich beeindruckt.', true],
    ['en', 'Your talk on supplier portals was great.', false],
    ['de', 'Ihr Vortrag hat mir sehr gefallen.', false],
  ]],
  [looks, 'positive', [
    ['de', 'Entschuldigung, rein privat: Sie sind wirklich wunderschön.', true],
    ['de', 'Hübsch bist du, darf ich dich auf einen Kaffee einladen?', true],
    ['de', 'Was für ein bezauberndes Lächeln auf Ihrem Profilbild!', true],
    ['de', 'Hallo Schöne, magst du mit mir ausgehen?', true],
    ['de', 'Sie haben eine sehr sympathische Ausstrahlung und ein tolles Gesicht.', true],
    ['en', 'Sorry, not business related, but you are gorgeous.', true],
    ['en', 'What a stunning smile on your profile picture!', true],
    ['en', 'Hey beautiful, would you go out with me?', true],
    ['de', 'Wir bieten attraktive Konditionen für Ihren Einkauf.', false],
    ['de', 'Sind Sie an attraktiven Preisen interessiert?', false],
    ['de', 'Ich habe schon Ihr Foto vom Messestand gesehen.', false],
    ['de', 'Die Ausstrahlung der Sendung war am Dienstag.', false],
    ['de', 'Köln ist eine wunderschöne Stadt für die Messe.', false],
    ['en', 'Attractive pricing for mid-sized manufacturers.', false],
    ['en', 'Beautiful presentation at the supplier day, Katrin.', false],
    ['en', 'You are pretty busy this week, so no rush.', false],
  ]],
  [sharedContext, 'positive', [
    ['de', 'Wir sind beide Mitglied in der Gruppe „Mittelstand Netzwerk NRW“.', true],
    ['de', 'Wir sind in der gleichen Gruppe.', true],
    ['en', "We're both members of the Global Procurement Network group.", true],
    ['de', 'Ich kenne dich aus der Gruppe Einkäuferinnen NRW.', false],
    ['en', 'Fellow member of the alumni group here: you asked about Incoterms.', false],
  ]],
  [salesPitch, 'positive', [
    ['en', 'We help manufacturing companies cut supplier costs by 15-20%.', true],
    ['en', 'Open to a quick 15-min chat next week?', true],
    ['de', 'Gerne möchte ich Ihnen unsere Leistungen vorstellen.', true],
    ['de', 'Darf ich Ihnen eine kostenlose Demo zeigen?', true],
    ['en', 'Could we talk briefly about the joint audit?', false],
    ['de', 'Darf ich Sie diskret anrufen?', false],
  ]],
  [recruiterGeneric, 'positive', [
    ['en', "We're regularly working on exciting opportunities across Europe.", true],
    ['en', "I'm expanding my network with top talent in procurement.", true],
    ['de', 'Ich habe spannende Positionen für Sie.', true],
    ['en', "I'm recruiting a Head of Strategic Procurement near Düsseldorf.", false],
    ['de', 'Ich suche eine Leitung Einkauf für einen Kunden in Bonn.', false],
  ]],
  [defaultText, 'positive', [
    ['en', "I'd like to join your LinkedIn network.", true],
    ['en', "I'd like to add you to my professional network.", true],
    ['de', 'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.', true],
    ['en', "I'd like to ask you about your supplier portal.", false],
    ['de', 'Ich möchte Sie zum Arbeitskreis einladen.', false],
  ]],
  [legalName, 'positive', [
    ['en', 'Companies like Weber & Söhne Maschinenbau GmbH face rising costs.', true],
    ['de', 'als Einkaufsleiterin der Weber & Söhne Maschinenbau GmbH sind Sie wichtig', true],
    ['de', 'Ich bin jetzt bei Dahlmann Ventiltechnik.', false],
    ['en', "I'm the new account manager for Weber & Söhne.", false],
  ]],
];

describePhraseTable('phrase signals of collectors (table-driven, German and English)', TABLE);

describe('phrase signals: evidence', () => {
  it('quotes evidence verbatim and in whole words', () => {
    const r = run(vagueBenefit, req({ text: 'Hallo Frau Weber, vielleicht ergeben sich Synergien für beide Seiten.' }));
    expect(r!.evidence).toContain('Synergien');
    expect(r!.reason.subs[0]).toContain('für beide Seiten');
  });
});
