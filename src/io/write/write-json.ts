/**
 * JSON text in pieces, byte for byte what JSON.stringify(value, null, 2) gives, so a result of a
 * million accounts is written while it is produced instead of becoming one string of gigabytes (at
 * 200,000 accounts JSON.stringify and the sf framework's printing of that string ran V8 out of memory).
 *
 * Objects are opened key by key, arrays element by element; each array element is handed to
 * JSON.stringify whole and indented to its depth. That keeps every piece as small as one account,
 * while the part written out here by hand is only the bracketing JSON.stringify itself defines.
 */
import { writeFileAtomic } from './write-atomic.js';

const INDENT = '  ';

type WithToJson = { toJSON: (key: string) => unknown };
const hasToJson = (value: unknown): value is WithToJson =>
  typeof value === 'object' && value !== null && typeof (value as Partial<WithToJson>).toJSON === 'function';

/** The value JSON.stringify serialises for `value` under `key`: toJSON applied, as it does. */
const serialised = (value: unknown, key: string): unknown => (hasToJson(value) ? value.toJSON(key) : value);

/** JSON.stringify omits these as object members and writes null for them as array elements. */
const isOmitted = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** An array element as JSON.stringify writes it inside the array: indented one level past `depth`. */
function element(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined) return 'null';
  // Only structural line breaks exist in JSON text (a break inside a string is escaped as \n).
  return text.includes('\n') ? text.replace(/\n/g, `\n${INDENT.repeat(depth + 1)}`) : text;
}

function* pieces(value: unknown, depth: number, signal?: AbortSignal): Generator<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    const inner = `\n${INDENT.repeat(depth + 1)}`;
    for (let index = 0; index < value.length; index += 1) {
      signal?.throwIfAborted();
      yield `${index === 0 ? '[' : ','}${inner}${element(value[index], depth)}`;
    }
    yield `\n${INDENT.repeat(depth)}]`;
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = `\n${INDENT.repeat(depth + 1)}`;
    let first = true;
    for (const key of Object.keys(value)) {
      const member = serialised((value as Record<string, unknown>)[key], key);
      if (isOmitted(member)) continue;
      yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* pieces(member, depth + 1, signal);
    }
    yield first ? '{}' : `\n${INDENT.repeat(depth)}}`;
    return;
  }
  yield JSON.stringify(value) ?? 'null';
}

/** Pieces are gathered to about this many characters: one write per account would be a million writes. */
const CHUNK_CHARS = 1 << 16;

/**
 * The JSON text of `value` (JSON.stringify(value, null, 2)) in chunks of about 64 KiB, then `end`.
 * The top-level value must be JSON-serialisable (not undefined); toJSON is honoured at every level.
 */
export function* jsonChunks(value: unknown, options: { end?: string; signal?: AbortSignal } = {}): Generator<string> {
  options.signal?.throwIfAborted();
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces(serialised(value, ''), 0, options.signal)) {
    buffer.push(piece);
    length += piece.length;
    if (length >= CHUNK_CHARS) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  buffer.push(options.end ?? '');
  yield buffer.join('');
}

export type JsonWriteOptions = {
  /** Checked between accounts: an aborted write stops and leaves no file. */
  signal?: AbortSignal;
};

/** `value` as indented JSON with a final line end, written atomically and in pieces. */
export async function writeJson(path: string, value: unknown, options: JsonWriteOptions = {}): Promise<void> {
  await writeFileAtomic(path, jsonChunks(value, { end: '\n', signal: options.signal }), options);
}
