import { concreteDetail } from '../../../../utils/scoring/signals/concrete-detail';
import { priorContact } from '../../../../utils/scoring/signals/prior-contact';
import { publicReference } from '../../../../utils/scoring/signals/public-reference';
import { referral } from '../../../../utils/scoring/signals/referral';
import { describePhraseTable, type PhraseTable } from './phrase-table';

const TABLE: PhraseTable = [
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
];

describePhraseTable('phrase signals of a personal note (table-driven, German and English)', TABLE);
