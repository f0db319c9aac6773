/**
 * Every documented platform rule of test/metadata/rules, run on force-app: what a deploy would
 * reject although source conversion and the XML schema accept it. A failure names the file, the
 * element, the rule and the documentation page it comes from.
 */
import { loadMetadataApp, loadRules, runRule } from './rule.js';

const rules = await loadRules();
const app = loadMetadataApp();

describe('force-app keeps the documented platform rules', () => {
  it('finds the rules and the package metadata', () => {
    expect(rules.length).toBeGreaterThan(30);
    expect(app.files.length).toBeGreaterThan(100);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(runRule(rule, app)).toEqual([]);
  });
});
