/**
 * docs/metadata-rules.md lists every rule that exists, and only those: an admin or reviewer reading it
 * learns exactly what is checked offline.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../../helpers/paths.js';
import { QUERY_RULES } from './graphql-queries.js';
import { loadRules } from './rule.js';

const page = readFileSync(repoPath('docs', 'metadata-rules.md'), 'utf8');
/** The first cell of every table row that names a rule: | `rule-id` | … */
const documented = [...page.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
const ids = [...(await loadRules()).map((r) => r.id), ...QUERY_RULES.map((r) => r.id)];

describe('docs/metadata-rules.md', () => {
  it('lists every rule once', () => {
    expect(documented.filter((id, i) => documented.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !documented.includes(id))).toEqual([]);
  });

  it('lists no rule that does not exist', () => {
    expect(documented.filter((id) => !ids.includes(id))).toEqual([]);
  });
});
