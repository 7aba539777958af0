// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { MergeDelete } from '../../../components/dashboard/MergeDelete';
import type { Person } from '../../../utils/model/people';
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
});
