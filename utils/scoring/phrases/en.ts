import type { PhraseList } from './types';

/** English phrase lists (folded text, lower case). */
export const EN: PhraseList = {
  'impersonal-salutation': [/dear sir(?:\/| or )madam/, /to whom it may concern/, /dear (?:mr|ms)\/(?:mrs|ms|mr)/],
  'open-networker': [
    /\blion\b/,
    /open networker/,
    /accept (?:all|every) (?:invit|request|connection)/,
    /never (?:click )?idk/,
  ],
  'profile-visit': [
    /(?:thanks|thank you) for (?:visiting|checking out|viewing|stopping by|looking at|dropping by) my profile/,
    /(?:saw|noticed) (?:that )?you (?:viewed|visited|checked out) my profile/,
  ],
  'free-offer': [
    /(?:free|complimentary|no-cost)(?: \S+){0,2} (?:e-?book|whitepaper|webinar|checklist|masterclass|report|guide|download|workshop|demo|trial|seminar|assessment|consultation|audit|course|training)/,
    /free webinar|webinar alert/,
    /(?:save|reserve) you a (?:seat|spot)/,
    /registration link|link in my bio|sign up (?:here|now)/,
  ],
  'connect-bait': [
    /connect(?: with me)? and i(?:'ll| will) (?:send|dm|share|give)/,
    /accept my (?:request|invitation) (?:so that|and i)/,
  ],
  'network-growth': [
    /\b(?:expand|expanding|grow|growing|build|building) (?:my|our) (?:professional )?network/,
    /like-?minded (?:professionals|people|leaders)/,
    /always (?:great|good|nice) to connect/,
    /(?:love|like|enjoy) connecting with/,
    /(?:would|i'd) love to add you/,
    /fellow (?:group )?members|fellow professionals/,
    /(?:many|several|lots of) mutual connections/,
    /have you (?:in|on) (?:my network|board)/,
    /(?:add you to|join) my (?:network|community) of/,
    /looking forward to growing/,
    /connect with (?:inspiring|top|successful|amazing) /,
  ],
  'connect-courtesy': [/(?:let's|lets) connect\b/, /(?:would|i'd) love to connect/, /looking forward to connecting/],
  'vague-benefit': [
    /synerg/,
    /win-?win/,
    /mutually beneficial/,
    /(?:create|add) value together|grow together|support each other/,
    // Not a job seeker's own search ("I'm looking to explore new opportunities"): that names no shared benefit.
    /(?<!(?:looking|hoping|want|wanting|planning|trying|starting) to )explore (?:\S+ )?(?:business )?opportunities|business opportunities/,
    /exchange (?:ideas|insights)|share insights/,
  ],
  flattery: [
    /came across your profile/,
    /(?:impressed|inspired) by your (?:\S+ ){0,2}(?:background|profile|experience|career|journey)/,
    /impressive (?:career|profile|background)/,
    /following your journey/,
    /leaders like you|people like you/,
    /inspiring (?:women |female )?leaders/,
    /you must be facing/,
    /noticed (?:that )?(?:we're|we are) both in/,
  ],
  // Remarks on the recipient's appearance: a pickup or MLM hook, never a business reason. An adjective alone is
  // not enough ("a beautiful city", "attractive pricing"): it must be said of the person, the face or the photo.
  looks: [
    /\byou(?:'re| are| look)(?: so| really| very| truly)? (?:beautiful|gorgeous|stunning|sexy|hot|cute|attractive|lovely)\b/,
    /\b(?:beautiful|gorgeous|stunning|pretty|lovely|attractive|cute|sexy|sensual|seductive) (?:\S+ )?(?:face|smile|eyes|gaze|lips|figure|hair|lady|woman)\b/,
    /\b(?:hey|hi|hello) (?:there )?(?:beautiful|gorgeous|sexy|cutie|sweetie|babe|pretty lady)\b/,
    /\b(?:beautiful|gorgeous|stunning|pretty|lovely|attractive|cute|sexy) (?:\S+ )?(?:profile )?(?:picture|photo|pic)\b/,
    /\byour (?:\S+ )?(?:smile|eyes|looks)\b/,
    /\bgo out with me\b|\b(?:have|grab) (?:a )?(?:drink|dinner|coffee) with me sometime\b/,
  ],
  'shared-context': [
    /(?:we're|we are) both (?:members|in|part) (?:of )?(?:the )?/,
    /members of the same group|same group as you/,
    /we were both (?:at|in)\b/,
  ],
  'sales-pitch': [
    /\b(?:we|i) help (?:\S+ ){0,3}(?:companies|manufacturers|teams|businesses|firms|executives|founders|leaders|brands|buyers)/,
    /\bhelping (?:\S+ ){0,3}(?:companies|manufacturers|teams|businesses|executives|founders|leaders)/,
    // A number is tried only where it starts (`(?<!\d)`): tried at every digit of a long number, `\d+` ran to its end each time.
    /(?:quick|short|brief) (?:\d+[- ]?min(?:ute)?s?[- ])?(?:chat|call)\b|(?<!\d)\d+[- ]?min(?:ute)? (?:chat|call)\b/,
    /\bdemo\b|book a (?:call|meeting)/,
    /leading (?:manufacturer|exporter|provider|supplier)|competitive price/,
    /(?:discuss|explore) (?:a )?cooperation/,
    /cut (?:\S+ ){0,2}(?:costs|spend)|save \d+/,
    /(?<!\d)\d+\+? (?:manufacturers|companies|procurement teams|teams|clients|customers) (?:use|trust|rely)/,
    /personal brand|reply rate|outreach|lead generation/,
    /open to hearing/,
  ],
  'recruiter-generic': [/exciting (?:career )?opportunities/, /top talents?\b/, /interesting opportunities/],
  'default-text': [/i'?d like to (?:join your|add you to my) (?:linkedin |professional )?network/],
  'prior-contact': [
    /as (?:discussed|agreed|promised|mentioned on the phone)/,
    /\bwe (?:spoke|talked|met|chatted|did|worked|studied|sat)\b/,
    // "Nice to meet you on LinkedIn / here" is a stranger's pleasantry: meeting on the platform is no meeting.
    /(?:great|nice|good|pleasure|lovely) (?:meeting|to meet|talking|to see|seeing) (?:you|with you)(?! (?:on linked ?in|on xing|here|virtually|online)\b)/,
    /(?:thanks|thank you) (?:again )?for (?:the|your|our|hosting|sharing|speaking) (?:\S+ ){0,2}(?:call|chat|meeting|visit|time|tour|reply|help|reference|comment|hospitality|slides|us|to|workshop|webinar|talk)/,
    /(?:after|since|following up on) our (?:\S+ )?(?:call|meeting|chat|conversation|talk)/,
    /(?:thanks|thank you) for (?:applying|your application)\b/,
    /\byou (?:asked|mentioned|said|told)\b/,
    /i was (?:the one|in the audience|at your)|i joined (?:today's|your)/,
    /(?:your|today's|yesterday's) (?:\S+ )?(?:talk|workshop|webinar|session|panel|presentation|visit)\b/,
    /\b(?:at|by) (?:our|the|your) (?:booth|stand)\b|\bhall \d/,
    // "Today" as the time of an asked-for call, a call to act or a pleasantry ("a few minutes today?", "sign up
    // today", "hope you're doing well today", "reaching out today") names no shared moment.
    /\byesterday\b|(?<!(?:minutes?|call|chat|sign up|register|join|apply|order|buy|doing \S+|out to you|are you|you're|facing) )\btoday\b(?! ?\?)|\btonight\b|\blast week\b|\bthis morning\b/,
    /long time no see|sending this again|it's \w+ from|\bit's (?:me|sam)\b/,
    /it'?s been (?:a while|some time|too long|forever|ages)|how have you been|since our days|we both (?:worked|studied|went)\b/,
  ],
  referral: [
    /\b(?:suggested|recommended) (?:i|that i|you|me)\b/,
    /\bsays hi\b|\breferred (?:me|you)\b/,
    /thought of you via/,
    /(?:taking over|took over) (?:\S+ ){0,6}from\b|replacing \w+/,
    /\b(?:heard|learned) (?:about you )?from (?:a |my |our )?(?:close |mutual |good |dear |former )?(?:friend|colleague|classmate|cousin|brother|sister|neighbou?r)\b/,
    /\bput you (?:two |both )?in touch\b|\byou two should (?:meet|talk|connect)\b/,
  ],
  'public-reference': [/your (?:\S+ )?(?:post|comment|article|question)\b/],
  'concrete-detail': [
    /\b\d+(?:[.,]\d+)? ?(?:mm|µm|cm|kg|pcs|hrs)\b|ø/,
    /\b(?:rfq|quote|samples?|drawings?|ppap|fai|8d|tender|forecast|audit|purchase order|capability deck|containment|consignment)\b/,
    // A search for one role names its details (reporting line, start, succession, volume); a blast names a title.
    /\breporting (?:directly )?to (?:the )?(?:cfo|ceo|coo|cto|cpo|md|managing director|board|owners?)\b|\b(?:succession|successor)\b|\bstart(?:ing)? (?:date )?(?:in |from )?(?:q[1-4]|january|february|march|april|june|july|august|september|october|november|december|20\d\d)\b|\bstart(?:ing)? (?:date )?(?:in|from) may\b|(?:purchasing|procurement|sourcing) volume/,
  ],
};
