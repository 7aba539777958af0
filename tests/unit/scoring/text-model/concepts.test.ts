import { describe, expect, it } from 'vitest';
import { structureFeatures } from '../../../../utils/scoring/text-model/concepts';
import { conceptsIn, textFeatures } from '../../../../utils/scoring/text-model/features';
import { foldWithMap } from '../../../../utils/scoring/text/fold-map';

// The same concept in German and English: a weight learned on one language applies to the other.
const PAIRS: [concept: string, de: string, en: string][] = [
  ['lead-magnet', 'Ich schicke Ihnen gern unseren Leitfaden.', 'Happy to send you our guide.'],
  ['free', 'Das ist für Sie kostenlos.', 'This is completely free for you.'],
  ['price-deadline', 'Der Early Bird endet morgen.', 'Early bird pricing ends tomorrow.'],
  ['meeting-ask', 'Hätten Sie 15 Minuten für ein kurzes Telefonat?', 'Do you have time for a quick call?'],
  ['follow-up-bump', 'Haben Sie meine letzte Nachricht gesehen?', 'Just following up on my last message.'],
  ['sales-claim', '75 % der Einkäufer zahlen zu viel.', '75% of buyers overpay.'],
  ['network-growth', 'Ich möchte mein Netzwerk erweitern.', 'I would like to expand my network.'],
  ['synergy', 'Ich sehe Synergien zwischen uns.', 'I see synergies between us.'],
  ['self-intro', 'Mein Name ist Jan und ich leite ein Team.', 'My name is Sam from Example Ltd.'],
  ['thanks-connect', 'Herzlichen Dank für die Vernetzung!', 'Thank you so much for connecting!'],
  ['follow-posts', 'Ich werde Ihre Beiträge gerne verfolgen.', 'I look forward to following your posts.'],
  ['personal-memory', 'Schön, dass wir uns gestern getroffen haben.', 'Great to see you yesterday at the fair.'],
  ['network-growth', 'Derzeit baue ich mein regionales Netzwerk im Vertrieb aus.', 'I am building my network in sales.'],
  ['named-referrer', 'Frau Otten hat mir Ihren Kontakt empfohlen.', 'Tom suggested that I reach out to you.'],
  ['shared-past', 'Wir haben damals zusammen bei Bosch gearbeitet.', 'We both worked at Acme as interns.'],
  ['their-work', 'Ihr Beitrag über Lieferketten hat mir gefallen.', 'I enjoyed your recent post on supply chains.'],
  ['applied', 'Ich habe mich letzte Woche auf die Stelle beworben.', 'I applied for the analyst position last week.'],
  ['congrats', 'Herzlichen Glückwunsch zur neuen Stelle!', 'Congratulations on the new role!'],
  ['looks', 'Sie haben ein sehr attraktives Lächeln.', 'You have a beautiful smile.'],
  ['introduces-person', 'Ich möchte Ihnen meinen Kollegen Herrn Brandt vorstellen.', 'I would like to introduce you to my colleague Dana.'],
  ['asks-favour', 'Darf ich Sie um einen Gefallen bitten?', 'Could I ask you a favour?'],
  ['asks-favour', 'Würden Sie meinen Lebenslauf intern weiterleiten?', 'Would you forward my resume to the hiring team?'],
  ['applied', 'Danke, dass Sie sich bei uns beworben haben.', 'Thanks for applying with us.'],
  ['personal-memory', 'Wie besprochen schicke ich Ihnen die Unterlagen.', "It's been a long time since the days at the old office!"],
  ['we-provide', 'Wir bieten erfahrene Entwickler für Ihr Projekt.', 'We provide dedicated developers for your project.'],
  ['we-provide', 'Ich kann Ihnen bei der Buchhaltung helfen.', 'I can help with your bookkeeping.'],
  ['interest-closer', 'Hätten Sie Interesse an einem Austausch?', 'Would you be interested in learning more?'],
  ['interest-closer', 'Bei Interesse melden Sie sich gern.', 'If interested, reply with your number.'],
  ['thanks-connect', 'Schön, dass Sie mich in Ihr Netzwerk aufgenommen haben.', 'Thanks for adding me to your network.'],
  ['thanks-connect', 'Ich freue mich, dass du mich als Kontakt hinzugefügt hast.', 'So glad that you accepted me here.'],
  ['offer', 'Ich bin offen für neue Möglichkeiten im Vertrieb.', 'I am open to new opportunities in sales.'],
  ['offer', 'Gern halte ich Sie über zukünftige Chancen auf dem Laufenden.', 'I will keep you posted on future opportunities.'],
  ['offer', 'Ich hätte da eine Geschäftsmöglichkeit für Sie.', 'I have a business opportunity for you.'],
  ['thanks-connect', 'Schön, mit Ihnen hier vernetzt zu sein.', 'It is nice connecting with you here.'],
  ['job-hunt', 'Könnten Sie mich für eine Stelle empfehlen?', 'Could you refer me for the analyst role?'],
  ['asks-favour', 'Könnten Sie mir einen Steuerberater empfehlen?', 'Could I ask you a favour?'],
  ['your-profile', 'Ihr Profil hat mich sofort angesprochen.', 'Your profile really stood out to me.'],
  ['your-profile', 'Mit Ihrer langjährigen Erfahrung im Einkauf …', 'With your strong background in finance …'],
  ['hiring-pitch', 'Wir suchen derzeit einen Entwickler in Köln.', 'We are currently hiring backend developers in Leeds.'],
  ['hiring-pitch', 'Für einen Kunden suche ich eine Einkaufsleitung.', 'I have a sales role open with my client in Bristol.'],
  ['hiring-pitch', 'Sie können Ihren Lebenslauf gern an mich senden.', 'Please share your resume if you are keen.'],
  ['hiring-pitch', 'Mein Kunde sucht einen Vertriebsleiter in Hamburg.', 'My client is seeking a sales lead in Leeds.'],
  ['hiring-pitch', 'Schicken Sie mir einfach Ihren Lebenslauf.', 'Send me your CV or submit your resume here.'],
  ['qualify-question', 'Arbeiten Sie auch mit externen Trainern?', 'Do you also work with outside trainers?'],
  ['qualify-question', 'Haben Sie schon einmal über eine eigene Akademie nachgedacht?', 'Have you ever thought about your own academy?'],
  ['qualify-question', 'Suchen Sie derzeit nach einem neuen Lieferanten?', 'Are you currently looking for a new supplier?'],
  ['qualify-question', 'Wäre das hilfreich für Ihr Team?', 'Would it be useful to see a few examples?'],
  ['mutual-hook', 'Wir haben viele gemeinsame Kontakte.', 'We have a lot of mutual connections.'],
  ['mutual-hook', 'Wir sind beide Mitglied der Gruppe Einkauf.', 'We are both members of the Procurement group.'],
  ['mutual-hook', 'Wir arbeiten in der gleichen Branche.', 'I noticed we both have an interest in leadership.'],
  // Asking for guidance or tips is a favour for the sender; a product introduced is still an offer.
  ['asks-favour', 'Könnten Sie mir ein paar Tipps für den Einstieg geben?', 'Could you share some tips on getting started?'],
  ['asks-favour', 'Können Sie mich bei der Wahl des Kurses beraten?', 'Please guide me on which course to take.'],
  ['offer', 'Ich möchte Ihnen unsere neue Plattform vorstellen.', "I'd like to introduce you to our new platform."],
  ['asks-favour', 'Könnten Sie mir Ihre Einschätzung zu dem Kurs geben?', 'Could you please share your experience with the course?'],
  // Adding the recipient to the sender's contacts, or wanting contacts of any kind, is growing a network.
  ['network-growth', 'Ich würde Sie gern zu meinen Kontakten hinzufügen.', 'I would like to add you to my contacts.'],
  ['network-growth', 'Ich bin immer auf der Suche nach neuen Kontakten.', 'I am always keen to connect with new people.'],
  ['flattery', 'Was für ein starkes Profil!', 'What an excellent profile!'],
];

