#!/usr/bin/env node
/**
 * `newsgraph-parse FILE… [--published YYYY-MM-DD] [--language fr|en]`: one file prints its JSON
 * object; several print JSON Lines (one object per file, in order, each with a "file" field);
 * `-` reads standard input. A file that cannot be read is reported on stderr in one line and the
 * others are still parsed; the exit code is then 1.
 */
import { readFileSync, statSync } from "node:fs";
import { parseDocument } from "./index.js";
import type { Language, ParseOptions } from "./types.js";

const USAGE = "usage: newsgraph-parse FILE… [--published YYYY-MM-DD] [--language fr|en]   (FILE - reads stdin)";

class InputError extends Error {}

interface Arguments {
  files: string[];
  options: ParseOptions;
}

function readArguments(args: string[]): Arguments {
  const files: string[] = [];
  const options: ParseOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-" || !arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    if (arg === "--") {
      files.push(...args.slice(i + 1));
      break;
    }
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const given = inline ?? args[++i];
      if (given === undefined || given === "") throw new InputError(`${flag} needs a value`);
      return given;
    };
    switch (flag) {
      case "--published":
        options.publishedAt = checkedDate(value());
        break;
      case "--language": {
        const language = value();
        if (language !== "fr" && language !== "en") throw new InputError(`--language must be fr or en, got "${language}"`);
        options.language = language satisfies Language;
        break;
      }
      case "--help":
      case "-h":
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      default:
        throw new InputError(`unknown option ${flag}`);
    }
  }
  if (files.length === 0) throw new InputError("no input file given");
  return { files, options };
}

/** A calendar date written YYYY-MM-DD that exists (no 2023-02-30). */
function checkedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  }
  throw new InputError(`--published must be a date written YYYY-MM-DD, got "${value}"`);
}

function readInput(file: string): string {
  let bytes: Buffer;
  if (file === "-") {
    bytes = readFileSync(0);
  } else {
    let isDirectory = false;
    try {
      isDirectory = statSync(file).isDirectory();
    } catch {
      throw new InputError(`${file}: no such file`);
    }
    if (isDirectory) throw new InputError(`${file}: is a directory, not a text file`);
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  const name = file === "-" ? "standard input" : file;
  if (bytes.includes(0)) throw new InputError(`${name}: binary data, not a text document`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}

function main(args: string[]): number {
  let parsed: Arguments;
  try {
    parsed = readArguments(args);
  } catch (error) {
    process.stderr.write(`newsgraph-parse: ${(error as Error).message} (${USAGE})\n`);
    return 1;
  }
  const { files, options } = parsed;
  let failed = false;
  for (const file of files) {
    try {
      const result = parseDocument(readInput(file), options);
      process.stdout.write(files.length === 1 ? `${JSON.stringify(result, null, 2)}\n` : `${JSON.stringify({ file, ...result })}\n`);
    } catch (error) {
      failed = true;
      const message = error instanceof InputError ? error.message : `${file}: could not be parsed (${(error as Error).message})`;
      process.stderr.write(`newsgraph-parse: ${message}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
