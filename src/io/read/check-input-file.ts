/**
 * What --file names, checked with fs.stat before a byte is read: a directory, a device, a FIFO or a
 * socket is refused by what it is (a FIFO is never opened: opening one for reading waits for a writer
 * that may never come), and so is a file larger than the reader will hold in memory.
 */
import { stat } from 'node:fs/promises';
import type { IoIssue } from '../issues/issues.js';

/**
 * The largest input read: 256 MiB. The whole file is held in memory, first as bytes and then as text
 * (and an .xlsx unpacks to several times its size), while 200,000 accounts, the largest portfolio the
 * benchmarks rank, take about 30 MB as CSV. A bigger file is far more likely a wrong path (a backup,
 * a disk image) than a portfolio, and reading it would take the machine's memory before saying so.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

type Kind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

function kindOf(stats: Awaited<ReturnType<typeof stat>>): Kind | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/** Undefined when the path is a regular file within the limit; else the issue that refuses it. */
export async function checkInputFile(path: string, maxBytes = MAX_INPUT_BYTES): Promise<IoIssue | undefined> {
  let stats;
  try {
    // stat follows a symbolic link, so a link to a FIFO is refused as a FIFO.
    stats = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'FileNotFound', file: path };
    return { code: 'UnreadableFile', file: path, ...(code ? { params: { reason: code } } : {}) };
  }
  const kind = kindOf(stats);
  if (kind) return { code: 'NotAFile', file: path, params: { kind } };
  if (stats.size > maxBytes) {
    return { code: 'FileTooLarge', file: path, params: { size: mebibytes(stats.size), limit: mebibytes(maxBytes) } };
  }
  return undefined;
}

const mebibytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
