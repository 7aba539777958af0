// Argument handling shared by the command-line tools: flags, options with a value, one input file, checked input,
// and one-line errors with documented exit codes (README.md, "Exit codes of the command-line tools").
import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { translatorFromMessages, type Translate } from '../../utils/i18n';

/** 0 done; 1 the input could not be used (too large, empty, binary, not UTF-8, wrong shape); 2 bad usage; 3 a fault. */
export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

export interface Cli {
  flag(name: string): boolean;
  option(name: string): string | undefined;
  /** The one remaining argument (after flags and options are taken), named `what` in messages. */
  file(what: string): string;
  usage(message: string): never;
  /** The input could not be used: one line on stderr, exit code 1. */
  fail(message: string): never;
  /** A file's text, or standard input for "-": at most `maxBytes`, not empty, not binary, valid UTF-8. */
  read(path: string, maxBytes?: number): string;
  /** A JSON file of the given shape (an option's file, named `what` in messages). */
  readJson<T>(path: string, schema: z.ZodType<T>, what: string): T;
}

/** Inputs larger than this are refused before they are parsed (a 50 MB page ran the parser out of memory). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function cli(usageLine: string, argv = process.argv.slice(2)): Cli {
  const args = [...argv];
  const tool = /npm run --silent (\S+)/.exec(usageLine)?.[1] ?? 'handschlag';
  const oneLine = (message: string) => message.replace(/\s+/g, ' ').trim().slice(0, 300);
  lastResort(tool);
  const usage = (message: string): never => {
    process.stderr.write(`${tool}: ${oneLine(message)}\nusage: ${usageLine}\n`);
    process.exit(EXIT.usage);
  };
  const fail = (message: string): never => {
    process.stderr.write(`${tool}: ${oneLine(message)}\n`);
    process.exit(EXIT.badInput);
  };
  const read = (path: string, maxBytes = DEFAULT_MAX_BYTES): string => {
    let bytes: Buffer;
    try {
      if (path !== '-' && statSync(path).size > maxBytes) return fail(`${path} is larger than ${maxBytes} bytes`);
      bytes = readFileSync(path === '-' ? 0 : path);
    } catch (error) {
      return usage(`cannot read ${path}: ${(error as Error).message}`);
    }
    if (bytes.length > maxBytes) return fail(`${path} is larger than ${maxBytes} bytes`);
    if (bytes.includes(0)) return fail(`${path} is binary, not text`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail(`${path} is not valid UTF-8 text`);
    }
    if (!text.trim()) return fail(`${path} is empty`);
    return text;
  };
  return {
    usage,
    fail,
    read,
    flag(name) {
      const i = args.indexOf(name);
      if (i >= 0) args.splice(i, 1);
      return i >= 0;
    },
    option(name) {
      const joined = args.findIndex((a) => a.startsWith(`${name}=`)); // --name=value as well as --name value
      if (joined >= 0) {
        const value = args[joined]!.slice(name.length + 1);
        if (!value) usage(`${name} needs a value`);
        args.splice(joined, 1);
        return value;
      }
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
    readJson(path, schema, what) {
      let value: unknown;
      try {
        value = JSON.parse(read(path, 1024 * 1024));
      } catch (error) {
        return fail(`${what}: not JSON (${(error as Error).message})`);
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      return fail(`${what}: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'wrong shape'}`);
    },
  };
}

/** Whatever still goes wrong is one line and exit code 3, never a stack dump (deep nesting overflows the stack). */
function lastResort(tool: string): void {
  const report = (error: unknown) => {
    const message = error instanceof RangeError && /call stack/i.test(error.message) ? 'the input is nested too deeply to read' : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${tool}: ${message.replace(/\s+/g, ' ').slice(0, 300)}\n`);
    process.exit(EXIT.internal);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}

/** The extension's own locale file as a translator, for tools that print reasons. */
export function localeTranslator(lang: 'de' | 'en'): Translate {
  return translatorFromMessages(JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')));
}
