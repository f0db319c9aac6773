/**
 * Printing the --json result of `portfolio rank` without building it as one string.
 *
 * The sf framework prints a command's result after run() returns: SfCommand.logJson(toSuccessJson(r))
 * hands {status, result, warnings} to Ux.styledJSON, which makes JSON.stringify(envelope, null, 2),
 * splits all of it into colour tokens and prints it with console.log. At 200,000 accounts that ran V8
 * out of memory. PortfolioRank overrides logJson (the one hook the framework calls for it, on success
 * and on failure) and sends a large result here: the same text, in 64 KiB chunks written as they are
 * made, coloured per chunk with the same tokeniser and theme when the terminal takes colour.
 *
 * A small result goes through the framework's own printer unchanged: it costs nothing there, and it
 * keeps the sf test stubs (stubSfCommandUx stubs SfCommand.prototype.logJson) working for it.
 */
import { writeSync } from 'node:fs';
import { ux } from '@oclif/core';
import { escapeJsonControls } from '../io/index.js';
import { jsonChunks } from '../io/index.js';

/** Results with at least this many accounts are streamed; about 2.5 MB of JSON, which sf prints fine. */
export const STREAM_FROM_ACCOUNTS = 1000;

/** Ux.styledJSON's default colours (sf-plugins-core), merged with the CLI theme's as it does. */
const SF_JSON_THEME = {
  key: 'blueBright',
  string: 'greenBright',
  number: 'blue',
  boolean: 'redBright',
  null: 'blackBright',
} as const;

type Theme = Record<string, string | undefined>;

const accountsOf = (json: unknown): unknown => {
  if (typeof json !== 'object' || json === null) return undefined;
  const holder = 'result' in json ? (json as { result: unknown }).result : json;
  return typeof holder === 'object' && holder !== null ? (holder as { accounts?: unknown }).accounts : undefined;
};

/** True for a rank result (or its {status, result, warnings} envelope) large enough to stream. */
export function isLargeRankJson(json: unknown): boolean {
  const accounts = accountsOf(json);
  return Array.isArray(accounts) && accounts.length >= STREAM_FROM_ACCOUNTS;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to the file descriptor before returning. process.stdout.write does not block
 * on a pipe: with a slow reader it queued the whole result in memory (1.3 GB at 200,000 accounts).
 * A full pipe answers EAGAIN; the write waits a moment and tries again, as pino's sonic-boom does.
 * Returns false when the reader has gone (EPIPE, as `| head` does): there is no one left to write to.
 */
function writeAllSync(fd: number, text: string): boolean {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
  return true;
}

/**
 * Writes JSON.stringify(json, null, 2) and a line end to stdout in chunks, terminal controls escaped. With `colour`, each chunk is
 * coloured as Ux.styledJSON colours the whole (oclif's colorizeJson; no colour where the stream takes
 * none). A chunk ends between tokens, so colouring it alone gives what colouring the whole gives.
 *
 * Each chunk is written in full before the next is made, so the memory held is one chunk; synchronous,
 * because logJson, the framework's hook, is, and nothing else is written to stdout under --json.
 */
export function printJsonChunks(json: unknown, options: { colour?: boolean; theme?: Theme } = {}): void {
  const theme = { ...SF_JSON_THEME, ...options.theme };
  // The same test the colouring does (supports-color on stdout), asked once instead of per token.
  const colour = options.colour === true && ux.colorize('red', '.') !== '.';
  for (const chunk of jsonChunks(json, { end: '\n' })) {
    // As the command does for a small result: C1 and bidi controls as \u escapes, the same JSON. They
    // are single UTF-16 units inside strings, so escaping chunk by chunk escapes the whole.
    const text = escapeJsonControls(chunk);
    if (!writeAllSync(process.stdout.fd, colour ? ux.colorizeJson(text, { pretty: false, theme }) : text)) return;
  }
}

/** The --json printing of PortfolioRank: a large result streamed, anything else to `small`. */
export function printRankJson(json: unknown, small: (json: unknown) => void, theme?: Theme): void {
  if (isLargeRankJson(json)) printJsonChunks(json, { colour: true, theme });
  else small(json);
}
