import { describe, expect, it } from 'vitest';
import { concreteDetail } from '../../../../utils/scoring/signals/concrete-detail';
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
import { priorContact } from '../../../../utils/scoring/signals/prior-contact';
import { profileVisit } from '../../../../utils/scoring/signals/profile-visit';
import { publicReference } from '../../../../utils/scoring/signals/public-reference';
import { recruiterGeneric } from '../../../../utils/scoring/signals/recruiter-generic';
import { referral } from '../../../../utils/scoring/signals/referral';
import { salesPitch } from '../../../../utils/scoring/signals/sales-pitch';
import { sharedContext } from '../../../../utils/scoring/signals/shared-context';
import { vagueBenefit } from '../../../../utils/scoring/signals/vague-benefit';
import type { Signal } from '../../../../utils/scoring/signals';
import { followUpBump, genericPersonalisation, introOffer, leadMagnet, meetingAsk, priceDeadline, salesClaim } from '../../../../utils/scoring/signals/pitch';
import { req, run } from '../helpers';

// [lang, note, fires?] — positive, negative and edge cases in German and English for every phrase signal.
type Case = [lang: 'de' | 'en', note: string, fires: boolean];

const TABLE: [Signal, 'positive' | 'negative', Case[]][] = [
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
  [priorContact, 'negative', [
    ['de', 'Hallo Frau Weber, wie besprochen. Viele Grüße', true],
    ['de', 'Danke für das Gespräch gestern!', true],
    ['de', 'Schön, Sie in Hannover getroffen zu haben.', true],
    ['en', 'Great meeting you at the Hannover Messe booth.', true],
    ['en', 'Thanks for the call yesterday, Katrin!', true],
    ['en', 'Hi Katrin, as discussed. Best, Mark', true],
    ['en', 'Thanks for applying for the buyer role; could you send your CV?', true],
    ['de', 'Vielen Dank für Ihre Bewerbung als Einkäuferin, ich melde mich morgen.', true],
    ['en', 'Apply now for our exciting opportunities!', false],
    ['de', 'Vielen Dank für Ihren Besuch auf meinem Profil!', false],
    ['en', 'Thanks for checking out my profile!', false],
    ['en', 'I came across your profile and would love to connect.', false],
    // A shared moment "today" counts; "today" as the time of an asked-for call, a call to act or a pleasantry does not.
    ['en', 'It was great talking to you today at the career fair.', true],
    ['de', 'Ihre Präsentation heute hat mir sehr gefallen.', true],
    ['en', 'Might you have a few minutes today for a brief call?', false],
    ['en', 'Sign up today and get started.', false],
    ['de', 'Hätten Sie heute kurz Zeit für ein Telefonat?', false],
    ['de', 'Melden Sie sich noch heute an!', false],
    // Meeting on the platform is no meeting.
    ['en', 'Nice to meet you on LinkedIn, hope you accept my request.', false],
    ['en', 'Nice to meet you at the fair, Katrin.', true],
  ]],
  [referral, 'negative', [
    ['en', 'Hans Dietrich suggested I reach out.', true],
    ['en', 'Zoe mentioned you had strong opinions :)', true],
    ['de', 'Herr Otten vom Einkäuferverband hat Sie mir empfohlen.', true],
    ['de', 'Prof. Lindner hat mir Ihren Namen genannt.', true],
    ['en', 'I heard from a mutual friend that you are building a sourcing team.', true],
    ['en', 'Katrin, I wanted to introduce you to Paul Becker, who runs quality at our plant.', true],
    ['en', 'You two should talk: same supplier, same headache.', true],
    ['de', 'Ich habe von einer Kollegin gehört, dass Sie Lieferanten für Gussteile suchen.', true],
    ['de', 'Ich möchte Ihnen meinen Kollegen Paul Becker vorstellen.', true],
    ['en', "I'd like to introduce you to our new supplier portal.", false],
    ['en', 'I heard from the market that prices are rising.', false],
    ['de', 'Ich möchte Ihnen unsere Lösungen vorstellen.', false],
    ['en', 'Looking forward to connecting with you.', false],
    ['de', 'Ich freue mich auf die Vernetzung.', false],
  ]],
  [publicReference, 'negative', [
    ['en', 'Your post on dual sourcing sparked a big discussion in our team.', true],
    ['de', 'Ihren Beitrag zu Preisgleitklauseln fand ich spannend.', true],
    ['en', 'I share daily tips on sales and leadership.', false],
    ['de', 'Ich teile täglich Tipps.', false],
  ]],
  [concreteDetail, 'negative', [
    ['de', 'Wir fertigen Drehteile bis Ø 65 mm.', true],
    ['en', 'The quote for the covers is in my email.', true],
    ['de', 'Ich schicke Ihnen das Angebot bis Freitag.', true],
    ['en', 'Would love to connect and share insights!', false],
    ['de', 'Lassen Sie uns vernetzen!', false],
    // The details of one role a search names; a recruiting blast names the title alone.
    ['en', 'The role reports to the board; reporting to the CFO, starting Q2 2027.', true],
    ['de', 'Die Position berichtet direkt an die Geschäftsführung, Start im Januar (Nachfolge).', true],
    ['en', 'We are hiring data engineers, apply now!', false],
    ['de', 'Wir suchen Entwickler, bewerben Sie sich jetzt!', false],
  ]],
  // Pitch and sequence signals: the project's own example sentences.
  [leadMagnet, 'positive', [
    ['de', 'Unser neuer Leitfaden zur Lieferantenbewertung wird Ihnen gefallen.', true],
    ['de', 'Gerne mache ich für Sie eine kostenlose Analyse Ihrer Beschaffung.', true],
    ['en', 'I put together a short checklist for procurement leads like you.', true],
    ['en', 'Start your free trial of our supplier portal today.', true],
    ['de', 'Danke für die Unterlagen zum Audit am Dienstag.', false],
    ['en', 'Thanks for the drawings, I will send the quote tomorrow.', false],
  ]],
  [priceDeadline, 'positive', [
    ['de', 'Der Early Bird Preis endet morgen um Mitternacht.', true],
    ['de', 'Nur diese Woche: 20 % Rabatt auf alle Seminare.', true],
    ['en', 'Early bird pricing ends Friday, only 5 seats left.', true],
    ['en', 'Use promo code SPRING for a discount on the masterclass.', true],
    ['de', 'Die Preisgleitklausel haben wir im Rahmenvertrag geregelt.', false],
    ['en', 'The price agreement for 2026 is attached as discussed.', false],
  ]],
  [meetingAsk, 'positive', [
    ['de', 'Hätten Sie nächste Woche 15 Minuten für mich?', true],
    ['de', 'Wie wäre ein kurzes Telefonat am Donnerstag?', true],
    ['en', 'Are you open to a quick call this week?', true],
    ['en', 'Feel free to book a call here: calendly.com/example', true],
    ['de', 'Vielen Dank für das Telefonat gestern.', false],
    ['en', 'Great speaking with you at the supplier day.', false],
  ]],
  [followUpBump, 'positive', [
    ['de', 'Hast du meine letzte Nachricht gesehen?', true],
    ['de', 'Ich hake hier noch einmal kurz nach.', true],
    ['en', 'Just following up on my note from last week.', true],
    ['en', 'Circling back on this in case it got buried.', true],
    ['de', 'Ich melde mich wegen des Termins im Februar.', false],
    ['en', 'Thanks for your reply about the samples.', false],
  ]],
  [salesClaim, 'positive', [
    ['de', '75 % der KMU verschenken hier Potenzial.', true],
    ['de', 'Unsere Kunden sparen im Schnitt 50.000 €/Jahr.', true],
    ['en', '80% of manufacturers overpay for logistics.', true],
    ['en', 'We helped a client cut freight costs by 30% in a quarter.', true],
    ['de', 'Die Teile mit Ø 65 mm kommen in KW 12.', false],
    ['en', 'We ordered 500 pcs for the pilot run.', false],
  ]],
  [genericPersonalisation, 'positive', [
    ['de', 'Als Einkaufsleiterin im Maschinenbau kennen Sie das sicher.', true],
    ['de', 'Ich spreche gerade mit Unternehmen aus der Region Köln.', true],
    ['en', 'As a purchasing leader in manufacturing, you know the pain.', true],
    ['en', 'I work with companies in the Cologne area on exactly this.', true],
    ['de', 'Ihr Vortrag in Frankfurt zu Lieferantenportalen war klasse.', false],
    ['en', 'Your post on dual sourcing of turned parts was spot on.', false],
  ]],
  [introOffer, 'positive', [
    ['de', 'Mein Name ist Jan, ich bin von Musterfirma. Gerne würde ich Ihnen unsere Leistungen vorstellen.', true],
    ['de', 'Ich bin Gründer von Beispiel AG. Hätten Sie 15 Minuten für ein kurzes Gespräch?', true],
    ['en', "My name is Sam, I'm with Example Ltd. We help manufacturers cut costs.", true],
    ['en', "I'm the founder of Example Inc. Are you open to a quick call?", true],
    ['de', 'Mein Name ist Jan, wir haben uns gestern am Stand getroffen.', false],
    ['en', 'Hi Katrin, my name is Sam, we met at Hannover Messe.', false],
  ]],
];

describe('phrase signals (table-driven, German and English)', () => {
  for (const [signal, direction, cases] of TABLE) {
    describe(signal.id, () => {
      it.each(cases)('%s: %s → %s', (lang, note, fires) => {
        const r = run(signal, req({ text: note, lang }));
        if (!fires) {
          expect(r).toBeNull();
          return;
        }
        expect(r).not.toBeNull();
        expect(r!.id).toBe(signal.id);
        expect(direction === 'positive' ? r!.weight > 0 : r!.weight < 0).toBe(true);
        expect(r!.reason.key).toMatch(/^(?:sig|score_sig)[A-Z]/);
        for (const part of (r!.evidence ?? '').split(' · ')) expect(note).toContain(part);
        expect(r!.reason.subs[0]!.length).toBeGreaterThan(0);
      });
    });
  }

  it('quotes evidence verbatim and in whole words', () => {
    const r = run(vagueBenefit, req({ text: 'Hallo Frau Weber, vielleicht ergeben sich Synergien für beide Seiten.' }));
    expect(r!.evidence).toContain('Synergien');
    expect(r!.reason.subs[0]).toContain('für beide Seiten');
  });
});
