/**
 * --output checked before any work: a ranking of 200,000 accounts should not run for a minute to
 * then fail on a folder that is not there, and above all the output must never replace the input.
 *
 * The same file is found by what it is, not by how it is named: when the output exists, by device and
 * inode (fs.stat follows symbolic links, and a hard link shares the inode), so "./a.csv", "x/../a.csv",
 * a link to a.csv and a hard link all count; when it does not exist yet, by the real path of its folder.
 * Writability is tried for real, with the temporary file the write will use: fs.access alone says
 * nothing of a read-only file system or a name longer than the file system takes.
 */
import { constants } from 'node:fs';
import { access, open, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { SfError } from '@salesforce/core';
import { escapeControls, tempPathFor } from '../io/index.js';
import { loadMessages } from '../messages.js';

const messages = loadMessages('portfolio.rank');

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';

type Stats = Awaited<ReturnType<typeof stat>>;

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The error for a failed trial on the output's folder or name, in plain words. */
function probeError(output: string, error: unknown): SfError {
  const shown = escapeControls(output);
  const code = errnoOf(error);
  const cause = error as Error;
  switch (code) {
    case 'ENAMETOOLONG':
      return messages.createError('error.OutputNameTooLong', [shown], [], cause);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return messages.createError('error.OutputNotWritable', [shown, escapeControls(dirname(output))], [], cause);
    case 'ENOENT':
      return messages.createError('error.OutputFolderMissing', [shown, escapeControls(dirname(output))], [], cause);
    case 'ENOTDIR':
      return messages.createError('error.OutputFolderNotAFolder', [shown, escapeControls(dirname(output))], [], cause);
    default:
      return messages.createError('error.OutputUnwritable', [shown, code], [], cause);
  }
}

/** Creates and removes `path`, so that what the write will do has been done once. */
async function tryCreate(path: string): Promise<void> {
  const handle = await open(path, 'wx');
  await handle.close();
  await rm(path, { force: true });
}

/** Throws the error that says what is wrong with --output; returns when the write can go ahead. */
export async function checkOutput(output: string, input: string): Promise<void> {
  const shown = escapeControls(output);
  const inputStats = await statOrUndefined(input);
  const outputStats = await statOrUndefined(output);
  if (outputStats) {
    if (outputStats.isDirectory()) throw messages.createError('error.OutputIsDirectory', [shown], [shown]);
    if (!outputStats.isFile()) throw messages.createError('error.OutputNotAFile', [shown]);
    if (inputStats && inputStats.dev === outputStats.dev && inputStats.ino === outputStats.ino) {
      throw messages.createError('error.OutputIsInput', [shown, escapeControls(input)]);
    }
  } else if (inputStats) {
    const real = await realpath(dirname(resolve(output))).catch(() => undefined);
    const realInput = await realpath(input).catch(() => undefined);
    if (real && realInput && join(real, basename(output)) === realInput) {
      throw messages.createError('error.OutputIsInput', [shown, escapeControls(input)]);
    }
  }

  const folder = dirname(resolve(output));
  try {
    const folderStats = await stat(folder);
    if (!folderStats.isDirectory()) throw Object.assign(new Error(folder), { code: 'ENOTDIR' });
    await access(folder, constants.W_OK);
    await tryCreate(tempPathFor(output));
    // The name itself may be too long where the temporary one (cut to fit) is not.
    if (!outputStats) await tryCreate(output);
  } catch (error) {
    throw probeError(output, error);
  }
}