// A word that also names an offer in other senses must not fire on its everyday use.
const NOT: [concept: string, text: string][] = [
  ['offer', 'Ich melde mich bei Gelegenheit wieder.'],
  ['offer', "I'd welcome the opportunity to discuss the role further."],
  ['thanks-connect', 'Great to connect at the fair last week.'],
  ['asks-favour', 'Könnten Sie mich für eine Stelle empfehlen?'],
  ['asks-favour', 'Could you refer me for the analyst role?'],
  ['offer', 'Leider hatte ich keine Möglichkeit, vorbeizukommen.'],
  ['thanks-connect', 'Ich hoffe, Sie erinnern sich an mich.'],
  ['your-profile', 'Ich würde gern mehr über Ihre Erfahrung bei Bosch erfahren.'],
  ['your-profile', 'I would love to learn about your experience at Acme.'],
  // The job seeker's own search and the recruiter who thanks an applicant are not someone filling a role.
  ['hiring-pitch', 'Ich suche eine neue Stelle im Vertrieb.'],
  ['hiring-pitch', 'I am looking for a new role in data analytics.'],
  ['hiring-pitch', 'Würden Sie meinen Lebenslauf an die Personalabteilung weiterleiten?'],
  ['hiring-pitch', 'Could I send my resume to your hiring manager?'],
  ['hiring-pitch', 'Gern sende ich Ihnen meinen Lebenslauf zu.'],
  ['hiring-pitch', 'I can share my resume if that helps.'],
  // A question about a matter the two share, or asking for time, is not the seller's discovery question.
  ['qualify-question', 'Haben Sie nächste Woche Zeit für ein Telefonat?'],
  ['qualify-question', 'Do you have time for a call next week?'],
  ['qualify-question', 'Sind Sie am Dienstag auf der Messe?'],
  ['qualify-question', 'Did you end up going to the webinar?'],
  // Having worked or studied together is shared history, not a hook.
  ['mutual-hook', 'Wir haben damals beide bei Bosch gearbeitet.'],
  ['mutual-hook', 'We both worked at Acme in 2019.'],
  // "guide" as a verb is a request for help, not a guide on offer; tips on offer are no favour asked.
  ['lead-magnet', 'Please guide me on which course to take.'],
  ['lead-magnet', 'Could you guide us through the setup?'],
  ['asks-favour', 'Gern gebe ich Ihnen ein paar Tipps zur Förderung.'],
  ['asks-favour', "I'd be happy to give you some free tips."],
  // The seller who wants feedback on their own product, or a phone number, asks no favour of the recipient.
  ['asks-favour', "I'd love to hear your feedback on our new tool."],
  ['asks-favour', 'Could you share your mobile number for a quick call?'],
  // The sender's own strengths, or asking to be added to someone else's list, flatter no one and grow nothing.
  ['flattery', 'I have a strong background in finance.'],
  ['flattery', 'Wir haben ein starkes Team im Einkauf.'],
  ['network-growth', 'Könnten Sie mich Ihren Kontakten im Einkauf vorstellen?'],
  ['network-growth', 'Could you add me to the mailing list?'],
  // Introducing the recipient to a person is a go-between's favour, not something on offer.
  ['offer', 'Ich möchte Ihnen meinen Kollegen Herrn Brandt vorstellen.'],
  ['offer', 'I would like to introduce you to my colleague Dana.'],
  ['offer', 'Could you introduce me to your purchasing lead?'],
  ['introduces-person', "I'd love to introduce you to our new platform."],
];

