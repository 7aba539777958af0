// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { MergeDelete } from '../../../components/dashboard/MergeDelete';
import type { Person } from '../../../utils/model/people';
import { PERSON_MISSING } from '../../../utils/model/person-missing';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { renderIn } from '../helpers/render-in';

const NOW = new Date(2026, 2, 20, 12).getTime();
const jana = (id: string, headline: string): Person => ({ v: 1, id, displayName: 'Jana Schmidt', headline, tags: [], notes: '', createdAt: NOW, updatedAt: NOW });

describe('merging on the person page', () => {
  it.each([
    [en, 'Merge Jana Schmidt · Vertrieb into this person'],
    [de, 'Jana Schmidt · Vertrieb hier übernehmen'],
  ])('%#: the merged entry leaves the search results once merged', async (messages, mergeLabel) => {
    const merged: string[] = [];
    const root = renderIn(
      messages,
      <MergeDelete person={jana('a', 'Einkauf')} onSearch={async () => [jana('a', 'Einkauf'), jana('b', 'Vertrieb')]} onMerge={async (p) => void merged.push(p.id)} onDelete={async () => {}} />,
    );
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'Jana';
    await act(async () => void search.dispatchEvent(new Event('input')));
    const buttons = () => [...root.querySelectorAll('.result-list button')].map((b) => b.textContent);
    expect(buttons()).toEqual([mergeLabel]);
    await act(async () => void (root.querySelector('.result-list button') as HTMLButtonElement).click());
    expect(merged).toEqual(['b']);
    expect(buttons()).toEqual([]);
    expect(search.value).toBe('');
  });

  // Review of the person page, finding 4: the confirmation replaces the focused button.
  it.each([
    [en, 'Delete this person', 'Cancel'],
    [de, 'Diese Person löschen', 'Abbrechen'],
  ])('%#: focus goes into the delete confirmation, and back to the delete button on Cancel', async (messages, del, cancel) => {
    const root = renderIn(messages, <MergeDelete person={jana('a', 'Einkauf')} onSearch={async () => []} onMerge={async () => {}} onDelete={async () => {}} />);
    document.body.append(root);
    const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
    const focused = () => (document.activeElement === document.body ? 'body' : document.activeElement?.textContent);
    button(del).focus();
    await act(async () => void button(del).click());
    const afterDelete = focused();
    await act(async () => void button(cancel).click());
    const afterCancel = focused();
    root.remove();
    expect({ afterDelete, afterCancel }).toEqual({ afterDelete: cancel, afterCancel: del });
  });

  // Finding 5: a merge that would cut notes or tags says what, before anything is merged.
  it.each([
    [en, 'Merge Jana Schmidt · Vertrieb into this person', 'the last 4,002 characters of the joined notes; these tags: b40, b41', 'Merge anyway', 'Cancel'],
    [de, 'Jana Schmidt · Vertrieb hier übernehmen', 'die letzten 4.002 Zeichen der zusammengeführten Notizen; diese Schlagwörter: b40, b41', 'Trotzdem zusammenführen', 'Abbrechen'],
  ])('%#: asks before a merge that would cut, naming what would go', async (messages, mergeLabel, cut, anyway, cancel) => {
    const merged: string[] = [];
    const keep = { ...jana('a', 'Einkauf'), notes: 'A'.repeat(12_000), tags: Array.from({ length: 60 }, (_, i) => `a${i}`) };
    const other = { ...jana('b', 'Vertrieb'), notes: 'B'.repeat(12_000), tags: Array.from({ length: 42 }, (_, i) => `b${i}`) };
    const root = renderIn(messages, <MergeDelete person={keep} locale={messages === de ? 'de' : 'en'} onSearch={async () => [other]} onMerge={async (p) => void merged.push(p.id)} onDelete={async () => {}} />);
    document.body.append(root);
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'Jana';
    await act(async () => void search.dispatchEvent(new Event('input')));
    const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
    button(mergeLabel).focus();
    await act(async () => void button(mergeLabel).click());
    expect(merged).toEqual([]);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(cut);
    expect(document.activeElement?.textContent).toBe(cancel);
    await act(async () => void button(cancel).click());
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement?.textContent).toBe(mergeLabel);
    await act(async () => void button(mergeLabel).click());
    await act(async () => void button(anyway).click());
    root.remove();
    expect(merged).toEqual(['b']);
  });

  // Finding 7: someone deleted or merged meanwhile is said in words, and leaves the results.
  it.each([
    [en, 'This person is no longer in the journal: it was deleted or merged meanwhile.'],
    [de, 'Diese Person ist nicht mehr im Journal: Der Eintrag wurde inzwischen gelöscht oder zusammengeführt.'],
  ])('%#: a merge or delete of someone gone meanwhile says so in words', async (messages, words) => {
    let listed = [jana('b', 'Vertrieb')];
    const gone = async () => {
      listed = [];
      throw new Error(PERSON_MISSING);
    };
    const root = renderIn(messages, <MergeDelete person={jana('a', 'Einkauf')} onSearch={async () => listed} onMerge={gone} onDelete={gone} />);
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'Jana';
    await act(async () => void search.dispatchEvent(new Event('input')));
    const settled = () => act(async () => void (await new Promise((resolve) => setTimeout(resolve, 0))));
    await act(async () => void (root.querySelector('.result-list button') as HTMLButtonElement).click());
    await settled();
    expect(root.querySelector('p.error')!.textContent).toBe(words);
    expect(root.querySelectorAll('.result-list button')).toHaveLength(0);
    const danger = () => root.querySelector('button.danger') as HTMLButtonElement;
    await act(async () => void danger().click());
    await act(async () => void danger().click());
    await settled();
    expect(root.querySelector('p.error')!.textContent).toBe(words);
  });
});
