// Where the Debian browsers live, and the message that says how to install them when they do not.
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export function chromiumPath(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`);
  }
  if (!existsSync('/usr/lib/chromium/locales/de.pak') && CHROMIUM === '/usr/bin/chromium') {
    console.warn('Chromium has no German locale pack: German UI checks fall back to English. Install it with: sudo apt-get install -y chromium-l10n');
  }
  return CHROMIUM;
}

export function firefoxPath(): string {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox ESR not found at ${FIREFOX}. Install it with: sudo apt-get install -y firefox-esr`);
  }
  return FIREFOX;
}

/** Flags that keep headless Chromium off the network (this machine has none) and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--metrics-recording-only',
];
