/**
 * A large synthetic portfolio for the preview (`?accounts=2000`): the benchmarks' seeded generator
 * (scripts/bench/synthetic.js), so every build holds the same accounts, loaded and synced through the
 * same builders as the sample (sample-data.js). Owners are spread over a few users so "my accounts"
 * filters something, and a few names start with a formula character so the CSV export's neutralising
 * can be seen on real rows.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticAccounts } from '../../scripts/bench/synthetic.js';
import { readSampleData } from './sample-data.js';

/** The portfolio sizes a build prepares; the page asks for one with `?accounts=`. */
export const SYNTHETIC_SIZES = [2000, 14000, 50000];

export const syntheticFile = (n) => `synthetic/accounts-${n}.json`;

// null: the preview's own user, the one "my accounts" means.
const OWNERS = [null, 'Aino Virtanen', 'Mikko Korhonen', 'Sanna Nieminen'];
/** Every FORMULA_EVERY-th account gets a name a spreadsheet would run as a formula. */
const FORMULA_EVERY = 97;

export function syntheticInputs(n) {
  return syntheticAccounts(n, 2000).map((a, i) => ({
    ...a,
    id: `SYN-${String(i + 1).padStart(5, '0')}`,
    name: i % FORMULA_EVERY === 5 ? `=HYPERLINK("http://example.invalid";"Account ${i}")` : a.name,
    owner: OWNERS[i % OWNERS.length],
  }));
}

/** The org a sync would leave after loading `n` synthetic accounts: what the store replaces its records with. */
export async function readSyntheticData(root, n, options = {}) {
  // Parsed as the sample file's rows are, so the sync's builders see the same shapes.
  const { AccountInputSchema } = await import(pathToFileURL(path.join(root, 'lib', 'core', 'index.js')).href);
  const accounts = syntheticInputs(n).map((a) => AccountInputSchema.parse(a));
  const { period, userId, sampleIds, records } = await readSampleData(root, { ...options, accounts });
  return { period, userId, sampleIds, records };
}
