/**
 * Every rule of test/metadata/rules fires on the smallest XML that breaks it, and names the file,
 * the element and its documentation page when it does; where a rule has a correct sample beside
 * it, it keeps quiet on that. A rule that cannot fail checks nothing.
 */
import { loadRules, runRule, sampleApp, type Rule } from './rule.js';

const rules = await loadRules();

describe('each rule fires on a bad sample', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule: Rule) => {
    for (const sample of rule.fails) {
      const found = rule.check(sampleApp(sample));
      expect({ sample: Object.keys(sample), fired: found.length > 0 }).toEqual({
        sample: Object.keys(sample),
        fired: true,
      });
      for (const [line, v] of runRule(rule, sampleApp(sample)).map((l, i) => [l, found[i]] as const)) {
        expect(Object.keys(sample)).toContain(v.file);
        expect(v.element).not.toBe('');
        expect(line).toContain(rule.doc.title);
        expect(line).toContain(rule.doc.url);
      }
    }
  });

  it.each(rules.filter((r) => r.passes).map((r) => [r.id, r] as const))(
    '%s keeps quiet on a correct sample',
    (_id, rule) => {
      for (const sample of rule.passes ?? []) expect(runRule(rule, sampleApp(sample))).toEqual([]);
    }
  );

  it('every rule cites a documentation page', () => {
    const uncited = rules.filter((r) => !r.doc.title || !/^https:\/\/\S+$/.test(r.doc.url)).map((r) => r.id);
    expect(uncited).toEqual([]);
  });
});
