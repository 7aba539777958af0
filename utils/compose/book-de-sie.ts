import type { Book } from './template-types';
import { opt, req, upperFirst } from './template-types';

/**
 * German, "Sie". Written by hand, not translated: dative after "auf/bei/in" comes from facts.eventAtDe; quoted
 * facts („…“) keep free text out of the sentence's grammar; "Sie/Ihnen/Ihr" capitalised; no "du" forms.
 * Sentences start with a capital; compose.ts lowercases the first word after the greeting's comma.
 */
export const DE_SIE: Book = {
  greeting: (f) => `Guten Tag ${f.name},`,
  closing: (f) => ['Viele Grüße', f.me.name],
  situations: {
    'after-meeting': [
      (f) => [
        req(`Danke für das Gespräch ${f.eventAtDe}.`),
        opt(f.topic && `Das Thema „${f.topic}“ würde ich gern mit Ihnen vertiefen.`),
        opt(f.wants && `Sie suchen „${f.wants}“: Dazu tausche ich mich gern mit Ihnen aus.`),
        req('Bleiben wir in Kontakt?'),
      ],
      (f) => [
        req(`Schön, dass wir uns ${f.eventAtDe} ${f.dayDe} kennengelernt haben.`),
        opt(f.topic && `Auf Ihren Punkt „${f.topic}“ komme ich gern zurück.`),
        opt(f.company && `Ich bin gespannt, wie es bei ${f.company} weitergeht.`),
        req('Darf ich mich in den nächsten Tagen bei Ihnen melden?'),
      ],
      (f) => [
        req(`Danke noch einmal für das gute Gespräch ${f.eventAtDe}.`),
        opt(f.wants && `Unter „Ich suche“ nennen Sie „${f.wants}“ – dazu hätte ich ein paar Fragen.`),
        opt(f.topic && `Ihr Hinweis zu „${f.topic}“ war für mich sehr hilfreich.`),
        req('Wann passt es Ihnen für ein Telefonat?'),
      ],
    ],
    'answer-request': [
      (f) => [
        req(f.requestNote ? 'Danke für Ihre Anfrage und Ihre freundlichen Zeilen.' : 'Danke für Ihre Anfrage, die ich gern angenommen habe.'),
        opt(f.eventAtDe && `Wir haben uns ja ${f.eventAtDe} kennengelernt.`),
        opt(f.wants && `Sie suchen „${f.wants}“: Erzählen Sie mir gern, worum es genau geht.`),
        opt(!f.wants && f.company && `Woran arbeiten Sie bei ${f.company} derzeit?`),
        req('Was kann ich für Sie tun?'),
      ],
      (f) => [
        req('Ihre Anfrage habe ich gern angenommen.'),
        opt(f.haves && `Ihr Angebot „${f.haves}“ klingt für mich interessant.`),
        opt(f.wants && `Und zu „${f.wants}“ kenne ich vielleicht jemanden.`),
        opt(f.eventAtDe && `Wir hatten uns ${f.eventAtDe} kurz gesprochen, richtig?`),
        opt(f.headline && !f.wants && !f.haves && `Ich habe mir Ihr Profil („${f.headline}“) gern angesehen.`),
        req('Worum geht es Ihnen bei unserer Vernetzung?'),
      ],
      (f) => [
        req(f.requestNote ? 'Vielen Dank für Ihre Nachricht zur Anfrage.' : 'Vielen Dank für Ihre Anfrage.'),
        opt(f.wants && `Ich habe gesehen, dass Sie „${f.wants}“ suchen.`),
        opt(f.company && `Spannend, was Sie bei ${f.company} machen.`),
        opt(!f.wants && !f.company && f.eventAtDe && `Wir kennen uns ja ${f.eventAtDe}.`),
        req('Haben Sie ein konkretes Anliegen, bei dem ich helfen kann?'),
      ],
    ],
    'accept-thanks': [
      (f) => [
        req('Danke für Ihre Anfrage, ich habe sie gern angenommen.'),
        opt(f.wants && `Zu „${f.wants}“ melde ich mich, wenn mir jemand Passendes begegnet.`),
        opt(!f.wants && f.company && `Was Sie bei ${f.company} machen, interessiert mich.`),
        opt(!f.wants && !f.company && f.headline && `Ihr Profil als „${f.headline}“ hat mich neugierig gemacht.`),
        opt(!f.wants && !f.company && !f.headline && f.eventAtDe && `Schön, dass wir uns ${f.eventAtDe} begegnet sind.`),
        req('Wie sind Sie auf mich gekommen?'),
      ],
      (f) => [
        req('Vielen Dank für die Vernetzung.'),
        opt(f.company && `Ich verfolge gern, was sich bei ${f.company} tut.`),
        opt(f.wants && `Falls ich zu „${f.wants}“ etwas höre, sage ich Bescheid.`),
        opt(!f.wants && !f.company && f.eventAtDe && `Unser Gespräch ${f.eventAtDe} habe ich noch gut im Kopf.`),
        req('Gibt es ein Thema, bei dem wir uns gegenseitig weiterhelfen können?'),
      ],
      (f) => [
        req('Schön, dass wir jetzt auch hier verbunden sind.'),
        opt(f.eventAtDe && `Unser Gespräch ${f.eventAtDe} ist mir in guter Erinnerung.`),
        opt(f.wants && `Sie suchen „${f.wants}“ – ich halte die Augen offen.`),
        opt(!f.wants && f.company && `Woran arbeiten Sie bei ${f.company} gerade?`),
        req('Was steht bei Ihnen gerade an?'),
      ],
    ],
    'thank-visitor': [
      (f) => [
        req('Sie haben neulich bei mir vorbeigeschaut – danke dafür.'),
        opt(f.company && `Ich sehe, Sie sind bei ${f.company}.`),
        opt(!f.company && f.headline && `Ich sehe, Sie arbeiten als „${f.headline}“.`),
        opt(f.me.links.length > 0 && `Mehr über meine Arbeit: ${f.me.links.join(' ')}`),
        req('Kann ich Ihnen bei etwas weiterhelfen?'),
      ],
      (f) => [
        req('Danke für Ihr Interesse an meinem Profil.'),
        opt(f.wants && `Sie suchen „${f.wants}“ – passt das zu dem, was ich mache?`),
        opt(!f.wants && f.company && `Ich sehe, Sie sind bei ${f.company}.`),
        opt(f.me.links.length > 0 && `Wenn Sie mögen, finden Sie hier mehr: ${f.me.links.join(' ')}`),
        req('Gibt es etwas, das ich für Sie tun kann?'),
      ],
      (f) => [
        req(f.company ? `Freut mich, dass jemand von ${f.company} bei mir vorbeigeschaut hat.` : 'Freut mich, dass Sie bei mir vorbeigeschaut haben.'),
        opt(!f.company && f.headline && `Ich sehe, Sie arbeiten als „${f.headline}“.`),
        opt(f.me.links.length > 0 && `Hier finden Sie mehr über meine Arbeit: ${f.me.links.join(' ')}`),
        req('Was hat Sie zu mir geführt?'),
      ],
    ],
    'ask-introduction': [
      (f) => [
        opt(f.company && `Ich hoffe, bei ${f.company} läuft alles gut.`),
        req(`Sie kennen ${f.intro!.name}${f.intro!.headline ? ` („${f.intro!.headline}“)` : ''}.`),
        opt(f.intro!.why && `Mein Anliegen: ${upperFirst(f.intro!.why)}.`),
        req(`Würden Sie mich mit ${f.intro!.name} bekannt machen?`),
        req('Welcher Weg ist Ihnen lieber: eine kurze Vorstellung hier oder ein gemeinsamer Termin?'),
        req(`Eine E-Mail-Adresse geben Sie bitte nur weiter, wenn ${f.intro!.name} einverstanden ist.`),
      ],
      (f) => [
        req(`Ich würde gern ${f.intro!.name} kennenlernen und habe gesehen, dass Sie beide verbunden sind.`),
        opt(f.intro!.why && `Es geht mir um Folgendes: ${upperFirst(f.intro!.why)}.`),
        req('Wären Sie bereit, den Kontakt herzustellen? Und auf welchem Weg passt es Ihnen am besten?'),
        req(`Per E-Mail bitte nur, wenn ${f.intro!.name} zugestimmt hat.`),
      ],
      (f) => [
        req(`Ich habe eine Bitte: Könnten Sie mich ${f.intro!.name} vorstellen?`),
        opt(f.intro!.why && `Der Grund: ${upperFirst(f.intro!.why)}.`),
        opt(f.intro!.headline && `Als „${f.intro!.headline}“ wäre ${f.intro!.name} für mich genau die richtige Ansprechperson.`),
        req('Wie wäre es Ihnen am liebsten – per Nachricht hier oder in einem kurzen gemeinsamen Gespräch?'),
        req(`Kontaktdaten wie die E-Mail-Adresse bitte nur mit dem Einverständnis von ${f.intro!.name}.`),
      ],
    ],
    revive: [
      (f) => [
        req(f.eventAtDe ? `Wir haben uns ${f.eventAtDe} ${f.monthDe} gesprochen – das ist schon eine Weile her.` : 'Wir haben lange nichts voneinander gehört.'),
        opt(f.company && `Wie läuft es bei ${f.company}?`),
        opt(f.wants && `Ist „${f.wants}“ bei Ihnen noch aktuell?`),
        req('Was gibt es Neues bei Ihnen?'),
      ],
      (f) => [
        req(f.topic ? `Ich musste neulich an unser Gespräch über „${f.topic}“ denken.` : 'Ich musste neulich an Sie denken.'),
        opt(f.eventAtDe && `Das war ${f.eventAtDe}, ${f.monthDe}.`),
        opt(f.wants && `Suchen Sie noch „${f.wants}“?`),
        req('Wie geht es Ihnen, und woran arbeiten Sie gerade?'),
      ],
      (f) => [
        req('Es ist eine Weile her, seit wir zuletzt Kontakt hatten.'),
        opt(f.eventAtDe && `Zuletzt haben wir uns ${f.eventAtDe} gesehen.`),
        opt(f.company && `Sind Sie noch bei ${f.company}?`),
        opt(!f.company && f.headline && `Sind Sie noch als „${f.headline}“ unterwegs?`),
        req('Hätten Sie Lust auf einen Austausch in den nächsten Wochen?'),
      ],
    ],
  },
};