describe('bilingual concept lexicon', () => {
  it.each(PAIRS)('%s fires in German and English', (concept, de, en) => {
    expect(conceptsIn(de)).toContain(concept);
    expect(conceptsIn(en)).toContain(concept);
  });

  it.each(NOT)('%s does not fire on "%s"', (concept, text) => {
    expect(conceptsIn(text)).not.toContain(concept);
  });

  it('marks a self-introduction followed by an offer', () => {
    expect(conceptsIn('Mein Name ist Jan, gerne stelle ich Ihnen unsere Lösung vor.')).toContain('intro+offer');
    expect(conceptsIn('Mein Name ist Jan, wir haben uns gestern getroffen.')).not.toContain('intro+offer');
  });

  it("does not read an offer to introduce the sender's own product as introducing a person", () => {
    expect(conceptsIn('Ich möchte Ihnen unsere Lösung vorstellen.')).not.toContain('introduces-person');
    expect(conceptsIn("I'd like to introduce myself and our company.")).not.toContain('introduces-person');
  });

  it('reads nothing from an empty note and is deterministic', () => {
    expect(textFeatures('  ').features).toEqual([]);
    expect(textFeatures('Hallo Frau Weber, kurzes Telefonat?')).toEqual(textFeatures('Hallo Frau Weber, kurzes Telefonat?'));
  });

  it.each([
    ['Schreiben Sie mir gern an anna.weber@firma.de.', false],
    ['Reach me at j.smith+work@example.co.uk any time.', false],
    ['Mehr unter www.beispiel.de', true],
    ['Book here: https://calendly.com/x/15min', true],
    ['Details on acme.io, or write to hi@acme.io', true],
    // A member's profile address points to a person (a signature, someone introduced), not to an offer.
    ['Mein Kollege: https://www.linkedin.com/in/jan-beispiel', false],
    ['Here is her profile: de.linkedin.com/in/dana-example', false],
    ['Mein Profil: https://www.xing.com/profile/Jan_Beispiel', false],
    ['Follow our page: https://www.linkedin.com/company/acme', true],
    ['My profile linkedin.com/in/sam and our demo: https://acme.io/demo', true],
  ])('reads "%s" as a link: %s (an e-mail or profile address is none)', (text, link) => {
    expect(structureFeatures(foldWithMap(text).folded).includes('link')).toBe(link);
  });

  // Whom a note is about, the same in both languages: mostly the recipient, mostly the sender, or even.
  it.each([
    ['Sie haben ein starkes Profil. Ihre Erfahrung passt zu Ihnen und Ihrem Team.', 'about:you'],
    ['You have a great profile and your team will love it, your call.', 'about:you'],
    ['Ich bin Data Engineer und baue mein Netzwerk aus, ich freue mich.', 'about:me'],
    ['I am a data engineer and I would love to grow my network.', 'about:me'],
    ['Ich danke Ihnen.', 'about:even'],
    ['Im Einkauf ist im Moment viel los.', 'about:even'],
    ['Thank you, I agree.', 'about:even'],
  ])('reads "%s" as %s', (text, about) => {
    expect(structureFeatures(foldWithMap(text).folded)).toContain(about);
  });
});
