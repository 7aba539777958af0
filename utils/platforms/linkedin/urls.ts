import { decodeSegment, type DetectedPage, type PageDetector } from '../page-types';

const onSite = (url: URL) => url.protocol === 'https:' && url.hostname === 'www.linkedin.com';
const page = (type: DetectedPage['type'], key?: string): DetectedPage => ({ platform: 'linkedin', type, ...(key ? { key } : {}) });

export const linkedinDetectors: readonly PageDetector[] = [
  {
    type: 'linkedin.profile',
    test(url) {
      if (!onSite(url)) return null;
      // Sub-pages like /overlay/contact-info/ or /recent-activity/ belong to the same person.
      const m = /^\/in\/([^/]+)(?:\/(?:overlay\/[^/]+|recent-activity(?:\/[^/]+)?|details\/[^/]+))?\/?$/.exec(url.pathname);
      const slug = m?.[1] ? decodeSegment(m[1]) : '';
      if (!slug || slug === 'me') return null;
      return page('linkedin.profile', slug);
    },
    examples: [
      'https://www.linkedin.com/in/tobias-lang/',
      'https://www.linkedin.com/in/annaberger',
      'https://www.linkedin.com/in/jana-schmidt-1a2b3c4d/?originalSubdomain=de',
      'https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-8b1a2c3d/',
      'https://www.linkedin.com/in/tobias-lang/overlay/contact-info/',
    ],
  },
  {
    type: 'linkedin.invitations.received',
    test(url) {
      if (!onSite(url)) return null;
      return /^\/mynetwork\/invitation-manager(\/received(\/[^/]+)?)?\/?$/.test(url.pathname)
        ? page('linkedin.invitations.received')
        : null;
    },
    examples: [
      'https://www.linkedin.com/mynetwork/invitation-manager/',
      'https://www.linkedin.com/mynetwork/invitation-manager/received/',
      'https://www.linkedin.com/mynetwork/invitation-manager/received/?invitationType=CONNECTION',
    ],
  },
  {
    type: 'linkedin.invitations.sent',
    test(url) {
      if (!onSite(url)) return null;
      return /^\/mynetwork\/invitation-manager\/sent(\/[^/]+)?\/?$/.test(url.pathname) ? page('linkedin.invitations.sent') : null;
    },
    examples: [
      'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
      'https://www.linkedin.com/mynetwork/invitation-manager/sent/?invitationType=CONNECTION',
    ],
  },
  {
    type: 'linkedin.messaging',
    test(url) {
      if (!onSite(url)) return null;
      return /^\/messaging(\/.*)?$/.test(url.pathname) ? page('linkedin.messaging') : null;
    },
    examples: [
      'https://www.linkedin.com/messaging/',
      'https://www.linkedin.com/messaging/thread/2-YTFiMmMzZDQtZTVmNg==/',
      'https://www.linkedin.com/messaging/compose/?recipient=tobias-lang',
    ],
  },
  {
    type: 'linkedin.authwall',
    test(url) {
      if (!onSite(url)) return null;
      return /^\/(authwall|login|signup|uas\/login)(\/.*)?$/.test(url.pathname) ? page('linkedin.authwall') : null;
    },
    examples: [
      'https://www.linkedin.com/authwall?trk=gf&trkInfo=AQE&original_referer=&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Ftobias-lang',
      'https://www.linkedin.com/login',
      'https://www.linkedin.com/uas/login?session_redirect=%2Fmynetwork%2F',
    ],
  },
  {
    type: 'linkedin.challenge',
    test(url) {
      if (!onSite(url)) return null;
      return /^\/checkpoint\/(challenge|lg|rp)(\/.*)?$/.test(url.pathname) ? page('linkedin.challenge') : null;
    },
    examples: ['https://www.linkedin.com/checkpoint/challenge/AgG1abc', 'https://www.linkedin.com/checkpoint/lg/login-submit'],
  },
];
