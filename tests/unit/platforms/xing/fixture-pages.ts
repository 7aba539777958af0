import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { ParseContext } from '../../../../utils/platforms/facts';

/** One entry of tests/fixtures/xing/fixtures.json. */
export interface FixtureEntry {
  file: string;
  url: string;
  pageType: string;
  lang: string;
  era: string;
  expect: {
    refused?: boolean;
    /** The page is read and refused with this named error (e.g. the viewer's own profile). */
    error?: { code: string };
    person?: Record<string, unknown> & { key: string; name: string };
    requests?: (Record<string, unknown> & { key: string; name: string; actions: string[]; note: string })[];
    messages?: { senderKey?: string; senderName: string; time?: string; text: string }[];
  };
}

const DIR = join(__dirname, '../../../fixtures/xing');

export const FIXTURES: FixtureEntry[] = JSON.parse(readFileSync(join(DIR, 'fixtures.json'), 'utf8')) as FixtureEntry[];

/** HTML parsed into a fresh Document (happy-dom; no scripts run, no stylesheets load). */
export function htmlDocument(html: string, url = 'https://www.xing.com/'): Document {
  const window = new Window({ url, settings: { handleDisabledFileLoadingAsSuccess: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  // happy-dom's Document implements the DOM the parsers use; its TypeScript type is its own class, not lib.dom's.
  return doc as unknown as Document;
}

/** A fixture file parsed into a fresh Document. */
export function loadFixture(file: string, url = 'https://www.xing.com/'): Document {
  return htmlDocument(readFileSync(join(DIR, file), 'utf8'), url);
}

/** The context every fixture is parsed with: Mon 23 Nov 2026, 12:00 UTC, in CET. */
export function contextFor(entry: FixtureEntry): ParseContext {
  return { url: entry.url, now: Date.UTC(2026, 10, 23, 12, 0), tzOffsetMin: -60 };
}

/** Collapses all whitespace, as the manifest's values are written. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
