import type { Book } from './template-types';
import { opt, req, upperFirst } from './template-types';

/**
 * German, "Du". Written by hand next to the Sie book, not derived from it: the informal register changes word
 * choice, not only pronouns. "du/dich/dir/dein" lower case (current spelling); no Sie forms.
 */
export const DE_DU: Book = {
  greeting: (f) => `Hallo ${f.firstName},`,
  closing: (f) => ['Viele Grüße', f.me.firstName],
  situations: {
    'after-meeting': [
      (f) => [
        req(`Danke für das Gespräch ${f.eventAtDe}.`),
        opt(f.topic && `Das Thema „${f.topic}“ würde ich gern mit dir vertiefen.`),
        opt(f.wants && `Du suchst „${f.wants}“: Dazu tausche ich mich gern mit dir aus.`),
        req('Lass uns in Kontakt bleiben!'),
      ],
      (f) => [
        req(`Schön, dass wir uns ${f.eventAtDe} ${f.dayDe} kennengelernt haben.`),
        opt(f.topic && `Auf deinen Punkt „${f.topic}“ komme ich gern zurück.`),
        opt(f.company && `Ich bin gespannt, wie es bei ${f.company} weitergeht.`),
        req('Darf ich mich in den nächsten Tagen bei dir melden?'),
      ],
      (f) => [
        req(`Danke noch einmal für das gute Gespräch ${f.eventAtDe}.`),
        opt(f.wants && `Unter „Ich suche“ nennst du „${f.wants}“ – dazu hätte ich ein paar Fragen.`),
        opt(f.topic && `Dein Hinweis zu „${f.topic}“ war für mich sehr hilfreich.`),
        req('Wann passt es dir für ein Telefonat?'),
      ],
    ],
    'answer-request': [
      (f) => [
        req(f.requestNote ? 'Danke für deine Anfrage und deine netten Zeilen.' : 'Danke für deine Anfrage, die ich gern angenommen habe.'),
        opt(f.eventAtDe && `Wir haben uns ja ${f.eventAtDe} kennengelernt.`),
        opt(f.wants && `Du suchst „${f.wants}“: Erzähl mir gern, worum es genau geht.`),
        opt(!f.wants && f.company && `Woran arbeitest du bei ${f.company} gerade?`),
        req('Was kann ich für dich tun?'),
      ],
      (f) => [
        req('Deine Anfrage habe ich gern angenommen.'),
        opt(f.haves && `Dein Angebot „${f.haves}“ klingt für mich interessant.`),
        opt(f.wants && `Und zu „${f.wants}“ kenne ich vielleicht jemanden.`),
        opt(f.eventAtDe && `Wir hatten uns ${f.eventAtDe} kurz gesprochen, oder?`),
        opt(f.headline && !f.wants && !f.haves && `Ich habe mir dein Profil („${f.headline}“) gern angesehen.`),
        req('Worum geht es dir bei unserer Vernetzung?'),
      ],
      (f) => [
        req(f.requestNote ? 'Vielen Dank für deine Nachricht zur Anfrage.' : 'Vielen Dank für deine Anfrage.'),
        opt(f.wants && `Ich habe gesehen, dass du „${f.wants}“ suchst.`),
        opt(f.company && `Spannend, was du bei ${f.company} machst.`),
        opt(!f.wants && !f.company && f.eventAtDe && `Wir kennen uns ja ${f.eventAtDe}.`),
        req('Hast du ein konkretes Anliegen, bei dem ich helfen kann?'),
      ],
    ],
    'accept-thanks': [
      (f) => [
        req('Danke für deine Anfrage, ich habe sie gern angenommen.'),
        opt(f.wants && `Zu „${f.wants}“ melde ich mich, wenn mir jemand Passendes begegnet.`),
        opt(!f.wants && f.company && `Was du bei ${f.company} machst, interessiert mich.`),
        opt(!f.wants && !f.company && f.headline && `Dein Profil als „${f.headline}“ hat mich neugierig gemacht.`),
        opt(!f.wants && !f.company && !f.headline && f.eventAtDe && `Schön, dass wir uns ${f.eventAtDe} begegnet sind.`),
        req('Wie bist du auf mich gekommen?'),
      ],
      (f) => [
        req('Danke fürs Vernetzen!'),
        opt(f.company && `Ich verfolge gern, was sich bei ${f.company} tut.`),
        opt(f.wants && `Falls ich zu „${f.wants}“ etwas höre, sage ich dir Bescheid.`),
        opt(!f.wants && !f.company && f.eventAtDe && `Unser Gespräch ${f.eventAtDe} habe ich noch gut im Kopf.`),
        req('Gibt es ein Thema, bei dem wir uns gegenseitig weiterhelfen können?'),
      ],
      (f) => [
        req('Schön, dass wir jetzt auch hier verbunden sind.'),
        opt(f.eventAtDe && `Unser Gespräch ${f.eventAtDe} ist mir in guter Erinnerung.`),
        opt(f.wants && `Du suchst „${f.wants}“ – ich halte die Augen offen.`),
        opt(!f.wants && f.company && `Woran arbeitest du bei ${f.company} gerade?`),
        req('Was steht bei dir gerade an?'),
      ],
    ],
    'thank-visitor': [
      (f) => [
        req('Du hast neulich bei mir vorbeigeschaut – danke dafür.'),
        opt(f.company && `Ich sehe, du bist bei ${f.company}.`),
        opt(!f.company && f.headline && `Ich sehe, du arbeitest als „${f.headline}“.`),
        opt(f.me.links.length > 0 && `Mehr über meine Arbeit: ${f.me.links.join(' ')}`),
        req('Kann ich dir bei etwas weiterhelfen?'),
      ],
      (f) => [
        req('Danke für dein Interesse an meinem Profil.'),
        opt(f.wants && `Du suchst „${f.wants}“ – passt das zu dem, was ich mache?`),
        opt(!f.wants && f.company && `Ich sehe, du bist bei ${f.company}.`),
        opt(f.me.links.length > 0 && `Wenn du magst, findest du hier mehr: ${f.me.links.join(' ')}`),
        req('Gibt es etwas, das ich für dich tun kann?'),
      ],
      (f) => [
        req(f.company ? `Freut mich, dass jemand von ${f.company} bei mir vorbeigeschaut hat.` : 'Freut mich, dass du bei mir vorbeigeschaut hast.'),
        opt(!f.company && f.headline && `Ich sehe, du arbeitest als „${f.headline}“.`),
        opt(f.me.links.length > 0 && `Hier findest du mehr über meine Arbeit: ${f.me.links.join(' ')}`),
        req('Was hat dich zu mir geführt?'),
      ],
    ],
    'ask-introduction': [
      (f) => [
        opt(f.company && `Ich hoffe, bei ${f.company} läuft alles gut.`),
        req(`Du kennst ${f.intro!.name}${f.intro!.headline ? ` („${f.intro!.headline}“)` : ''}.`),
        opt(f.intro!.why && `Mein Anliegen: ${upperFirst(f.intro!.why)}.`),
        req(`Würdest du mich mit ${f.intro!.name} bekannt machen?`),
        req('Welcher Weg ist dir lieber: eine kurze Vorstellung hier oder ein gemeinsamer Termin?'),
        req(`Eine E-Mail-Adresse gib bitte nur weiter, wenn ${f.intro!.name} einverstanden ist.`),
      ],
      (f) => [
        req(`Ich würde gern ${f.intro!.name} kennenlernen und habe gesehen, dass ihr verbunden seid.`),
        opt(f.intro!.why && `Es geht mir um Folgendes: ${upperFirst(f.intro!.why)}.`),
        req('Magst du den Kontakt herstellen? Und auf welchem Weg passt es dir am besten?'),
        req(`Per E-Mail bitte nur, wenn ${f.intro!.name} zugestimmt hat.`),
      ],
      (f) => [
        req(`Ich habe eine Bitte: Könntest du mich ${f.intro!.name} vorstellen?`),
        opt(f.intro!.why && `Der Grund: ${upperFirst(f.intro!.why)}.`),
        opt(f.intro!.headline && `Als „${f.intro!.headline}“ wäre ${f.intro!.name} für mich genau die richtige Ansprechperson.`),
        req('Wie wäre es dir am liebsten – per Nachricht hier oder in einem kurzen gemeinsamen Gespräch?'),
        req(`Kontaktdaten wie die E-Mail-Adresse bitte nur mit dem Einverständnis von ${f.intro!.name}.`),
      ],
    ],
    revive: [
      (f) => [
        req(f.eventAtDe ? `Wir haben uns ${f.eventAtDe} ${f.monthDe} gesprochen – das ist schon eine Weile her.` : 'Wir haben lange nichts voneinander gehört.'),
        opt(f.company && `Wie läuft es bei ${f.company}?`),
        opt(f.wants && `Ist „${f.wants}“ bei dir noch aktuell?`),
        req('Was gibt es Neues bei dir?'),
      ],
      (f) => [
        req(f.topic ? `Ich musste neulich an unser Gespräch über „${f.topic}“ denken.` : 'Ich musste neulich an dich denken.'),
        opt(f.eventAtDe && `Das war ${f.eventAtDe}, ${f.monthDe}.`),
        opt(f.wants && `Suchst du noch „${f.wants}“?`),
        req('Wie geht es dir, und woran arbeitest du gerade?'),
      ],
      (f) => [
        req('Es ist eine Weile her, seit wir zuletzt Kontakt hatten.'),
        opt(f.eventAtDe && `Zuletzt haben wir uns ${f.eventAtDe} gesehen.`),
        opt(f.company && `Bist du noch bei ${f.company}?`),
        opt(!f.company && f.headline && `Bist du noch als „${f.headline}“ unterwegs?`),
        req('Hast du Lust auf einen Austausch in den nächsten Wochen?'),
      ],
    ],
  },
};
