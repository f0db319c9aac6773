// Writes oclif.manifest.json after each build, as `oclif manifest` does when a plugin is packed (package.json
// "files" lists it; .gitignore keeps it out of git). With it, `bin/run.js portfolio rank` imports the rank command
// alone; without it oclif imports every command to learn their flags, and with them pdfkit and jsforce, which a
// CSV ranking never uses (test/commands/portfolio/rank-loading.test.ts checks that).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Plugin } from '@oclif/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The same options the oclif CLI's manifest command uses: read the commands, never an old manifest.
const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true });
await plugin.load();
writeFileSync(join(root, 'oclif.manifest.json'), `${JSON.stringify(plugin.manifest, null, 2)}\n`);
