/**
 * Every documented platform rule of test/metadata/rules, run on force-app: what a deploy would
 * reject although source conversion and the XML schema accept it. A failure names the file, the
 * element, the rule and the documentation page it comes from.
 */
import { FORCE_APP } from '../helpers/force-app.js';
import { loadMetadataApp, loadRules, runRule } from './rule.js';

const rules = await loadRules();
/** Every package directory, as a deploy of the project sends them. */
const app = loadMetadataApp();
/** What the unlocked package holds: the packaging rules are about it alone. */
const packaged = loadMetadataApp(FORCE_APP);
const scopeOf = (id: string): typeof app => (id.startsWith('packaging-') ? packaged : app);

describe('force-app keeps the documented platform rules', () => {
  it('finds the rules and the package metadata', () => {
    expect(rules.length).toBeGreaterThan(30);
    expect(app.files.length).toBeGreaterThan(100);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(runRule(rule, scopeOf(rule.id))).toEqual([]);
  });
});
