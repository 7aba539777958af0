// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PagePanel } from '../../../components/popup/PagePanel';
import type { JournalActions } from '../../../components/popup/PersonPanel';
import type { PageState } from '../../../components/popup/page-state';
import { renderInto } from '../integrity/render';

const NO_JOURNAL: JournalActions = { eventNames: [], now: 0, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} };
const panel = (page: PageState) => renderInto(<PagePanel page={page} locale="en" onCapture={() => {}} onManualEntry={() => {}} journal={NO_JOURNAL} />);

// Issue 15: a page that was not read says so in words: which page (not `xing.profile`) and why (not the parser's
// developer message); the viewer's own profile is no failure and offers no manual entry.
describe('the popup on a page that was not read', () => {
  it('names the page and the reason in words, and offers manual entry on a profile', () => {
    const el = panel({ kind: 'layout', platform: 'linkedin', pageType: 'linkedin.profile', code: 'conflicting-field', field: 'name', message: 'name: heading "Ana" vs island "Bob"', key: 'ana' });
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe("This page (LinkedIn profile) could not be read: the name on the page differs from the page's own data; Handschlag does not guess. Nothing was saved.");
    expect(el.textContent).not.toMatch(/linkedin\.profile|conflicting-field|island/);
    expect(el.querySelector('form, button')).not.toBeNull();
  });

  it('on the viewer\'s own profile says so calmly: no alert, no manual entry', () => {
    const el = panel({ kind: 'layout', platform: 'xing', pageType: 'xing.profile', code: 'own-profile', message: 'the viewer’s own profile', key: 'me' });
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.querySelector('button, form')).toBeNull();
    expect(el.textContent).toContain('This is your own profile.');
  });

  it('a failed "read now" is said in words too', () => {
    const el = panel({ kind: 'unknown-person', platform: 'xing', key: 'k', captureError: 'missing-field: name (h1)', captureCode: 'missing-field' });
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Could not read this page: a required part was not found on the page');
  });
});
