/**
 * `portfolio rank` loads what it uses: a CSV to CSV run (bin/run.js on the built lib/, in a child
 * process) imports neither exceljs nor the zip reader, nor pdfkit; an XLSX export does load exceljs.
 * A module hook in the child (node:module registerHooks, which sees import and require alike) lists
 * every package resolved on the main thread.
 *
 * jsforce is not in the list of what must stay out: @salesforce/core, which SfCommand itself imports,
 * imports it at load time for every sf command.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { repoPath } from '../../helpers/paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const HOOK = `
import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const seen = new Set();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(result.url);
    if (match) seen.add(match[1]);
    return result;
  },
});
process.on('exit', () => {
  if (isMainThread) appendFileSync(process.env.CVP_LOADED_FILE, JSON.stringify([...seen]));
});
`;

const NEVER_FOR_CSV = ['exceljs', 'yauzl', 'pdfkit', 'fontkit', 'archiver', 'unzipper', 'jszip'];

describe('portfolio rank loads only what it uses', () => {
  const dir = useTempDir();

  async function packagesLoaded(output: string): Promise<string[]> {
    const hook = dir.file('hook.mjs');
    const list = dir.file('loaded.json');
    await writeFile(hook, HOOK);
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        hook,
        repoPath('bin', 'run.js'),
        'portfolio',
        'rank',
        '--file',
        repoPath('config', 'sample-portfolio.csv'),
        '--output',
        dir.file(output),
      ],
      { encoding: 'utf8', env: { ...process.env, CVP_LOADED_FILE: list, SF_DISABLE_TELEMETRY: 'true' } }
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    return JSON.parse(await readFile(list, 'utf8')) as string[];
  }

  it('ranks a CSV into a CSV without exceljs, the zip reader or pdfkit', async () => {
    const loaded = await packagesLoaded('ranked.csv');
    expect(loaded).toContain('papaparse');
    expect(loaded.filter((name) => NEVER_FOR_CSV.includes(name))).toEqual([]);
  });

  it('loads exceljs, and still not pdfkit, for a workbook export', async () => {
    const loaded = await packagesLoaded('ranked.xlsx');
    expect(loaded).toContain('exceljs');
    expect(loaded).not.toContain('pdfkit');
  });
});
