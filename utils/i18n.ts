import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** Looks up a UI string; `subs` fill $1, $2, … as in the extension's locale files. */
export type Translate = (key: MessageKey, subs?: string | number | readonly (string | number)[]) => string;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The same substitution the browser's `i18n.getMessage` does, for tests and command-line tools that
 * have the locale file but no browser. Pure.
 */
export function translatorFromMessages(messages: Record<string, LocaleEntry>): Translate {
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return key;
    const args = (Array.isArray(subs) ? subs : subs === undefined ? [] : [subs]).map(String);
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      if (!content) return whole;
      return content.replace(/\$(\d)/g, (_m, n: string) => args[Number(n) - 1] ?? '');
    });
  };
}

/** Wraps the browser's `i18n.getMessage` (passed in by the entrypoint) as a typed translator. */
export function translatorFromGetMessage(getMessage: (key: string, subs?: string[]) => string): Translate {
  return (key, subs) => {
    const args = (Array.isArray(subs) ? subs : subs === undefined ? [] : [subs]).map(String);
    return getMessage(key, args) || key;
  };
}
