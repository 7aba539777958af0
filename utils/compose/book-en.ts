import type { Address } from './context';
import type { Book } from './template-types';
import { opt, req } from './template-types';

/**
 * English. English has no Sie/Du, so the form of address chooses the register: "sie" gets "Dear …, Kind regards",
 * "du" gets "Hi …, Best". The bodies are shared: plain, friendly business English.
 */
const SITUATIONS: Book['situations'] = {
  'after-meeting': [
    (f) => [
      req(`Great meeting you at ${f.event}.`),
      opt(f.topic && `I'd like to pick up our conversation on "${f.topic}".`),
      opt(f.wants && `You're looking for "${f.wants}" – happy to compare notes on that.`),
      req("I'd be glad to stay in touch."),
    ],
    (f) => [
      req(`It was good to meet you at ${f.event} ${f.dayEn}.`),
      opt(f.topic && `I'll follow up on your point about "${f.topic}".`),
      opt(f.company && `Curious to see what's next at ${f.company}.`),
      req('May I get in touch in the next few days?'),
    ],
    (f) => [
      req(`Thanks again for our chat at ${f.event}.`),
      opt(f.wants && `Your profile says you're looking for "${f.wants}" – I have a few questions about that.`),
      opt(f.topic && `Your tip on "${f.topic}" was really useful.`),
      req('When would suit you for a call?'),
    ],
  ],
  'answer-request': [
    (f) => [
      req(f.requestNote ? 'Thanks for your request and your kind note.' : "Thanks for your request – I've gladly accepted it."),
      opt(f.event && `We met at ${f.event}, didn't we?`),
      opt(f.wants && `You're looking for "${f.wants}": tell me more about what you need.`),
      opt(!f.wants && f.company && `What are you working on at ${f.company} at the moment?`),
      req('How can I help?'),
    ],
    (f) => [
      req("I've gladly accepted your request."),
      opt(f.haves && `What you offer – "${f.haves}" – sounds interesting to me.`),
      opt(f.wants && `And on "${f.wants}", I may know someone.`),
      opt(f.event && `We spoke briefly at ${f.event}, didn't we?`),
      opt(f.headline && !f.wants && !f.haves && `I had a look at your profile ("${f.headline}").`),
      req('What would you like to talk about?'),
    ],
    (f) => [
      req(f.requestNote ? 'Many thanks for your request and your message.' : 'Many thanks for your request.'),
      opt(f.wants && `I saw that you're looking for "${f.wants}".`),
      opt(f.company && `What you do at ${f.company} sounds interesting.`),
      opt(!f.wants && !f.company && f.event && `We know each other from ${f.event}.`),
      req('Is there something specific I can help you with?'),
    ],
  ],
  'accept-thanks': [
    (f) => [
      req("Thanks for your request – I've gladly accepted it."),
      opt(f.wants && `If I come across anyone for "${f.wants}", I'll let you know.`),
      opt(!f.wants && f.company && `I'm curious about your work at ${f.company}.`),
      opt(!f.wants && !f.company && f.headline && `Your profile ("${f.headline}") made me curious.`),
      opt(!f.wants && !f.company && !f.headline && f.event && `Good that we met at ${f.event}.`),
      req('How did you come across me?'),
    ],
    (f) => [
      req('Thanks for connecting.'),
      opt(f.company && `I'll keep an eye on what's happening at ${f.company}.`),
      opt(f.wants && `If I hear anything about "${f.wants}", I'll tell you.`),
      opt(!f.wants && !f.company && f.event && `I still remember our conversation at ${f.event}.`),
      req('Is there a topic where we could help each other?'),
    ],
    (f) => [
      req("Good to be connected here as well."),
      opt(f.event && `I remember our conversation at ${f.event} well.`),
      opt(f.wants && `You're looking for "${f.wants}" – I'll keep my eyes open.`),
      opt(!f.wants && f.company && `What are you working on at ${f.company} right now?`),
      req("What's keeping you busy at the moment?"),
    ],
  ],
  'thank-visitor': [
    (f) => [
      req('You stopped by my page the other day – thank you.'),
      opt(f.company && `I see you're at ${f.company}.`),
      opt(!f.company && f.headline && `I see you work as "${f.headline}".`),
      opt(f.me.links.length > 0 && `More about my work: ${f.me.links.join(' ')}`),
      req('Is there anything I can help you with?'),
    ],
    (f) => [
      req('Thanks for your interest in my page.'),
      opt(f.wants && `You're looking for "${f.wants}" – does that match what I do?`),
      opt(!f.wants && f.company && `I see you're at ${f.company}.`),
      opt(f.me.links.length > 0 && `If you like, there is more here: ${f.me.links.join(' ')}`),
      req('Is there anything I can do for you?'),
    ],
    (f) => [
      req(f.company ? `Nice to see someone from ${f.company} stop by.` : 'Nice of you to stop by.'),
      opt(!f.company && f.headline && `I see you work as "${f.headline}".`),
      opt(f.me.links.length > 0 && `You'll find more about my work here: ${f.me.links.join(' ')}`),
      req('What brought you my way?'),
    ],
  ],
  'ask-introduction': [
    (f) => [
      opt(f.company && `I hope all is well at ${f.company}.`),
      req(`You know ${f.intro!.name}${f.intro!.headline ? ` ("${f.intro!.headline}")` : ''}.`),
      opt(f.intro!.why && `Here's why I'd like to meet: ${f.intro!.why}.`),
      req(`Would you introduce me to ${f.intro!.name}?`),
      req('Which way suits you best: a short introduction here, or a joint call?'),
      req(`Please only pass on an e-mail address if ${f.intro!.name} agrees.`),
    ],
    (f) => [
      req(`I'd like to get to know ${f.intro!.name} and saw that the two of you are connected.`),
      opt(f.intro!.why && `The reason: ${f.intro!.why}.`),
      req('Would you be willing to put us in touch? And which channel would you prefer?'),
      req(`E-mail only with ${f.intro!.name}'s consent, please.`),
    ],
    (f) => [
      req(`A favour to ask: could you introduce me to ${f.intro!.name}?`),
      opt(f.intro!.why && `What I have in mind: ${f.intro!.why}.`),
      opt(f.intro!.headline && `As "${f.intro!.headline}", ${f.intro!.name} would be exactly the right person for me.`),
      req('How would you prefer to do it – a message here, or a short conversation together?'),
      req(`Contact details such as an e-mail address only with ${f.intro!.name}'s consent, please.`),
    ],
  ],
  revive: [
    (f) => [
      req(f.event ? `We last spoke at ${f.event} ${f.monthEn} – it's been a while.` : "It's been a while since we were last in touch."),
      opt(f.company && `How are things at ${f.company}?`),
      opt(f.wants && `Is "${f.wants}" still on your list?`),
      req("What's new with you?"),
    ],
    (f) => [
      req(f.topic ? `I was thinking of our conversation about "${f.topic}" the other day.` : 'You came to mind the other day.'),
      opt(f.event && `That was at ${f.event}, ${f.monthEn}.`),
      opt(f.wants && `Are you still looking for "${f.wants}"?`),
      req('How are you, and what are you working on?'),
    ],
    (f) => [
      req("It's been a while since we were last in touch."),
      opt(f.event && `The last time we met was at ${f.event}.`),
      opt(f.company && `Are you still at ${f.company}?`),
      opt(!f.company && f.headline && `Are you still working as "${f.headline}"?`),
      req('Would you like to catch up in the next few weeks?'),
    ],
  ],
};

const GREETING: Record<Address, string> = { sie: 'Dear', du: 'Hi' };
const SIGN_OFF: Record<Address, string> = { sie: 'Kind regards,', du: 'Best,' };

export const EN: Book = {
  greeting: (f) => `${GREETING[f.address]} ${f.firstName},`,
  closing: (f) => [SIGN_OFF[f.address], f.address === 'sie' ? f.me.name : f.me.firstName],
  situations: SITUATIONS,
};
