/**
 * --output checked before any work: never the input file (by any path or link), and every problem with
 * its folder or name said in plain words, not as a Node error naming a temporary file.
 */
import { chmod, link, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import PortfolioRank from '../../../src/commands/portfolio/rank.js';
import { runCommand, runExpectingError, useCommandContext } from '../../helpers/command.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const PORTFOLIO = 'Id,Name,Owner,Revenue,Loyalty\nC-1,Acme Oy,Anna,1000,4\nC-2,Beta Oy,Ben,2000,3\n';

describe('portfolio rank: --output', () => {
  useCommandContext();
  const tmp = useTempDir();

  async function input(): Promise<string> {
    const path = tmp.file('accounts.csv');
    await writeFile(path, PORTFOLIO);
    return path;
  }

  describe('is refused when it is the input', () => {
    it.each([
      ['the same path', (dir: string): string => join(dir, 'accounts.csv')],
      ['a path through ..', (dir: string): string => join(dir, 'sub', '..', 'accounts.csv')],
      ['a path with ./', (dir: string): string => `${dir}/./accounts.csv`],
    ])('by %s', async (_label, outputOf) => {
      const file = await input();
      await mkdir(tmp.file('sub'));
      const failure = await runExpectingError(PortfolioRank, ['--file', file, '--output', outputOf(tmp.path)]);
      expect(failure.name).toBe('OutputIsInputError');
      expect(failure.actions.join(' ')).toMatch(/another output file/);
      expect(await readFile(file, 'utf8')).toBe(PORTFOLIO);
    });

    it('by a symbolic link, either way round', async () => {
      const file = await input();
      const linked = tmp.file('link.csv');
      await symlink(file, linked);
      expect((await runExpectingError(PortfolioRank, ['--file', file, '--output', linked])).name).toBe(
        'OutputIsInputError'
      );
      expect((await runExpectingError(PortfolioRank, ['--file', linked, '--output', file])).name).toBe(
        'OutputIsInputError'
      );
      expect(await readFile(file, 'utf8')).toBe(PORTFOLIO);
    });

    it('by a hard link (same device and inode)', async () => {
      const file = await input();
      const hard = tmp.file('hard.csv');
      await link(file, hard);
      expect((await runExpectingError(PortfolioRank, ['--file', file, '--output', hard])).name).toBe(
        'OutputIsInputError'
      );
      expect(await readFile(file, 'utf8')).toBe(PORTFOLIO);
    });

    it('by a symbolic link to its folder, before the output exists', async () => {
      const file = await input();
      const alias = tmp.file('alias');
      await symlink(tmp.path, alias);
      const failure = await runExpectingError(PortfolioRank, ['--file', file, '--output', join(alias, 'accounts.csv')]);
      expect(failure.name).toBe('OutputIsInputError');
    });
  });

  describe('says what is wrong with it, in plain words and before any work', () => {
    it('a folder', async () => {
      const file = await input();
      await mkdir(tmp.file('out.csv'));
      const failure = await runExpectingError(PortfolioRank, ['--file', file, '--output', tmp.file('out.csv')]);
      expect(failure.name).toBe('OutputIsDirectoryError');
      expect(failure.message).toContain('is a folder');
    });

    it('a missing folder', async () => {
      const file = await input();
      const out = tmp.file(join('nowhere', 'out.csv'));
      const failure = await runExpectingError(PortfolioRank, ['--file', file, '--output', out]);
      expect(failure.name).toBe('OutputFolderMissingError');
      expect(failure.message).toContain('does not exist');
      expect(failure.message).not.toMatch(/\.tmp|ENOENT/);
    });

    it('a file where a folder should be', async () => {
      const file = await input();
      const failure = await runExpectingError(PortfolioRank, ['--file', file, '--output', join(file, 'out.csv')]);
      expect(failure.name).toBe('OutputFolderNotAFolderError');
    });

    it('a name longer than the file system takes', async () => {
      const file = await input();
      const failure = await runExpectingError(PortfolioRank, [
        '--file',
        file,
        '--output',
        tmp.file(`${'n'.repeat(300)}.csv`),
      ]);
      expect(failure.name).toBe('OutputNameTooLongError');
      expect(failure.message).not.toMatch(/\.tmp|ENAMETOOLONG/);
    });

    // Root may write anywhere, so the refusal can only be seen as another user.
    const asRoot = process.getuid?.() === 0;
    (asRoot ? it.skip : it)('a folder without write permission', async () => {
      const file = await input();
      const locked = tmp.file('locked');
      await mkdir(locked);
      await chmod(locked, 0o555);
      try {
        const failure = await runExpectingError(PortfolioRank, ['--file', file, '--output', join(locked, 'o.csv')]);
        expect(failure.name).toBe('OutputNotWritableError');
      } finally {
        await chmod(locked, 0o755);
      }
    });

    it('leaves nothing behind in the folder after the trial', async () => {
      const file = await input();
      await runExpectingError(PortfolioRank, ['--file', file, '--output', tmp.file('out.csv'), '--profile', 'nope']);
      expect(await readdir(tmp.path)).toEqual(['accounts.csv']);
    });
  });

  it('keeps the permission bits of an output file it replaces', async () => {
    const file = await input();
    const out = tmp.file('ranked.csv');
    await writeFile(out, 'old');
    await chmod(out, 0o600);
    await runCommand(PortfolioRank, ['--file', file, '--output', out, '--json']);
    expect((await stat(out)).mode & 0o7777).toBe(0o600);
    expect(await readFile(out, 'utf8')).toContain('Acme Oy');
  });
});
