// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PersonPanel, type JournalActions } from '../../../components/popup/PersonPanel';
import type { Person } from '../../../utils/model/people';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = new Date(2026, 2, 20, 12).getTime();
const person: Person = { v: 1, id: 'p1', displayName: 'Anna Berg', tags: [], notes: '', createdAt: NOW, updatedAt: NOW };
const journal: JournalActions = { eventNames: [], now: NOW, onLogMeeting: async () => ({}), onSaveNotes: async () => {}, onOpenPerson: () => {} };
const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

// A keyboard user opens a form below three other actions: focus goes into it, and back to its button on cancel.
describe('the popup person panel by keyboard', () => {
  it.each([
    [en, 'Log meeting', 'Cancel', 'Notes and tags'],
    [de, 'Treffen notieren', 'Abbrechen', 'Notizen und Schlagwörter'],
  ])('%#: into the form it opened, back to its button', async (messages, logMeeting, cancel, notesAndTags) => {
    const root = renderIn(messages, <PersonPanel person={person} identities={[]} locale="en-GB" journal={journal} />);
    document.body.append(root);
    await act(() => button(root, logMeeting).click());
    expect(document.activeElement?.id).toBe('popup-meeting-event');
    await act(() => button(root, cancel).click());
    expect(document.activeElement).toBe(button(root, logMeeting));
    await act(() => button(root, notesAndTags).click());
    expect(document.activeElement?.id).toBe('popup-notes-notes');
    root.remove();
  });
});
