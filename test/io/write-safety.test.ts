/**
 * Writing never loses what was there: a replaced file keeps its permission bits, and an aborted write
 * (Ctrl+C) leaves the old file as it was and no temporary file.
 */
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tempPathFor, writeCsv, writeFileAtomic } from '../../src/io/index.js';
import { useTempDir } from '../helpers/temp-dir.js';

describe('writeFileAtomic: permission bits', () => {
  const dir = useTempDir();

  it('keeps the mode of the file it replaces', async () => {
    const path = dir.file('private.csv');
    await writeFile(path, 'old');
    await chmod(path, 0o600);
    await writeFileAtomic(path, 'new');
    expect((await stat(path)).mode & 0o7777).toBe(0o600);
    await chmod(path, 0o640);
    await writeFileAtomic(path, 'newer');
    expect((await stat(path)).mode & 0o7777).toBe(0o640);
    expect(await readFile(path, 'utf8')).toBe('newer');
  });

  it('gives a new file the default mode (0666 less the umask)', async () => {
    const path = dir.file('fresh.csv');
    await writeFileAtomic(path, 'x');
    const umask = process.umask();
    expect((await stat(path)).mode & 0o777).toBe(0o666 & ~umask);
  });
});

describe('writeFileAtomic: abort', () => {
  const dir = useTempDir();

  it('stops between pieces, leaves the old file and no temporary file', async () => {
    const path = dir.file('out.csv');
    await writeFile(path, 'old');
    const controller = new AbortController();
    function* pieces(): Generator<string> {
      for (let i = 0; i < 100; i += 1) {
        if (i === 10) controller.abort(new Error('SIGINT'));
        yield `row ${i}\n`;
      }
    }
    await expect(writeFileAtomic(path, pieces(), { signal: controller.signal })).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir.path)).toEqual(['out.csv']);
  });

  it('does not start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('SIGTERM'));
    await expect(writeCsv(dir.file('x.csv'), ['Name'], [['A']], { signal: controller.signal })).rejects.toThrow(
      'SIGTERM'
    );
    expect(await readdir(dir.path)).toEqual([]);
  });
});

describe('tempPathFor', () => {
  it('stays within a file system name limit for a long output name', () => {
    const temp = tempPathFor(`/tmp/${'n'.repeat(250)}.csv`);
    const name = temp.slice('/tmp/'.length);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name.startsWith('.nnn')).toBe(true);
    expect(name.endsWith('.tmp')).toBe(true);
  });
});
