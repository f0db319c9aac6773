// Runs every test suite (TypeScript jest, Lightning component jest, real-browser jest) and ends with one line
// "N passed, N failed, N skipped" summing them all, which CI reads. Exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const suites = [
  { name: 'typescript', config: 'jest.config.js', esm: true },
  { name: 'lwc', config: 'jest.lwc.config.js', esm: false },
  { name: 'browser', config: 'jest.browser.config.js', esm: true },
].filter((s) => existsSync(s.config));

// The browser suite drives Debian's chromium; bring it when it is missing (apt, as root). Where that is
// not possible the browser tests report themselves skipped rather than failing.
if (suites.some((s) => s.name === 'browser') && !existsSync('/usr/bin/chromium')) {
  spawnSync('bash', ['scripts/install-browser.sh'], { stdio: 'inherit' });
}

// Chromium puts a Unix socket under TMPDIR, and a socket path holds at most 107 bytes: under a deep
// temp folder the suites' fresh folders are made in /tmp instead (new and empty all the same).
const base = tmpdir().length > 40 && existsSync('/tmp') ? '/tmp' : tmpdir();
const dir = mkdtempSync(join(base, 'cvp-'));
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const suite of suites) {
  const out = join(dir, `${suite.name}.json`);
  // Each suite gets a HOME and a temp folder of its own, new and empty: no test may depend on what an
  // earlier suite or run left behind (sf state, aliases, caches), nor touch the user's own.
  // Short names, for the same socket path.
  const home = mkdtempSync(join(dir, `${suite.name[0]}h-`));
  const tmp = mkdtempSync(join(dir, `${suite.name[0]}t-`));
  const env = { ...process.env, HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp };
  for (const xdg of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME']) delete env[xdg];
  if (suite.esm) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim();
  const jest = join('node_modules', 'jest', 'bin', 'jest.js');
  const run = spawnSync(process.execPath, [jest, '-c', suite.config, '--json', `--outputFile=${out}`, ...extra], {
    stdio: 'inherit',
    env,
  });
  if (run.status !== 0) exitCode = 1;
  if (!existsSync(out)) {
    console.error(`[${suite.name}] jest wrote no results (exit ${run.status}); counting the suite as one failure.`);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  // A file that fails outside its tests (it cannot load, a beforeAll/afterAll hook throws) has no
  // failed test but is a failure all the same: count it, and say which and why.
  const brokenSuites = r.testResults.filter(
    (t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed')
  );
  for (const t of brokenSuites) console.error(`[${suite.name}] ${t.name} failed outside its tests:\n${t.message}`);
  const brokenFiles = brokenSuites.length;
  if (run.status !== 0 && r.numFailedTests + brokenFiles === 0) {
    console.error(`[${suite.name}] jest exited with status ${run.status} though every test passed; counted as one failure.`);
    failed += 1;
  }
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  skipped += r.numPendingTests + r.numTodoTests;
  console.log(
    `[${suite.name}] ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed, ${r.numPendingTests + r.numTodoTests} skipped`
  );
}
rmSync(dir, { recursive: true, force: true });
if (failed > 0) exitCode = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exitCode);
