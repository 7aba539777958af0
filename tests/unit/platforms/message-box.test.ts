// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertComposed } from '../../../utils/platforms/common/actions/compose-insert';
import { ALL_DETECTORS } from '../../../utils/platforms/detect';
import { COMPOSE_INSERT } from '../../../utils/messaging/compose-messages';
import { openMessageBox } from '../../e2e/helpers/message-overlay';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
// Real fixture profile pages (tests/fixtures/*/fixtures.json), with a conversation box opened over them.
const LINKEDIN = { file: 'linkedin/profile-2026-en.html', url: 'https://www.linkedin.com/in/lucas-moreau/', key: 'lucas-moreau', name: 'Lucas Moreau' };
const XING = { file: 'xing/profile-2025-de.html', url: 'https://www.xing.com/profile/Annika_Boehm3', key: 'Annika_Boehm3', name: 'Annika Böhm' };
const TEXT = 'Hallo Annika,\ndanke für das Gespräch.\nViele Grüße\nJochen';

function load(file: string) {
  const html = readFileSync(resolve(FIXTURES, file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '').replace(/<link[^>]*>/gi, ''); // test fixture markup only (stylesheets are not loaded)
}
const insert = (site: typeof XING, target = site) => insertComposed(document, site.url, ALL_DETECTORS, { type: COMPOSE_INSERT, text: TEXT, key: target.key, name: target.name });
const box = () => document.querySelector<HTMLElement>('[data-test="message-box"] textarea, [data-test="message-box"] [contenteditable]')!;
const boxText = () => (box() instanceof HTMLTextAreaElement ? (box() as HTMLTextAreaElement).value : box().innerText);

describe('Insert into the open message box (fixture profile pages)', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it.each([LINKEDIN, XING])('$file: no open box → says so, changes nothing', (site) => {
    load(site.file);
    expect(insert(site)).toEqual({ ok: false, reason: 'no-box' });
  });

  it.each([LINKEDIN, XING])("$file: fills the box of the profile's person, and sends nothing", (site) => {
    load(site.file);
    openMessageBox({ platform: site.url.includes('linkedin') ? 'linkedin' : 'xing', profileHref: site.url, name: site.name });
    let submitted = false;
    document.addEventListener('submit', () => (submitted = true), true);
    expect(insert(site)).toEqual({ ok: true });
    expect(boxText()!.replace(/\s+/g, ' ')).toBe(TEXT.replace(/\s+/g, ' '));
    expect(submitted).toBe(false);
  });

  it.each([LINKEDIN, XING])('$file: refuses when the open box belongs to someone else', (site) => {
    load(site.file);
    const other = site === LINKEDIN ? { href: 'https://www.linkedin.com/in/tobias-lang/', name: 'Tobias Lang' } : { href: 'https://www.xing.com/profile/Jana_Schmidt', name: 'Jana Schmidt' };
    openMessageBox({ platform: site === LINKEDIN ? 'linkedin' : 'xing', profileHref: other.href, name: other.name });
    expect(insert(site)).toEqual({ ok: false, reason: 'other-person', detail: other.name });
    expect(boxText()).toBe('');
  });

  it('two boxes for the same person are ambiguous; one for them among others is found', () => {
    load(LINKEDIN.file);
    openMessageBox({ platform: 'linkedin', profileHref: 'https://www.linkedin.com/in/tobias-lang/', name: 'Tobias Lang' });
    openMessageBox({ platform: 'linkedin', profileHref: LINKEDIN.url, name: LINKEDIN.name });
    expect(insert(LINKEDIN)).toEqual({ ok: true });
    openMessageBox({ platform: 'linkedin', profileHref: LINKEDIN.url, name: LINKEDIN.name });
    expect(insert(LINKEDIN)).toEqual({ ok: false, reason: 'ambiguous' });
  });

  it('a note dialog without links belongs to the person it names', () => {
    document.body.innerHTML = `<div role="dialog"><h2>Add a note to your invitation to Lucas Moreau</h2><textarea name="message"></textarea></div>`; // test markup only
    expect(insert(LINKEDIN)).toEqual({ ok: true });
    document.body.innerHTML = `<div role="dialog"><h2>Add a note to your invitation to Tobias Lang</h2><textarea name="message"></textarea></div>`; // test markup only
    expect(insert(LINKEDIN)).toEqual({ ok: false, reason: 'unknown-owner' }); // worded by the popup, no English from the page
  });
});
