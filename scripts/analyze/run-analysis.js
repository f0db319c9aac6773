// Salesforce Code Analyzer run through its npm packages (the sf plugin cannot be installed here: it verifies
// its signature online). Shared by scripts/analyze.js and test/analyze, so that the test exercises the very
// config loading, grouping and verdict that CI relies on.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
// CommonJS packages: loaded with require so that Node's named-export detection is not relied upon.
const { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } = require('@salesforce/code-analyzer-core');

/** Engine plugin packages by a short name; 'pmd' brings two engines, pmd and cpd. */
export const ENGINE_PLUGINS = {
  eslint: '@salesforce/code-analyzer-eslint-engine',
  retirejs: '@salesforce/code-analyzer-retirejs-engine',
  regex: '@salesforce/code-analyzer-regex-engine',
  pmd: '@salesforce/code-analyzer-pmd-engine',
};

export const SEVERITY_NAMES = { 1: 'Critical', 2: 'High', 3: 'Moderate', 4: 'Low', 5: 'Info' };

/** Severities at or below this number fail the run. */
export const FAILING_SEVERITY = 2;

/**
 * Loads the analyzer config: the yml when it exists, else the analyzer's defaults. Paths inside the yml are
 * relative to the folder it sits in, as for the sf plugin.
 */
export function loadConfig(configFile) {
  if (configFile && existsSync(configFile)) return CodeAnalyzerConfig.fromFile(resolve(configFile));
  if (configFile) throw new Error(`Code Analyzer config not found: ${configFile}`);
  return CodeAnalyzerConfig.withDefaults();
}

/**
 * Runs the selected rules over `paths` (files or folders, relative to `root`) and returns plain data:
 * { engines, ruleCount, violations: [{ severity, rule, engine, file, line, column, message }] }, files relative
 * to `root`. The analyzer's working folders go under the temp folder (its default) and are removed after the run.
 */
export async function runAnalysis({
  root,
  paths,
  configFile,
  engines = Object.keys(ENGINE_PLUGINS),
  selectors = ['Recommended'],
  onLog = () => {},
}) {
  const analyzer = new CodeAnalyzer(loadConfig(configFile));
  const log = (level, message) => {
    if (level <= LogLevel.Warn) onLog(message);
  };
  analyzer.onEvent(EventType.LogEvent, (e) => log(e.logLevel, e.message));
  analyzer.onEvent(EventType.EngineLogEvent, (e) => log(e.logLevel, `[${e.engineName}] ${e.message}`));

  for (const name of engines) {
    const pkg = ENGINE_PLUGINS[name];
    if (!pkg) throw new Error(`Unknown engine plugin "${name}"; known: ${Object.keys(ENGINE_PLUGINS).join(', ')}`);
    await analyzer.addEnginePlugin(require(pkg).createEnginePlugin());
  }

  const absolute = paths.map((p) => (isAbsolute(p) ? p : resolve(root, p)));
  const workspace = await analyzer.createWorkspace(absolute);
  const selection = await analyzer.selectRules(selectors, { workspace });
  const results = await analyzer.run(selection, { workspace });

  const violations = results.getViolations().map((v) => {
    const rule = v.getRule();
    const at = v.getPrimaryLocation();
    const file = at.getFile();
    return {
      severity: rule.getSeverityLevel(),
      rule: rule.getName(),
      engine: rule.getEngineName(),
      file: file ? relative(root, file) : undefined,
      line: at.getStartLine(),
      column: at.getStartColumn(),
      message: v.getMessage().trim(),
    };
  });
  const ruleCounts = Object.fromEntries(selection.getEngineNames().map((e) => [e, selection.getRulesFor(e).length]));
  return { engines: analyzer.getEngineNames(), ruleCounts, ruleCount: selection.getCount(), violations };
}

/** Violations by severity 1..5, each list sorted by file and line. */
export function groupBySeverity(violations) {
  const groups = { 1: [], 2: [], 3: [], 4: [], 5: [] };
  for (const v of violations) groups[v.severity].push(v);
  for (const list of Object.values(groups)) {
    list.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  }
  return groups;
}

/**
 * Pass or fail. Besides any violation of severity 1–2 (engine failures are reported by the core as severity 1),
 * a run that selected no rule at all fails too: a broken config or selector must not look like clean code.
 */
export function verdict(result) {
  const reasons = [];
  const failing = result.violations.filter((v) => v.severity <= FAILING_SEVERITY).length;
  if (failing > 0) reasons.push(`${failing} violation(s) of severity ${FAILING_SEVERITY} or more serious`);
  if (result.ruleCount === 0) reasons.push('no rule was selected');
  return { passed: reasons.length === 0, reasons };
}

/** The report as lines: counts per severity, severity 1–3 one by one, severity 4–5 as counts per rule. */
export function formatReport(result) {
  const groups = groupBySeverity(result.violations);
  const lines = [];
  const perEngine = Object.entries(result.ruleCounts).map(([e, n]) => `${e} ${n}`);
  const rules = perEngine.length > 0 ? `${result.ruleCount} rules (${perEngine.join(', ')})` : 'no rules';
  lines.push(`Code Analyzer: ${rules}, ${result.violations.length} violations`);
  for (const sev of [1, 2, 3, 4, 5]) lines.push(`  severity ${sev} (${SEVERITY_NAMES[sev]}): ${groups[sev].length}`);
  for (const sev of [1, 2, 3]) {
    if (groups[sev].length === 0) continue;
    lines.push('', `Severity ${sev} (${SEVERITY_NAMES[sev]}):`);
    for (const v of groups[sev]) {
      const where = v.file ? `${v.file}:${v.line ?? '?'}` : '(no file)';
      // An engine that cannot start reports its stack trace in the message; the first line says why.
      const message = v.message.replace(/\s+at (?:async )?\S+ \(.*$/s, '').replace(/\s*\n\s*/g, ' ');
      lines.push(`  ${v.rule} [${v.engine}] ${where}`, `    ${message}`);
    }
  }
  for (const sev of [4, 5]) {
    if (groups[sev].length === 0) continue;
    lines.push('', `Severity ${sev} (${SEVERITY_NAMES[sev]}), per rule:`);
    const perRule = new Map();
    for (const v of groups[sev]) {
      const key = `${v.rule} [${v.engine}]`;
      perRule.set(key, (perRule.get(key) ?? 0) + 1);
    }
    for (const [key, n] of [...perRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      lines.push(`  ${String(n).padStart(4)}  ${key}`);
    }
  }
  return lines;
}
