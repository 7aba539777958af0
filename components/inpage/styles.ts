/**
 * The in-page UI's styles, inlined into each closed shadow root (no stylesheet file: nothing web-accessible, no
 * extension URL in the page). `:host { all: initial }` keeps the site's styles out. Colours meet WCAG AA (4.5:1
 * for text) in both schemes; the band is also said in words and an icon, never by colour alone.
 */
export const INPAGE_CSS = `
:host { all: initial !important; display: block !important; margin: 6px 0 2px !important; }
.root { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
.root.light { --fg: #1f2328; --muted: #57606a; --panel: #ffffff; --line: #8c959f; --btn: #f6f8fa;
  --c-bg: #fde8e8; --c-fg: #8a1c1c; --u-bg: #eef0f3; --u-fg: #3a4150; --g-bg: #e6f4ea; --g-fg: #1d5e33;
  --danger: #b42318; --on-danger: #ffffff; --focus: #0b57d0; --primary: #0b57d0; --on-primary: #ffffff; --b-bg: #2b2b2b; --b-fg: #ffffff; }
.root.dark { --fg: #e6edf3; --muted: #9da7b3; --panel: #1f2428; --line: #768390; --btn: #2d333b;
  --c-bg: #4a1515; --c-fg: #ffc4c4; --u-bg: #30363d; --u-fg: #d0d7de; --g-bg: #12361f; --g-fg: #a7e3b8;
  --danger: #ff938a; --on-danger: #1b1f24; --focus: #79c0ff; --primary: #79c0ff; --on-primary: #1b1f24; --b-bg: #e6edf3; --b-fg: #1b1f24; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.pills { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.pill { display: inline-flex; align-items: center; gap: 4px; border: 1px solid currentColor; border-radius: 999px;
  padding: 1px 10px; font-weight: 600; background: var(--u-bg); color: var(--u-fg); }
.pill.collector { background: var(--c-bg); color: var(--c-fg); }
.pill.genuine { background: var(--g-bg); color: var(--g-fg); }
.pill .chev { font-weight: 400; }
.tag { display: inline-flex; gap: 4px; border-radius: 4px; padding: 1px 8px; background: var(--b-bg); color: var(--b-fg); font-weight: 600; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.panel { margin-top: 6px; padding: 10px 12px; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); max-width: 560px; }
.panel h4 { margin: 0 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.panel ul { margin: 0 0 8px; padding: 0; list-style: none; }
.panel li { margin: 2px 0; overflow-wrap: anywhere; }
.panel p { margin: 0 0 8px; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0; }
.actions button { border: 1px solid var(--line); border-radius: 6px; padding: 3px 10px; background: var(--btn); }
.actions button[aria-pressed="true"] { font-weight: 700; box-shadow: inset 0 0 0 2px currentColor; }
.actions button.danger { background: var(--danger); color: var(--on-danger); border-color: var(--danger); font-weight: 600; }
.actions button:disabled, .actions button[aria-disabled="true"] { opacity: .6; cursor: default; }
.status { margin: 4px 0 0; }
.status:empty { display: none; }
.card { padding: 10px 12px 12px; border: 1px solid var(--line); border-radius: 10px; background: var(--panel);
  box-shadow: 0 4px 16px rgba(0,0,0,.25); max-height: calc(100vh - 96px); overflow: auto; overflow-wrap: anywhere; }
.card-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 8px; }
.brand { margin: 0; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.card-title { margin: 0 0 6px; font-size: 15px; line-height: 1.3; }
.close { flex: none; border: 1px solid transparent; border-radius: 6px; background: transparent; width: 28px; height: 28px;
  font-size: 18px; line-height: 1; padding: 0; }
.close:hover { border-color: var(--line); }
.card-lines { margin: 0 0 8px; padding: 0; list-style: none; }
.card-lines li { margin: 3px 0; }
.line.lead { font-weight: 600; }
.line.warn { color: var(--c-fg); font-weight: 600; }
.line.danger { color: var(--danger); font-weight: 700; }
.card-notes { margin: 0 0 6px; padding: 6px 8px; border-left: 3px solid var(--line); white-space: pre-line; }
.card-tags { margin: 0 0 6px; }
.actions button.primary { background: var(--primary); color: var(--on-primary); border-color: var(--primary); font-weight: 600; }
.status.stopped { font-weight: 600; }
.hint { margin: 0; max-width: none; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.hint-summary { margin: 0 0 4px; font-weight: 700; }
.hint h4 { margin-top: 6px; }
.hint-suggestion { max-height: 9em; overflow: auto; }
.mark { position: fixed; box-sizing: border-box; outline: 3px solid #d93025; outline-offset: 2px; border-radius: 4px; pointer-events: none; }
`;

// The hosts are plain `div`s without attributes (nothing the page could find us by): where a host sits is said by a
// `:host` rule in its own shadow root. `!important` there outranks the page's rules for `div` (CSS Scoping: for
// important declarations the shadow tree's win).
const hostRule = (declarations: string) => `:host { ${declarations.split(';').filter(Boolean).map((d) => `${d} !important`).join('; ')}; }`;

/** The outcome toast: fixed at the bottom of the window, above the site's own layers. */
export const TOAST_HOST_STYLE = hostRule('position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:420px;margin:0;');

/** The recognition card: fixed below the sites' top bars on the right, above the sites' own layers. */
export const CARD_HOST_STYLE = hostRule('position:fixed;top:72px;right:16px;z-index:2147483646;width:340px;max-width:calc(100vw - 32px);margin:0;');

/** The draft hint: in the site's flow right after the message or note box, as wide as the box's form. */
export const HINT_HOST_STYLE = hostRule('display:block;margin:6px 0;max-width:100%;');

/** The marker over a site's control (inpage-mark.ts): a layer of ours that takes no click; the frame inside is fixed to the window. */
export const MARK_HOST_STYLE = hostRule('position:fixed;left:0;top:0;width:0;height:0;margin:0;z-index:2147483646;pointer-events:none;overflow:visible;');
