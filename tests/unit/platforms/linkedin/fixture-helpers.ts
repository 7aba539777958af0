import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { ParseContext } from '../../../../utils/platforms/facts';
import manifest from '../../../fixtures/linkedin/fixtures.json';

/** One entry of tests/fixtures/linkedin/fixtures.json. */
export interface FixtureEntry {
  file: string;
  url: string;
  pageType: string;
  lang: string;
  era: string;
  expect: {
    refused?: boolean;
    /** The named error the page must give (issue 15: a conflict, the viewer's own profile): never a person. */
    error?: { code: string; field?: string };
    /** Cards the page must skip with a named error (the rest are still read). */
    skipped?: { code: string; field?: string }[];
    person?: Record<string, unknown> & { key: string; name: string; mutual?: { key?: string; name: string }[] };
    requests?: {
      key: string;
      name: string;
      headline?: string;
      note: string;
      received?: string;
      mutualCount?: number;
      actions: string[];
      direction?: 'received' | 'sent';
    }[];
    messages?: { senderKey?: string; senderName: string; fromViewer?: true; time?: string; text: string }[];
  };
}

export const FIXTURES = manifest as FixtureEntry[];

/** The clock all fixture tests use: Mon 23 Nov 2026, 12:00 UTC, viewer in CET. */
export const ctxFor = (entry: Pick<FixtureEntry, 'url'>): ParseContext => ({ url: entry.url, now: Date.UTC(2026, 10, 23, 12, 0), tzOffsetMin: -60 });

export const readFixture = (file: string): string => readFileSync(join(__dirname, '../../../fixtures/linkedin', file), 'utf8');

/**
 * The fixture parsed with `DOMParser#parseFromString` into a fresh Document. A window of its own with
 * disabled file loading counted as success, so the saved pages' stylesheets and iframes stay quiet.
 */
export function loadFixture(file: string, html = readFixture(file)): Document {
  const window = new Window({ url: 'https://www.linkedin.com/', settings: { handleDisabledFileLoadingAsSuccess: true } });
  // happy-dom's Document implements the DOM the parsers use; its TypeScript type is its own class, not lib.dom's.
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const collapse = (text: string | undefined): string | undefined => text?.replace(/\s+/g, ' ').trim();
