/**
 * In the page: opens a conversation box as the sites do over a profile (LinkedIn's messaging overlay bubble with
 * `.msg-overlay-bubble-header`, a `.msg-thread__link-to-profile` link and `.msg-form__contenteditable`, platform
 * notes §4; XING's chat window with a textarea). An imitation built from those selectors, not a capture.
 * Self-contained, so Playwright can run it with `page.evaluate(openMessageBox, args)` and unit tests directly.
 */
export function openMessageBox(args: { platform: 'linkedin' | 'xing'; profileHref: string; name: string }): boolean {
  const el = (tag: string, attrs: Record<string, string> = {}, text?: string) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text) node.textContent = text;
    return node;
  };
  const bubble = el('aside', { class: args.platform === 'linkedin' ? 'msg-overlay-conversation-bubble' : 'chat-window', 'data-test': 'message-box' });
  const header = el('header', { class: 'msg-overlay-bubble-header' });
  header.append(el('a', { href: args.profileHref, class: 'msg-thread__link-to-profile' }, args.name));
  const form = el('form', { class: 'msg-form' });
  const box =
    args.platform === 'linkedin'
      ? el('div', { class: 'msg-form__contenteditable', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': 'Write a message…' })
      : el('textarea', { 'data-qa': 'message-input', rows: '3', placeholder: 'Nachricht schreiben …' });
  form.append(box, el('button', { type: 'submit', disabled: '' }, 'Send'));
  bubble.append(header, form);
  Object.assign(bubble.style, { position: 'fixed', right: '16px', bottom: '0', width: '320px', background: '#fff', border: '1px solid #ccc', zIndex: '9999' });
  document.body.append(bubble);
  return true;
}
