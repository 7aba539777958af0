// @vitest-environment happy-dom
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { DraftHint } from '../../../components/inpage/DraftHint';
import { draftHintView, hintWanted, MISSING_FROM } from '../../../components/inpage/draft-hint-view';
import type { DraftLint } from '../../../utils/messaging/draft-protocol';
import { isDraftBox } from '../../../utils/platforms/common/actions/draft-box';
import { createMount } from '../../../utils/platforms/common/actions/inpage-host';
import { draftTarget } from '../../../utils/platforms/common/actions/message-box';
import { xingDetectors } from '../../../utils/platforms/xing/urls';
import { tEn } from '../integrity/render';

const HOSTILE = '<img src=x onerror="window.__tripwire=1">';
const TEMPLATE: DraftLint = {
  templateLike: true,
  findings: [{ id: 'shared-context', key: 'sigSharedContext', subs: [`gleichen Gruppe ${HOSTILE}`] }],
  missing: ['lintMissingPersonalReference', 'lintMissingReasonForContact'],
};
const PERSONAL: DraftLint = { templateLike: false, findings: [], missing: ['lintMissingRecipientName'] };

function mountHint(lint: DraftLint, suggestion?: string, handlers: Partial<{ onUse: () => void; onComposer: () => void; onDismiss: () => void }> = {}) {
  const mount = createMount(document, 'en', 'light');
  document.body.append(mount.host);
  const props = { view: draftHintView(lint, suggestion, tEn), onUse: handlers.onUse ?? (() => {}), onComposer: handlers.onComposer ?? (() => {}), onDismiss: handlers.onDismiss ?? (() => {}) };
  render(h(I18nProvider, { value: tEn }, h(DraftHint, props)), mount.container);
  return mount;
}
const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

describe('the draft hint (happy-dom)', () => {
  it('shows only for a template-like draft, or a longer one with no personal reference', () => {
    expect(hintWanted(TEMPLATE, 20)).toBe(true);
    expect(hintWanted(PERSONAL, 400)).toBe(false);
    const impersonal: DraftLint = { templateLike: false, findings: [], missing: ['lintMissingPersonalReference'] };
    expect(hintWanted(impersonal, MISSING_FROM - 1)).toBe(false);
    expect(hintWanted(impersonal, MISSING_FROM)).toBe(true);
  });

  it('says why and what is missing, as text, in a named region of a closed root', () => {
    const { host, container } = mountHint(TEMPLATE, `Guten Tag Anna ${HOSTILE}`);
    expect(host.shadowRoot).toBeNull();
    expect(container.querySelector('[role="region"]')!.getAttribute('aria-label')).toBe('Handschlag: about your draft');
    const text = container.textContent!;
    expect(text).toContain('This reads like a template');
    expect(text).toContain(`gleichen Gruppe ${HOSTILE}`);
    expect(text).toContain(tEn('lintMissingPersonalReference'));
    expect(container.querySelector('.hint-suggestion')!.textContent).toBe(`Guten Tag Anna ${HOSTILE}`);
    expect(container.querySelector('img')).toBeNull();
    expect((globalThis as { __tripwire?: number }).__tripwire).toBeUndefined();
  });

  it('offers the suggestion only when there is one; its buttons and Escape call back', () => {
    const onUse = vi.fn();
    const onComposer = vi.fn();
    const onDismiss = vi.fn();
    const withSuggestion = mountHint(TEMPLATE, 'Guten Tag Anna', { onUse, onComposer, onDismiss }).container;
    button(withSuggestion, 'Use this suggestion')!.click();
    button(withSuggestion, 'Suggest a message')!.click();
    button(withSuggestion, 'Hide this hint')!.click();
    withSuggestion.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([onUse.mock.calls.length, onComposer.mock.calls.length, onDismiss.mock.calls.length]).toEqual([1, 1, 2]);
    const without = mountHint(TEMPLATE).container;
    expect(button(without, 'Use this suggestion')).toBeUndefined();
    expect(button(without, 'Suggest a message')).toBeDefined();
  });
});

describe('which boxes count, and whom a draft is for', () => {
  const page = (html: string) => {
    document.body.innerHTML = html;
    return document.body;
  };
  it('a textarea or editable box in a form or dialog, not a search field, not hidden', () => {
    page(`<form><textarea id=a></textarea></form><div role=dialog><div id=b contenteditable=true></div></div>
      <form role=search><textarea id=c></textarea></form><textarea id=d></textarea><form hidden><textarea id=e></textarea></form><form><input id=f></form>`);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].filter((id) => isDraftBox(document.getElementById(id)))).toEqual(['a', 'b']);
    expect(isDraftBox(null)).toBe(false);
    expect(isDraftBox(document)).toBe(false);
  });
  it('a conversation linking to one person is a message to them; a dialog linking to no one is the note for the profile shown', () => {
    page(`<aside><a href="/profile/Jana_Schmidt">Jana Schmidt</a><form><textarea id=m></textarea></form></aside>
      <div role=dialog><p>Add a note</p><textarea id=n></textarea></div>
      <aside><a href="/profile/A_B">A</a><a href="/profile/C_D">C</a><form><textarea id=x></textarea></form></aside>`);
    const url = 'https://www.xing.com/profile/Anna_Berg';
    expect(draftTarget(document.getElementById('m')!, url, xingDetectors)).toEqual({ kind: 'message', key: 'Jana_Schmidt', name: 'Jana Schmidt' });
    expect(draftTarget(document.getElementById('n')!, url, xingDetectors)).toEqual({ kind: 'note', key: 'Anna_Berg' });
    expect(draftTarget(document.getElementById('x')!, url, xingDetectors)).toEqual({ kind: 'message' });
  });
});

describe('the hint stays small', () => {
  it('shows at most three findings, "only a shared group" first', () => {
    const many: DraftLint = {
      templateLike: true,
      findings: ['a', 'b', 'c', 'd'].map((id) => ({ id, key: 'lintSummaryTemplate', subs: [] })).concat({ id: 'only-shared-context', key: 'lintOnlySharedContext', subs: [] }),
      missing: [],
    };
    expect(draftHintView(many, undefined, tEn).findings.map((f) => f.id)).toEqual(['only-shared-context', 'a', 'b']);
  });
});
