// Types of run-analysis.js for the TypeScript test that drives it (test/analyze).

export type EngineName = 'eslint' | 'retirejs' | 'regex' | 'pmd';

export const ENGINE_PLUGINS: Record<EngineName, string>;
export const SEVERITY_NAMES: Record<1 | 2 | 3 | 4 | 5, string>;
export const FAILING_SEVERITY: number;

export type Severity = 1 | 2 | 3 | 4 | 5;

export type Finding = {
  severity: Severity;
  rule: string;
  engine: string;
  /** Relative to the root given to runAnalysis; undefined for an engine failure. */
  file: string | undefined;
  line: number | undefined;
  column: number | undefined;
  message: string;
};

export type AnalysisResult = {
  engines: string[];
  ruleCounts: Record<string, number>;
  ruleCount: number;
  violations: Finding[];
};

export type AnalysisOptions = {
  root: string;
  paths: string[];
  configFile?: string;
  engines?: EngineName[];
  selectors?: string[];
  onLog?: (message: string) => void;
};

export type Verdict = { passed: boolean; reasons: string[] };

export function loadConfig(configFile?: string): unknown;
export function runAnalysis(options: AnalysisOptions): Promise<AnalysisResult>;
export function groupBySeverity(violations: Finding[]): Record<Severity, Finding[]>;
export function verdict(result: AnalysisResult): Verdict;
export function formatReport(result: AnalysisResult): string[];
