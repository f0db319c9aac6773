/**
 * `?accounts=2000`: the store starts with a large synthetic portfolio instead of the sample (the browser
 * tests and the workspace benchmark need thousands of accounts). The build writes it next to the page
 * (preview/build/synthetic-data.js); it is fetched before the store fills, so every platform module sees
 * one org from the start. Object infos, picklists and labels stay those of the build.
 */
import { param } from './locale.js';

export async function withSyntheticAccounts(base) {
  const n = param('accounts');
  if (!n) return base;
  const response = await fetch(new URL(`synthetic/accounts-${encodeURIComponent(n)}.json`, document.baseURI));
  if (!response.ok)
    throw new Error(`The preview has no synthetic portfolio of ${n} accounts (?accounts=): the build prepares 2000.`);
  const { period, userId, sampleIds, records } = await response.json();
  return { ...base, period, userId, sampleIds, records };
}
