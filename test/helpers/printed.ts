/**
 * The text a person read from a command run in-process: every line its log, logSuccess and warn
 * received (stubSfCommandUx, in useCommandContext, made each a recording stub), in one string.
 */
import { SfCommand } from '@salesforce/sf-plugins-core';

type Recorded = { args: unknown[][] };

const recorded = (method: 'log' | 'logSuccess' | 'warn'): string[] =>
  (Reflect.get(SfCommand.prototype, method) as unknown as Recorded).args.map((a) =>
    a.map((part) => (part instanceof Error ? part.message : String(part))).join(' ')
  );

export function printed(): string {
  return [...recorded('log'), ...recorded('logSuccess'), ...recorded('warn')].join('\n');
}

/**
 * The same as one line of words: table borders gone, spaces and line breaks collapsed, so a sentence
 * a table wrapped inside its column reads whole again. A no-break space stays: it is part of a number.
 */
export function printedWords(): string {
  return printed()
    .replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ')
    .replace(/[ \t\r\n]+/g, ' ');
}
