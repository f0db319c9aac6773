/**
 * The public surface in git is the plugin's today: command-snapshot.json (every command's flags, short
 * flag characters and aliases) and schemas/ (each command's --json result) are what
 * scripts/public-surface.js makes from the commands now. A flag, alias or result field changed without
 * them fails here; `npm run update:public-surface` writes both again, and the diff is the change to review.
 *
 * The snapshot is read from the built commands (@oclif/plugin-command-snapshot, through bin/dev.js), as
 * `npm test` builds first; run `npm run build` before running this file alone. The schemas are made from
 * src/commands directly.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { schemaFile } from '../helpers/json-schema.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

type SnapshotEntry = { command: string; alias: string[]; flags: string[]; flagChars: string[]; flagAliases: string[] };

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();

describe('the public surface (command-snapshot.json, schemas/)', () => {
  const tmp = useTempDir('cvp-surface-');

  it('is what scripts/public-surface.js makes from the commands today', () => {
    const run = spawnSync(process.execPath, [repoPath('scripts', 'public-surface.js'), '--out', tmp.path], {
      cwd: repoPath(),
      encoding: 'utf8',
    });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });

    // One comparison of everything, so a failure lists every difference at once; schemas as text, so it
    // shows the lines that differ.
    const surface = (root: string): Record<string, unknown> => ({
      hint: 'run `npm run update:public-surface` and commit command-snapshot.json and schemas/',
      snapshot: readJson(join(root, 'command-snapshot.json')),
      schemas: Object.fromEntries(
        jsonFiles(join(root, 'schemas')).map((name) => [name, readFileSync(join(root, 'schemas', name), 'utf8')])
      ),
    });
    expect(surface(repoPath())).toEqual(surface(tmp.path));
  });

  it('has one schema per command, and one command per file under src/commands', () => {
    const snapshot = readJson(repoPath('command-snapshot.json')) as SnapshotEntry[];
    const ids = snapshot.map((entry) => entry.command);
    const schemaNames = ids.map((id) => basename(schemaFile(id)));
    expect(jsonFiles(repoPath('schemas'))).toEqual([...schemaNames].sort());
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : [join(dir, entry.name).slice(repoPath('src', 'commands').length + 1)]
      );
    const fromFiles = sources(repoPath('src', 'commands')).map((file) =>
      file.replace(/\.ts$/, '').split(/[\\/]/).join(':')
    );
    expect([...ids].sort()).toEqual(fromFiles.sort());
  });
});
