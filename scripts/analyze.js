// `npm run analyze`: Salesforce Code Analyzer, Recommended rules, over the package directories of
// sfdx-project.json and src, configured by code-analyzer.yml. Prints the violations by severity; exits 1 on
// any violation of severity 1 or 2. Options: --engines eslint,regex (a subset of the engine plugins, for a
// quicker look), --json (the plain result on stdout instead of the report).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_PLUGINS, formatReport, runAnalysis, verdict } from './analyze/run-analysis.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const engines = option('--engines')?.split(',') ?? Object.keys(ENGINE_PLUGINS);

// Every package directory (a new one is analysed without editing this script) and the plugin's sources.
const packageDirs = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')).packageDirectories.map(
  (d) => d.path
);
const paths = [...packageDirs, 'src'].filter((p) => existsSync(join(root, p)));

const started = Date.now();
const result = await runAnalysis({
  root,
  paths,
  configFile: join(root, 'code-analyzer.yml'),
  engines,
  onLog: (message) => console.error(`analyzer: ${message}`),
});
const outcome = verdict(result);
if (args.includes('--json')) {
  console.log(JSON.stringify({ ...result, verdict: outcome }, null, 2));
} else {
  for (const line of formatReport(result)) console.log(line);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nAnalysed: ${paths.join(', ')}.`);
  console.log(
    outcome.passed ? `Code Analyzer passed (${seconds}s).` : `Code Analyzer FAILED: ${outcome.reasons.join('; ')}.`
  );
}
process.exitCode = outcome.passed ? 0 : 1;
