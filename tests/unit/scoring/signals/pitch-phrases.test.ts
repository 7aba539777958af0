import { followUpBump, genericPersonalisation, introOffer, leadMagnet, meetingAsk, priceDeadline, salesClaim } from '../../../../utils/scoring/signals/pitch';
import { describePhraseTable, type PhraseTable } from './phrase-table';

const TABLE: PhraseTable = [
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

describePhraseTable('pitch and sequence phrase signals (table-driven, German and English)', TABLE);
