/**
 * `portfolio rank --json` as a person runs it (bin/run.js in a child process, on the built lib/): a large
 * result is streamed by the command (src/rank/json-output.ts), a small one printed by the sf framework,
 * and both give the text sf prints, JSON.stringify({status, result, warnings}, null, 2) and a line end.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { readPortfolio } from '../../../src/io/index.js';
import { loadProfile } from '../../../src/profile/load-profile.js';
import { STREAM_FROM_ACCOUNTS } from '../../../src/rank/json-output.js';
import { buildRankResult } from '../../../src/rank/result.js';
import { expectRead } from '../../helpers/io-read.js';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const STAGES = ['Pioneer', 'Growth', 'Established', 'Declining', 'Ending'];

/** Account 0's name holds a right-to-left override, which a terminal acts on and JSON.stringify leaves raw. */
const BIDI_NAME = 'Account \u202e0';

async function portfolioCsv(path: string, rows: number): Promise<string> {
  const lines = ['Name,Revenue,Direct Costs,Loyalty,Potential,Lifecycle Stage'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(
      `${i === 0 ? BIDI_NAME : `Account ${i}`},${10_000 + ((i * 7919) % 90_000)},${5000 + ((i * 104_729) % 4000)},${1 + (i % 5)},${1 + ((i * 3) % 5)},${STAGES[i % 5]}`
    );
  }
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

function run(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const child = spawnSync(process.execPath, [repoPath('bin', 'run.js'), 'portfolio', 'rank', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', SF_DISABLE_TELEMETRY: 'true' },
  });
  return { stdout: child.stdout, stderr: child.stderr, status: child.status };
}

/** What the command computes, as plain JSON, for comparison with what it printed. */
async function expectedResult(file: string): Promise<unknown> {
  const read = expectRead(await readPortfolio(file));
  const { result } = buildRankResult(read.accounts, await loadProfile('current'), undefined, read.lines);
  return JSON.parse(JSON.stringify(result)) as unknown;
}

describe('portfolio rank --json, end to end', () => {
  const dir = useTempDir();

  it.each([
    ['streamed by the command', STREAM_FROM_ACCOUNTS + 200],
    ['printed by the sf framework', 40],
  ])('a result %s is the envelope sf prints', async (_how, rows) => {
    const file = await portfolioCsv(dir.file('portfolio.csv'), rows);
    const { stdout, status, stderr } = run(['--file', file, '--json']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const parsed = JSON.parse(stdout) as { status: number; result: { accounts: unknown[] }; warnings: unknown[] };
    // Byte for byte the layout of sf's printer (Ux.styledJSON without colour): two-space indent, one line end.
    expect(stdout).toBe(`${JSON.stringify(parsed, null, 2).replace('\u202e', '\\u202e')}\n`);
    expect(stdout).not.toContain('\u202e');
    expect(parsed.result.accounts).toContainEqual(expect.objectContaining({ name: BIDI_NAME }));
    expect(Object.keys(parsed)).toEqual(['status', 'result', 'warnings']);
    expect(parsed.status).toBe(0);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.result).toEqual(await expectedResult(file));
  });

  it('writes a large result to --output x.json as JSON.stringify would', async () => {
    const file = await portfolioCsv(dir.file('portfolio.csv'), STREAM_FROM_ACCOUNTS + 10);
    const out = dir.file('ranked.json');
    expect(run(['--file', file, '--output', out]).status).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toBe(`${JSON.stringify(await expectedResult(file), null, 2)}\n`);
  });
});
