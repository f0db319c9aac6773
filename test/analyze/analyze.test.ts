/**
 * `npm run analyze` must not be able to pass by accident: the same module, with the repository's own
 * code-analyzer.yml, has to report a known severity-2 finding and fail on it, and pass clean code.
 * Only the eslint and regex engines run here: pmd (and its cpd engine) starts a Java VM and selects no
 * Recommended rule for JavaScript, and retire-js only knows library versions, so they would add seconds
 * and nothing that this test checks. CI's `npm run analyze` runs all four.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport, runAnalysis, verdict, type AnalysisResult } from '../../scripts/analyze/run-analysis.js';
import { repoPath } from '../helpers/paths.js';
import { useTempDir } from '../helpers/temp-dir.js';

const CONFIG = repoPath('code-analyzer.yml');

// The pattern the analyzer reported in the Lightning components before they were fixed: a caught error
// bound to a name and never used (eslint no-unused-vars, severity 2).
const UNUSED_CATCH = `export function readStored(storage, key) {
    try {
        return JSON.parse(storage.getItem(key));
    } catch (e) {
        return null;
    }
}
`;

const CLEAN = `export function readStored(storage, key) {
    try {
        return JSON.parse(storage.getItem(key));
    } catch {
        return null;
    }
}
`;

describe('npm run analyze (scripts/analyze/run-analysis.js)', () => {
  const dir = useTempDir('cvp-analyze-');

  async function analyse(source: string): Promise<AnalysisResult> {
    const folder = join(dir.path, 'lwc', 'storedDraft');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'storedDraft.js'), source);
    return runAnalysis({ root: dir.path, paths: ['lwc'], configFile: CONFIG, engines: ['eslint', 'regex'] });
  }

  it('reports an unused catch variable as severity 2 and fails', async () => {
    const result = await analyse(UNUSED_CATCH);

    expect(result.violations).toContainEqual(
      expect.objectContaining({
        severity: 2,
        rule: 'no-unused-vars',
        engine: 'eslint',
        file: join('lwc', 'storedDraft', 'storedDraft.js'),
        line: 4,
      })
    );
    expect(verdict(result).passed).toBe(false);
    expect(formatReport(result).join('\n')).toContain('no-unused-vars [eslint] lwc/storedDraft/storedDraft.js:4');
  });

  it('passes the same code without the unused binding', async () => {
    const result = await analyse(CLEAN);

    expect(result.ruleCount).toBeGreaterThan(0);
    expect(result.violations.filter((v) => v.severity <= 2)).toEqual([]);
    expect(verdict(result)).toEqual({ passed: true, reasons: [] });
  });

  it('fails when the selection matches no rule, rather than reporting clean code', async () => {
    const folder = join(dir.path, 'lwc');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'x.js'), CLEAN);

    const result = await runAnalysis({
      root: dir.path,
      paths: ['lwc'],
      configFile: CONFIG,
      engines: ['regex'],
      selectors: ['NoSuchTag'],
    });

    expect(result.ruleCount).toBe(0);
    expect(verdict(result)).toEqual({ passed: false, reasons: ['no rule was selected'] });
  });
});
