/**
 * Writes a file so that it is either the old one or the whole new one, never half of either: the data
 * goes to a temporary file in the same directory (a rename across file systems would not be atomic),
 * is flushed to disk, then renamed over the target. On any error the temporary file is removed.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `data` may be an iterable of pieces, written one after another (large files stream), or a stream. */
export async function writeFileAtomic(
  path: string,
  data: string | Buffer | Iterable<string> | AsyncIterable<string | Buffer>,
  // Taken for the writers' signature; the pieces are checked by the writers themselves.
  _options: { signal?: AbortSignal } = {}
): Promise<void> {
  // Dot-prefixed and random: invisible in most listings, and two writers never share a temp file.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    // The caller needs the write's own error, not one from cleaning up after it.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
