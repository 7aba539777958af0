// Argument handling shared by the command-line tools: flags, options with a value, one input file, and a
// usage message with exit code 2 for anything else.
import { readFileSync } from 'node:fs';
import { translatorFromMessages, type Translate } from '../../utils/i18n';

export interface Cli {
  flag(name: string): boolean;
  option(name: string): string | undefined;
  /** The one remaining argument (after flags and options are taken), named `what` in messages. */
  file(what: string): string;
  usage(message: string): never;
  /** A file's text, or standard input for "-". */
  read(path: string): string;
}

export function cli(usageLine: string, argv = process.argv.slice(2)): Cli {
  const args = [...argv];
  const usage = (message: string): never => {
    process.stderr.write(`${message}\nusage: ${usageLine}\n`);
    process.exit(2);
  };
  return {
    usage,
    flag(name) {
      const i = args.indexOf(name);
      if (i >= 0) args.splice(i, 1);
      return i >= 0;
    },
    option(name) {
      const i = args.indexOf(name);
      if (i < 0) return undefined;
      const value = args[i + 1];
      if (!value) usage(`${name} needs a value`);
      args.splice(i, 2);
      return value;
    },
    file(what) {
      const [file, ...rest] = args;
      if (!file) usage(`${what} is required`);
      if (rest.length) usage(`unexpected arguments: ${rest.join(' ')}`);
      return file!;
    },
    read(path) {
      try {
        return readFileSync(path === '-' ? 0 : path, 'utf8');
      } catch (error) {
        return usage(`cannot read ${path}: ${(error as Error).message}`);
      }
    },
  };
}

/** The extension's own locale file as a translator, for tools that print reasons. */
export function localeTranslator(lang: 'de' | 'en'): Translate {
  return translatorFromMessages(JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')));
}
