/**
 * `?accounts=2000`: the store starts with a large synthetic portfolio instead of the sample (the browser
 * tests and the workspace benchmark need thousands of accounts). The build writes it next to the page
 * (preview/build/synthetic-data.js). The page's entry (preview/src/main.js, bench.js) awaits
 * `loadSyntheticAccounts()` before it imports the store or any component, and the store then takes the
 * portfolio synchronously from `withSyntheticAccounts`: one org from the start, and no top-level await
 * anywhere in the module graph (one in store.js held back every module that imports it, and the Account
 * page rendered blank). Object infos, picklists and labels stay those of the build.
 */
import { param } from './locale.js';

let loaded = null;

/** Fetches the portfolio `?accounts=` names, if any; resolves when the store may be imported. */
export async function loadSyntheticAccounts() {
  const n = param('accounts');
  if (!n) return;
  const response = await fetch(new URL(`synthetic/accounts-${encodeURIComponent(n)}.json`, document.baseURI));
  if (!response.ok)
    throw new Error(`The preview has no synthetic portfolio of ${n} accounts (?accounts=): the build prepares 2000, 14000 and 50000.`);
  loaded = await response.json();
}

/** The org the store starts with: `base` (the build's sample), or the loaded synthetic portfolio over it. */
export function withSyntheticAccounts(base) {
  if (!loaded) {
    if (param('accounts'))
      throw new Error('?accounts=: the store was imported before loadSyntheticAccounts() finished.');
    return base;
  }
  const { period, userId, sampleIds, records } = loaded;
  return { ...base, period, userId, sampleIds, records };
}
