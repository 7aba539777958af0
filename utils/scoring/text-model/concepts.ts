import { E_MAIL_ADDRESSES } from '../text/normalize';

/** A member's profile address on LinkedIn or XING. */
const MEMBER_PROFILES = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:www\.)?(?:linkedin\.com\/in|xing\.com\/profile)\/\S*/g;

/**
 * The bilingual concept lexicon: one concept, its German and English surface forms. The text model sees a
 * concept as one feature ("c:lead-magnet") whichever language fired it, so a weight learned on English notes
 * applies to German ones. Patterns run on folded text (lower case, accents removed, ß → ss); they were
 * written by hand from the issue's seeds and the team's own examples, never from corpus sentences.
 */
export interface Concept {
  id: string;
  de: readonly RegExp[];
  en: readonly RegExp[];
}

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'lead-magnet',
    de: [/\b(?:leitfaden|checkliste|e-?book|whitepaper|webinar\w*|masterclass|ratgeber|fallstudie|potenzialanalyse|testzugang|testphase|gratis-?\w+)\b/, /kostenlos\w* (?:\S+ ){0,2}(?:analyse|beratung|erstgesprach|check|audit|test)/],
    en: [/\b(?:(?<!(?:please|kindly|pls|you|to) )guide(?! (?:me|us)\b)|checklist|e-?book|whitepaper|webinar|masterclass|playbook|case study|free trial|template pack|toolkit)s?\b/, /free (?:\S+ ){0,2}(?:analysis|assessment|audit|consultation|review|trial|session)/],
  },
  { id: 'free', de: [/\b(?:kostenlos\w*|gratis|unverbindlich\w*|geschenkt)\b/], en: [/\b(?:free of charge|for free|free|complimentary|no[- ]cost|no obligation)\b/] },
  {
    id: 'price-deadline',
    de: [/\b(?:early ?bird|rabatt\w*|sonderpreis|nur noch|endet (?:morgen|heute|bald|am)|frist|begrenzte? platze|letzte chance|angebot gilt)\b/],
    en: [/\b(?:early ?bird|discount\w*|\d+ ?% off|special price|ends (?:tomorrow|today|soon|on)|deadline|limited (?:spots|seats|time)|last chance|offer (?:ends|valid))\b/],
  },
  {
    id: 'meeting-ask',
    de: [/\b\d{1,2} ?(?:minuten|min\.?)\b/, /kurze[sn]? (?:telefonat|gesprach|austausch|call|termin)/, /(?:termin|zeit) (?:\S+ ){0,3}(?:vereinbaren|finden|buchen)/, /wann passt es|haben sie (?:\S+ ){0,2}zeit/],
    en: [/\b\d{1,2}[- ]?(?:min|mins|minutes?)\b/, /(?:quick|short|brief) (?:call|chat|meeting|conversation|intro)/, /(?:book|schedule|set up|hop on) (?:a |some )?(?:call|time|meeting|chat)/, /are you (?:free|available|open)|worth a (?:call|chat|conversation)/],
  },
  { id: 'scheduling-link', de: [/calendly|hubspot\.com\/meetings|termin buchen/], en: [/calendly|hubspot\.com\/meetings|cal\.com|book a time|grab (?:a )?time/] },
  {
    id: 'follow-up-bump',
    de: [/(?:meine|meiner) (?:letzte[nr]?|vorherige[nr]?) (?:nachricht|anfrage|mail)/, /nachricht gesehen|hake (?:\S+ )?nach|melde mich (?:noch einmal|nochmal|erneut)|kurz nachfassen/],
    en: [/(?:just )?following up|follow(?:ing)? up on my|bump(?:ing)? this|my (?:last|previous|earlier) (?:message|note|email)|circling back|did you (?:get|see) my/],
  },
  {
    id: 'sales-claim',
    de: [/\b\d+(?:[.,]\d+)? ?(?:%|prozent) (?:der|aller|unserer)\b/, /\b\d{1,3}(?:\.\d{3})+ ?(?:€|eur|euro)\b|€ ?\d/, /(?:steigern|senken|sparen|verdoppeln) (?:\S+ ){0,3}(?:um )?\d/],
    en: [/\b\d+(?:[.,]\d+)? ?(?:%|percent) (?:of|more|less|increase|growth)\b/, /[$€£] ?\d|\b\d+(?:[.,]\d+)?[km]?\+? ?(?:usd|dollars|eur)\b/, /(?:increase|boost|cut|save|double|triple|reduce)\w* (?:\S+ ){0,3}(?:by )?\d/],
  },
  {
    id: 'we-help',
    de: [/\b(?:wir|ich) (?:helfe|helfen|unterstutze|unterstutzen|begleite|begleiten) (?:\S+ ){0,4}(?:unternehmen|kunden|firmen|teams|menschen|dabei)/, /unser(?:e|en)? (?:losung|agentur|team|service|angebot|plattform|kunden)/],
    en: [/\b(?:we|i) (?:help|helped|support|enable|partner with|work with) (?:\S+ ){0,4}(?:companies|businesses|brands|teams|clients|founders|leaders|agencies|people|startups)/, /\bour (?:solution|agency|team|service|platform|clients|product)s?\b/],
  },
  // What a cold pitch offers in so many words: "we provide", "I can help with", dedicated resources.
  {
    id: 'we-provide',
    de: [/\b(?:wir|ich) (?:bieten?|liefern|vermitteln|stellen (?:\S+ ){0,2}bereit)\b|(?:kann|konnen) (?:ihnen|dir|euch) (?:\S+ ){0,3}(?:helfen|anbieten|unterstutzen)|wir sind spezialisiert|(?:erfahrene|qualifizierte|dedizierte) (?:entwickler|fachkrafte|ressourcen|teams?)/],
    en: [/\b(?:we|i) (?:provide|offer|deliver|specialize|specialise|place)\b|\b(?:we|i) can help (?:you|with|your)|\bhelps? (?:businesses|companies|brands|startups|teams|leaders)\b|(?:skilled|dedicated|experienced|qualified) (?:resources|developers|engineers|teams?)\b/],
  },
  // The cold closer: is the recipient open to / interested in what is on offer?
  {
    id: 'interest-closer',
    de: [/(?:hatten|haben|waren|sind) sie (?:\S+ ){0,2}(?:interesse|offen)|(?:hast|hattest|bist|warst) du (?:\S+ ){0,2}(?:interesse|offen)|bei interesse|falls (?:\S+ ){0,2}interesse/],
    en: [/(?:are|would) you (?:be )?(?:open|interested) (?:to|in) (?:learning|exploring|hearing|discussing|new|an?|this|the|join)|if (?:you are |you're |you're )?interested|let me know if (?:you are|you're|you'd be|you would be) interested|reply (?:with|yes)|interested to (?:go|join|know|learn)/],
  },
  // The seller's discovery question: does the recipient use, need or consider what is on offer? It fits every
  // recipient of a list (a question about a shared matter names that matter instead).
  {
    id: 'qualify-question',
    de: [/\b(?:(?:arbeiten|nutzen|verwenden|setzen) sie (?:\S+ ){0,2}(?:mit|ein|bereits|schon|noch|aktuell)|(?:arbeitest|nutzt|verwendest) du (?:\S+ ){0,2}(?:mit|bereits|schon|noch|aktuell)|(?:brauchen|benotigen) sie|(?:brauchst|benotigst) du|(?:haben sie|hast du) (?:\S+ ){0,6}(?:nachgedacht|uberlegt|in erwagung gezogen)|(?:suchen sie|suchst du) (?:gerade|derzeit|aktuell|noch)|(?:sind sie|bist du) (?:\S+ ){0,2}(?:auf der suche|offen fur)|ware (?:das|es|so etwas) (?:\S+ ){0,2}(?:hilfreich|sinnvoll|interessant|relevant) fur)\b/],
    en: [/\b(?:are you (?:currently |already |still )?(?:exploring|looking for|using|open to|considering|planning|thinking)|(?:do|whether) you (?:also |currently |already )?(?:work with|use|need|require|offer|outsource|have (?:a|any) need)|have you (?:ever )?(?:thought|considered)|ever (?:get|wonder|thought)|would it (?:be useful|make sense|help)|could (?:this|it) be (?:a )?(?:helpful|useful))\b/],
  },
  {
    id: 'self-intro',
    de: [/\b(?:ich bin|mein name ist|ich arbeite als|ich heisse)\b/, /\bich (?:leite|betreue|verantworte|grundete)\b/],
    en: [/\b(?:i am|i'm|my name is|i work as|this is)\b (?:\S+ ){0,3}(?:from|at|with|founder|ceo|a |an |the )/, /\bi (?:run|lead|founded|own)\b/],
  },
  {
    id: 'offer',
    de: [/\b(?:anbieten|angebot|(?<!(?:kolleg\w*|freund\w*|bekannt\w*|herrn?|frau) (?:\S+ ){0,3})vorstellen|zusammenarbeit|kooperation|partnerschaft|dienstleistung\w*|losung\w*|moglichkeiten|\w*(?:geschafts|karriere|job)(?:moglichkeit|chance)\w*)\b|(?:zukunftige|neue|spannende|berufliche|interessante|gemeinsame)\w* (?:moglichkeit|chance|gelegenheit)/],
    // "the opportunity to discuss / learn …" is a courtesy a genuine note uses too, not something on offer.
    en: [/\b(?:offer\w*|introduce(?! (?:you|me) to (?!(?:the|our|a|an|this|these|some|what|how)\b))|collaborat\w+|partnership|services?|solutions?|proposal|opportunit(?:y|ies)(?! to (?:discuss|speak|talk|meet|chat|connect|learn|hear|catch up|work with)))\b/],
  },
  // Growing the sender's own network: adding the recipient to it, or always looking for contacts (any will do).
  {
    id: 'network-growth',
    de: [/netzwerk (?:\S+ ){0,3}(?:erweitern|ausbauen|aufbauen|vergrossern)|(?:baue|erweitere) (?:\S+ ){0,4}netzwerk/, /in (?:mein|ihr)\w* netzwerk|zu meinen (?:kontakten|netzwerk)|(?:immer|stets) (?:\S+ ){0,2}(?:auf der suche nach|offen fur) (?:\S+ ){0,2}kontakt/],
    en: [/(?:expand|grow|build|broaden|extend)\w* (?:\S+ ){0,2}network/, /add (?:you )?to my (?:\S+ )?(?:network|contacts|connections)|always (?:looking|keen|happy|eager) to (?:connect|meet)/],
  },
  { id: 'stay-in-touch', de: [/in kontakt (?:zu )?bleiben|zukunftige\w* moglichkeiten|austausch\w*|vernetz\w*/], en: [/(?:stay|keep) in touch|future opportunit|stay on (?:your|the) radar|keep (?:in )?(?:contact|connected)|connect\w*/] },
  { id: 'synergy', de: [/synergi\w*|win-?win|gegenseitig\w*|mehrwert|beide seiten/], en: [/synerg\w*|win-?win|mutual(?:ly)? benefi\w*|add value|grow together/] },
  { id: 'flattery', de: [/(?:beeindruckend|spannend|interessant|inspirierend)\w* (?:\S+ ){0,2}(?:profil|werdegang|erfahrung|arbeit)|(?:stark|toll|grossartig|hervorragend|klasse)\w* (?:\S+ )?profil\b/, /profil (?:\S+ ){0,3}(?:gestossen|aufgefallen|beeindruckt)/], en: [/(?:impressive|impressed|inspiring|inspired|amazing|great|interesting) (?:\S+ ){0,2}(?:profile|background|experience|work|journey)|(?:strong|excellent|outstanding|fantastic|remarkable|stellar) (?:\S+ )?profile\b/, /came across your (?:profile|page)/] },
  {
    id: 'thanks-connect',
    de: [/dank\w* (?:\S+ ){0,3}(?:verbindung|vernetzung|annahme|kontaktbestatigung|kontaktaufnahme)|dass (?:sie|du) mich (?:\S+ ){0,5}(?:hinzugefugt|aufgenommen|angenommen|bestatigt)|(?:schon|freut mich|eine freude|toll),? (?:\S+ ){0,3}(?:vernetzt|verbunden) zu sein|dass wir (?:\S+ ){0,2}(?:vernetzt|verbunden) sind/],
    // … and the pleasantry after it ("nice connecting with you", "a pleasure to be connected").
    en: [/thank(?:s| you)? (?:\S+ ){0,3}(?:connecting|accepting|the connection|the add)|(?:for adding|you added|you accepted|that you accepted) me\b|(?:nice|great|good|pleasure|honou?r|glad|happy) (?:\S+ ){0,2}(?:connecting|to (?:be )?connect(?:ed)?) (?:with you )?(?:here|on linkedin|on xing)/],
  },
  // The recipient's profile, background or skills in general: a personalisation every recipient fits (asking
  // to learn about someone's experience is the job seeker's question, not this).
  {
    id: 'your-profile',
    de: [/(?<!uber )\b(?:ihr|ihre[mnrs]?|dein|deine[mnrs]?) (?:\S+ )?(?:profil|werdegang|erfahrung\w*|hintergrund|expertise|kenntnisse|fahigkeiten)\b/],
    en: [/(?<!about )\byour (?:\S+ )?(?:profile|background|experience|expertise|skill ?set|skills)\b/],
  },
  // A hook every member of a group or a contact list fits: mutual contacts, the same group, a shared interest.
  {
    id: 'mutual-hook',
    de: [/gemeinsame\w* (?:kontakte|bekannte|gruppen?|interessen|netzwerk)|(?:beide|auch) mitglied|(?:gleichen|selben) (?:gruppe|branche|netzwerk|kreisen)|ahnliche\w* (?:interessen|hintergrund)/],
    en: [/\b(?:mutual(?:ly)? (?:connect\w*|contacts?|friends?|group)|common (?:connections?|contacts?|interests?|groups?)|(?:also|both) (?:a )?members? of|same (?:group|groups|network|circles?|industry|field)|(?:connected|friends?) (?:to|with) my (?:friend|colleague)|we both (?:have|share|are (?:in|interested))|similar (?:interests|backgrounds?|fields?))\b/],
  },
  { id: 'follow-posts', de: [/(?:beitrage|posts|aktivitaten|inhalte|werdegang) (?:\S+ ){0,2}(?:verfolgen|folgen|mitlesen)/], en: [/follow(?:ing)? (?:\S+ ){0,2}(?:posts|updates|content|journey|work)\b|(?:posts|updates) (?:in|on) my feed/] },
  // Asking to be referred for a job is the job hunt's mass ask, not a favour between acquaintances.
  { id: 'job-hunt', de: [/(?:offene|freie) stellen?|bewerb\w*|lebenslauf|stellensuche|auf jobsuche|(?:sie|du) mich (?:\S+ ){0,3}(?:empfehlen|weiterempfehlen)/], en: [/\b(?:vacanc\w+|openings?|hiring|resume|cv|job search|referral|looking for (?:a )?(?:job|role|position)|refer me)\b/] },
  { id: 'recruiting', de: [/spannende (?:\S+ )?(?:position|stelle|herausforderung|moglichkeit)|headhunter|personalvermittl\w*/], en: [/exciting (?:\S+ )?(?:role|position|opportunity)|recruit\w*|talent acquisition|headhunt\w*/] },
  // The sender fills a role and asks the recipient to take it (the job seeker's own ask is `job-hunt`).
  {
    id: 'hiring-pitch',
    de: [/\bwir (?:\S+ ){0,2}(?:suchen|stellen (?:\S+ ){0,2}ein)\b|\bsuche[n]? (?:\S+ ){0,3}(?:verstarkung|mitarbeiter\w*|entwickler\w*|kandidat\w*|fachkraft\w*)|fur (?:einen|unseren) (?:kunden|mandanten)|(?<!mein(?:en)? )(?:lebenslauf|cv) (?:\S+ ){0,3}(?:senden|schicken|zusenden)|(?:mein|unser) (?:kunde|mandant) (?:\S+ ){0,2}sucht|(?:senden|schicken|schick|mailen) (?:sie |du )?(?:\S+ ){0,3}(?:ihren|deinen|den|einen) (?:aktuellen )?(?:lebenslauf|cv)\b/],
    en: [/\bwe(?:'re| are) (?:\S+ ){0,2}(?:hiring|looking for|seeking)\b|\blooking to place\b|\bimmediate (?:requirement|opening)|\bapply here\b|(?:share|send|attach|submit) (?:(?!my\b)\S+ ){0,2}(?:resume|cv)\b|(?:role|position|opening) (?:\S+ ){0,3}(?:my|our|a) client\b|\bclient (?:who |that )?(?:is |are )?(?:\S+ )?(?:seeking|looking for|hiring)\b|\bhelp place\b|run (?:a |this )?(?:role|position|opportunity) by you/],
  },
  { id: 'survey', de: [/umfrage|fragebogen|studie teilnehmen/], en: [/\bsurvey|questionnaire|panel|research study/] },
  { id: 'event-invite', de: [/(?:lade|laden) (?:sie|dich|euch) (?:\S+ ){0,4}ein|anmeld\w*|registrier\w*|veranstaltung|teilnehmen/], en: [/(?:invite|inviting) you|register\w*|sign up|join (?:us|our)|\bevent\b|rsvp/] },
  { id: 'career-business', de: [/finanzielle freiheit|nebeneinkommen|geschaftsmoglichkeit|passives einkommen|selbststandig\w* (?:\S+ ){0,2}aufbauen/], en: [/financial freedom|side income|business opportunit|passive income|be your own boss|work from home/] },
  {
    id: 'personal-memory',
    de: [/(?:getroffen|kennengelernt|gesprochen|telefoniert)\b|\bgestern\b|letzte woche|wie besprochen|lange nicht (?:gesehen|gehort)|ewig her/],
    en: [/\b(?:we met|met you|meeting you|we spoke|we talked|yesterday|last week|as discussed|great to see you)\b|it'?s been (?:a while|some time|too long|forever|ages|a long time|years)|how have you been|since (?:our|the) days/],
  },
  { id: 'specific-ask', de: [/\?/], en: [/\?/] },
  // What genuine notes name and templates cannot: who sent them, what the two share, which post or role.
  {
    id: 'named-referrer',
    de: [/(?:hat|haben) (?:\S+ ){0,3}(?:empfohlen|weitergeleitet|gegeben)|auf empfehlung|empfehlung von|(?:bruder|schwester|freund|freundin|kollege|kollegin) von\b/],
    en: [/(?:suggested|recommended|told me) (?:\S+ ){0,2}(?:i|that i|to) (?:reach|contact|connect|talk|speak)|referred me|reference from|(?:heard|learned) (?:about you )?from|'s (?:brother|sister|friend|colleague|cousin)\b|a (?:close |mutual )?friend(?: of (?:mine|ours))?,? \p{L}+/u],
  },
  {
    id: 'shared-past',
    de: [/\b(?:ehemalige[rn]? (?:kolleg|kommiliton)|kommiliton\w*|zusammen (?:\S+ ){0,2}(?:gearbeitet|studiert)|wir (?:beide|haben beide)|damals)\b/],
    en: [/\b(?:fellow|alumn\w*|alum|classmate\w*|former colleague\w*|we both|worked together|used to work|back in the day|old friend)\b/],
  },
  {
    id: 'their-work',
    de: [/(?:ihr|ihren|ihrem|dein|deinen|deinem) (?:\S+ ){0,2}(?:beitrag|artikel|vortrag|post|buch|podcast|interview|stellenanzeige)/],
    en: [/\byour (?:\S+ ){0,2}(?:post|article|talk|paper|presentation|podcast|book|interview|job posting|comment)\b/],
  },
  {
    id: 'applied',
    de: [/\b(?:beworben|meine bewerbung|bewerbe mich|bewerben mochte)\b/],
    en: [/\b(?:applied|applying|i(?:'d| would) love to apply|apply for|my application|interested in the (?:\S+ ){0,3}(?:role|position))\b/],
  },
  // Someone introducing the recipient to a third person: only a mutual acquaintance does that.
  {
    id: 'introduces-person',
    de: [/(?:mochte|will|darf) (?:ihnen|dir|euch) (?:\S+ ){0,2}(?:kolleg\w*|freund\w*|bekannt\w*|partner\w*|herrn?|frau) (?:\S+ ){0,3}vorstellen|(?:euch|sie beide|dich) (?:\S+ ){0,2}(?:zusammenbringen|bekannt machen|in kontakt bringen)|(?:er|sie) (?:wird|meldet sich) (?:\S+ ){0,2}(?:bei )?(?:dir|ihnen|euch)/],
    en: [/introduce you to (?!(?:the|our|a|an|this|these|some|what|how)\b)|connect you (?:two|with|to)|put you (?:two )?in touch|you two should|(?:he|she|they)(?:'ll| will) (?:connect|reach out|get in touch)/],
  },
  // The sender asks the recipient for help for themselves (advice, a referral, a favour): the reverse of a pitch.
  {
    id: 'asks-favour',
    de: [/einen gefallen|um (?:ihren |deinen )?rat|(?:haben sie|hast du) (?:\S+ ){0,2}tipps|(?:konnten|konnen|kannst|konntest|wurden|wurdest) (?:sie|du) (?:mir (?:\S+ ){0,2}(?:tipps|ratschlage)\b|mich (?:\S+ ){0,5}(?:beraten|anleiten))|(?:ihre|deine) (?:einschatzung|erfahrung(?:en)? mit|tipps)|(?:konnten|wurden|kannst|wurdest) (?:sie|du) (?:mir )?(?:(?!mich\b)\S+ ){0,3}(?:weiterleiten|weitergeben|empfehlen)|die richtige person (?:um|fur)/],
    en: [/a favou?r|your (?:advice|guidance)|(?:please|kindly|pls|you) guide|guide (?:me|us)\b|(?:can|could|would) you (?:\S+ ){0,2}(?:share|give)(?: me| us)? (?:some |any )?(?:tips|pointers)|(?:can|could|would) you (?:please |kindly )?share (?:with me )?your (?:experience|feedback|views?|reviews?|opinion|thoughts|insights?)\b|any tips|(?:share|forward|pass along) my (?:\S+ )?(?:profile|resume|cv)|learn(?:ing)? (?:more )?about your experience|the right (?:guy|person) to ask|i have (?:a |some )?(?:questions?|doubts?)/],
  },
  { id: 'congrats', de: [/gluckwunsch\w*|gratulier\w*|alles gute/], en: [/congrat\w*|happy birthday|well deserved/] },
  {
    id: 'looks',
    de: [/\b(?:wunderschon\w*|hubsch\w*|attraktiv\w*|sexy|lacheln|susse|ausstrahlung|ausgehen)\b/],
    en: [/\b(?:beautiful|gorgeous|pretty face|sexy|attractive|stunning|your smile|go out with)\b/],
  },
];

/** Structure features that mean the same in every language (links, figures, prices, length). */
export function structureFeatures(folded: string): string[] {
  const out: string[] = [];
  // An e-mail address or a member's profile address is no link: it points to a person (a signature, someone
  // introduced), not to an offer ("reach me at anna@firma.de").
  if (/https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|de|io|ly|gle|co)\b/.test(folded.replace(E_MAIL_ADDRESSES, ' ').replace(MEMBER_PROFILES, ' '))) out.push('link');
  if (/\d/.test(folded)) out.push('figure');
  if (/[€$£]|\b(?:eur|euro|usd)\b/.test(folded)) out.push('money');
  if (/%/.test(folded)) out.push('percent');
  const words = folded.split(' ').length;
  out.push(`len:${words < 8 ? 'xs' : words < 20 ? 's' : words < 45 ? 'm' : words < 90 ? 'l' : 'xl'}`);
  if (/!/.test(folded)) out.push('exclaim');
  // Whom the note is about: the recipient ("you") or the sender ("I"). Counted as a balance, in both languages.
  const count = (re: RegExp) => (folded.match(re) ?? []).length;
  const you = count(/\b(?:you|your|yours|you're|youre|sie|ihnen|ihr|ihre[mnrs]?|du|dir|dich|dein\w*)\b/g);
  const me = count(/\b(?:i|me|my|mine|i'm|ich|mir|mich|mein\w*)\b/g);
  out.push(you > me ? 'about:you' : me > you ? 'about:me' : 'about:even');
  return out;
}
