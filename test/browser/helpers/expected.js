// What the page should show, computed in Node with the compiled core from the same sample data the
// preview loads: the browser tests compare the components with the core, not with numbers written here.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSampleData } from '../../../preview/build/sample-data.js';
import { ROOT } from './preview.js';

const TIER_LABELS = {
  keyAccount: 'CVP_Tier_Key_Account',
  develop: 'CVP_Tier_Develop',
  maintain: 'CVP_Tier_Maintain',
  lean: 'CVP_Tier_Lean',
};

/** Custom label name of a tier key of the core. */
export const tierLabelName = (tier) => TIER_LABELS[tier];

let loaded;
async function load() {
  // One import at a time: jest's ESM loader cannot link modules that concurrent imports share.
  loaded ??= (async () => {
    const core = await import(pathToFileURL(path.join(ROOT, 'lib', 'core', 'index.js')).href);
    const fields = await import(pathToFileURL(path.join(ROOT, 'lib', 'schema', 'fields.js')).href);
    const sample = await readSampleData(ROOT);
    return { core, fields, sample };
  })();
  return loaded;
}

/** The sample account (by sample Id such as CV-1001) as the preview's store holds it. */
export async function sampleAccount(sampleId) {
  const { sample } = await load();
  const id = sample.sampleIds[sampleId];
  return sample.records.Account.find((a) => a.Id === id);
}

export async function sampleProfitability(sampleId) {
  const { sample, fields } = await load();
  const id = sample.sampleIds[sampleId];
  return sample.records[fields.PROFITABILITY.object].filter((r) => r[fields.PROFITABILITY.account] === id);
}

/**
 * The live score and tier of the account under the default profile when `changes` (dimension → score)
 * are applied to its assessed scores; volume and profitability are the sync's effective scores.
 */
export async function liveScore(sampleId, changes = {}) {
  const { core, fields } = await load();
  const account = await sampleAccount(sampleId);
  const profile = core.builtInProfile(core.DEFAULT_PROFILE_KEY);
  const scores = core.emptyScores();
  scores.volume = account[fields.ACCOUNT_COMPUTED.volumeScore];
  scores.profitability = account[fields.ACCOUNT_COMPUTED.profitabilityScore];
  for (const d of core.ASSESSED_DIMENSIONS) scores[d] = account[fields.ACCOUNT_ASSESSED[d]];
  Object.assign(scores, changes);
  const { score } = core.weightedScore(scores, profile.weights);
  return { score, tier: core.tierOf(score, profile.tiers), profile };
}
