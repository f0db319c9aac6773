/**
 * What `sync --dry-run` tells a person about reviews (docs/sync.md, Reviews and the history): how many
 * accounts are due, the first of them with why, and how much of the history was read.
 */
import { jest } from '@jest/globals';
import '../../helpers/jest-realm.js';
import PortfolioSync from '../../../src/commands/portfolio/sync.js';
import { runCommand } from '../../helpers/command.js';
import { useOrgCommandContext } from '../../helpers/org-command.js';
import { seedPortfolio, syntheticSeeds } from '../../helpers/org-server.js';

describe('portfolio sync and reviews', () => {
  const ctx = useOrgCommandContext();
  const org = (): string[] => ['--target-org', ctx.username, '--api-version', '62.0'];

  it('reports on a dry run how many accounts are due for review and lists the first', async () => {
    seedPortfolio(ctx.server, syntheticSeeds(12));
    const lines: string[] = [];
    const log = jest.spyOn(PortfolioSync.prototype, 'log').mockImplementation((message?: string) => {
      lines.push(message ?? '');
    });
    try {
      const result = await runCommand(PortfolioSync, [...org(), '--dry-run']);
      // No person has assessed any of them: every account is due, from the day it was created.
      expect(result.review).toMatchObject({ due: 12, historyRead: 'whole' });
      expect(result.review.dueAccounts).toHaveLength(10);
      const start = lines.indexOf('12 accounts due for review:');
      expect(start).toBeGreaterThan(0);
      expect(lines[start - 1]).toMatch(/^Value assessments read: the whole history/);
      expect(lines.slice(start + 1, start + 11).every((l) => /^ {2}Account \d+: never assessed$/.test(l))).toBe(true);
      expect(lines[start + 11]).toBe('  … and 2 more.');
    } finally {
      log.mockRestore();
    }
  });
  it('says "1 account" and "1 account record" for a portfolio of one', async () => {
    seedPortfolio(ctx.server, syntheticSeeds(1));
    const lines: string[] = [];
    const log = jest.spyOn(PortfolioSync.prototype, 'log').mockImplementation((message?: string) => {
      lines.push(message ?? '');
    });
    try {
      await runCommand(PortfolioSync, [...org(), '--dry-run']);
      expect(lines).toContain('1 account due for review:');
      expect(lines.filter((l) => l.startsWith('1 account read ('))).toHaveLength(1);
      expect(lines.find((l) => l.startsWith('Dry run:'))).toBe(
        'Dry run: nothing was written. 1 account record and 1 value assessment would be written.'
      );
    } finally {
      log.mockRestore();
    }
  });
});
