/**
 * Writes a file so that it is either the old one or the whole new one, never half of either: the data
 * goes to a temporary file in the same directory (a rename across file systems would not be atomic),
 * is flushed to disk, then renamed over the target. On any error, and when the run is aborted (Ctrl+C),
 * the temporary file is removed.
 *
 * A file replaced keeps its permission bits: the temporary file is given the old file's mode before the
 * rename, so a portfolio a person kept private (0600) does not become readable by others. A new file
 * gets the mode open() gives it, 0666 less the umask.
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicWriteOptions = {
  /** Aborts the write between pieces; the temporary file is removed and the target left as it was. */
  signal?: AbortSignal;
};

/**
 * Characters of the target's name kept in the temporary file's name: the suffix adds about 30, and a
 * name near the file system's limit (255 bytes on most) must still leave room for it.
 */
const NAME_CHARS_KEPT = 80;

/**
 * The temporary file beside `path`: dot-prefixed and random, so it is invisible in most listings and two
 * writers never share one. Exported so the command can try it out before any work.
 */
export function tempPathFor(path: string): string {
  const name = Array.from(basename(path)).slice(0, NAME_CHARS_KEPT).join('');
  return join(dirname(path), `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The permission bits of the file being replaced, or undefined when there is none. */
async function modeOf(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

/** Pieces of an iterable, checking the signal before each, so an abort stops the write between rows. */
function* checked(data: Iterable<string | Uint8Array>, signal: AbortSignal): Generator<string | Uint8Array> {
  for (const piece of data) {
    signal.throwIfAborted();
    yield piece;
  }
}

/**
 * What can be written: text, bytes, or pieces of either, made as they are written (large files stream).
 * FileHandle.writeFile writes each piece whole before it asks for the next.
 */
export type AtomicData = string | Buffer | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

const isSyncIterable = (data: AtomicData): data is Iterable<string | Uint8Array> =>
  typeof data !== 'string' && !Buffer.isBuffer(data) && Symbol.iterator in data;

export async function writeFileAtomic(path: string, data: AtomicData, options: AtomicWriteOptions = {}): Promise<void> {
  const { signal } = options;
  signal?.throwIfAborted();
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      // FileHandle.writeFile checks the signal between the pieces of an async iterable itself.
      const pieces = signal && isSyncIterable(data) ? checked(data, signal) : data;
      await handle.writeFile(pieces, signal ? { signal } : {});
      await handle.sync();
    } finally {
      await handle.close();
    }
    signal?.throwIfAborted();
    const mode = await modeOf(path);
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    // The caller needs the write's own error, not one from cleaning up after it.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
