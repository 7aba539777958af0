import type { PhraseList } from './types';

/**
 * Pitch and sequence phrases (folded text), German and English: lead magnets, prices and deadlines, meeting
 * asks, follow-up bumps, sales claims with figures, personalisation that names only an industry, a city or a
 * job title, and the self-introduction that opens a cold pitch. Written from the seeds and the team's
 * own examples.
 */
export const PITCH_DE: PhraseList = {
  'lead-magnet': [
    /\b(?:leitfaden|checkliste|e-?book|whitepaper|webinar|masterclass|ratgeber|fallstudie|praxisguide|testzugang|testphase)\b/,
    /kostenlos\w* (?:\S+ ){0,2}(?:analyse|potenzialanalyse|beratung|check|audit)/,
  ],
  'price-deadline': [/\bearly ?bird\b/, /\b(?:rabatt|sonderpreis|sonderkondition\w*|aktionspreis)\b/, /endet (?:morgen|heute|bald|am)|nur noch (?:\S+ ){0,2}(?:tage|platze|plätze)|letzte chance|(?<!\d)\d+ ?% (?:rabatt|nachlass)/],
  'meeting-ask': [
    /\b\d{1,2} ?(?:minuten|min\.?)\b/,
    /kurze[sn]? (?:telefonat|gesprach|austausch|videocall|call|kennenlernen)/,
    /(?:termin|zeitfenster) (?:\S+ ){0,3}(?:vereinbaren|finden|buchen|vorschlagen)/,
    /calendly|termin buchen/,
  ],
  'follow-up-bump': [
    /(?:meine|meiner) (?:letzte[nr]?|vorherige[nr]?) (?:nachricht|anfrage|mail)/,
    /nachricht (?:\S+ )?gesehen|ich hake (?:\S+ ){0,4}nach|kurz nachfassen|(?:bringe|hole) (?:\S+ ){0,2}(?:nach oben|in erinnerung)/,
  ],
  'sales-claim': [
    /\b\d+(?:[.,]\d+)? ?(?:%|prozent) (?:der|aller|unserer|mehr|weniger)\b/,
    /\b\d{1,3}(?:\.\d{3})+ ?(?:€|eur|euro)\b|\b\d+(?:[.,]\d+)? ?(?:€|eur|euro)(?: ?\/ ?| pro | im )(?:jahr|monat)/,
  ],
  'generic-personalisation': [
    /als (?:\S+ ){0,2}(?:geschaftsfuhrer\w*|einkaufsleiter\w*|fuhrungskraft|unternehmer\w*|entscheider\w*) (?:in|im|aus|bei)\b/,
    /(?:unternehmen|firmen|betriebe|mittelstandler) (?:in|im|aus) (?:der |ihrer )?(?:region|branche|raum)\b/,
    /in (?:ihrer|deiner) branche\b/,
  ],
  'self-intro': [/\b(?:mein name ist|ich bin (?:\S+ ){0,2}(?:von|bei|grunder\w*|geschaftsfuhrer\w*|inhaber\w*))\b/],
};

export const PITCH_EN: PhraseList = {
  'lead-magnet': [
    /\b(?:guide|checklist|e-?book|whitepaper|webinar|masterclass|playbook|case study|toolkit|free trial)\b/,
    /free (?:\S+ ){0,2}(?:analysis|assessment|audit|review)/,
  ],
  'price-deadline': [/\bearly ?bird\b/, /\b(?:discount|special price|promo code|coupon)\b/, /ends (?:tomorrow|today|soon|on)|only \d+ (?:spots|seats) left|last chance|(?<!\d)\d+ ?% off\b/],
  'meeting-ask': [
    /\b\d{1,2}[- ]?(?:min|mins|minutes?)\b/,
    /(?:quick|short|brief) (?:call|chat|intro call|zoom|meeting)/,
    /(?:book|schedule|set up|hop on) (?:a |some )?(?:call|time|meeting|chat)\b/,
    /calendly|grab (?:a )?time on my/,
  ],
  'follow-up-bump': [/(?:just )?following up\b|circling back|bump(?:ing)? this|my (?:last|previous|earlier) (?:message|note|email)|did you (?:get|see) my/],
  'sales-claim': [
    /\b\d+(?:[.,]\d+)? ?(?:%|percent) (?:of|more|less)\b/,
    /[$€£] ?\d[\d,.]*\s?[km]?(?: ?\/ ?| per | a )(?:year|month|yr|mo)\b|(?:increase|boost|cut|save|double|triple|reduce)\w* (?:\S+ ){0,3}by \d/,
  ],
  'generic-personalisation': [
    /as (?:a|an) (?:\S+ ){0,2}(?:leader|manager|director|head|founder|ceo|executive|professional) (?:in|at|based in)\b/,
    /(?:businesses|companies|professionals|leaders|founders) (?:in|around) (?:the )?(?:\S+ )?(?:area|region|industry|space|sector)\b/,
    /in your (?:industry|space|sector|niche)\b/,
  ],
  'self-intro': [/\b(?:my name is|i'm (?:\S+ ){0,2}(?:from|with|founder|ceo|co-founder)|i am (?:\S+ ){0,2}(?:from|with|founder|ceo|co-founder))\b/],
};
