// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clickedRequestAction } from '../../../utils/platforms/click-action';
import { ALL_DETECTORS } from '../../../utils/platforms/detect';

const page = (html: string) => {
  document.body.innerHTML = html; // test fixture markup only
  return document.body;
};
const CARDS = `
  <ul>
    <li><a href="/profile/Jana_Schmidt">Jana Schmidt</a><button aria-label="Kontaktanfrage von Jana Schmidt annehmen"><span>Annehmen</span></button><button>Ablehnen</button></li>
    <li><a href="https://www.linkedin.com/in/tobias-lang/">Tobias</a><a href="/in/tobias-lang/">Tobias Lang</a><button aria-label="Accept Tobias Lang’s invitation to connect">Accept</button><button>Ignore</button><button>Withdraw</button></li>
  </ul>
  <section><p>Someone</p><div><button id="lonely">Accept</button></div></section>`;

describe('clickedRequestAction', () => {
  const rows: [string, string, string, unknown][] = [
    ['German accept (aria-label, verb last)', 'https://www.xing.com/contacts/requests', 'li:nth-child(1) button span', { key: 'Jana_Schmidt', action: 'accept' }],
    ['decline on XING', 'https://www.xing.com/contacts/requests', 'li:nth-child(1) button:nth-of-type(2)', { key: 'Jana_Schmidt', action: 'decline' }],
    ['accept on LinkedIn with two links to the same person', 'https://www.linkedin.com/mynetwork/invitation-manager/', 'li:nth-child(2) button:nth-of-type(1)', { key: 'tobias-lang', action: 'accept' }],
    ['ignore on LinkedIn', 'https://www.linkedin.com/mynetwork/invitation-manager/', 'li:nth-child(2) button:nth-of-type(2)', { key: 'tobias-lang', action: 'ignore' }],
    ['withdraw', 'https://www.linkedin.com/mynetwork/invitation-manager/sent/', 'li:nth-child(2) button:nth-of-type(3)', { key: 'tobias-lang', action: 'withdraw' }],
    ['a card without a profile link', 'https://www.linkedin.com/mynetwork/invitation-manager/', '#lonely', null],
    ['a click outside buttons', 'https://www.xing.com/contacts/requests', 'li:nth-child(1) a', null],
  ];
  it.each(rows)('%s', (_name, url, selector, expected) => {
    const root = page(CARDS);
    expect(clickedRequestAction(root.querySelector(selector)!, url, ALL_DETECTORS)).toEqual(expected);
  });
});
