/**
 * Records a new profile version on the profile record (docs/sync.md, Profile versions): the three
 * fields the sync owns, in one update that is retried like any record and compared on the next run,
 * so a lost answer or a stop only means the next run records it.
 */
import type { OrgClient } from '../api/client.js';
import type { RetryPolicy } from '../api/retry.js';
import { DEFAULT_POLL } from '../api/bulk-jobs.js';
import { SCORING_PROFILE } from '../../schema/fields.js';
import type { VersionPlan } from '../profiles/profile-versions.js';
import { writeRecords, type WriteOutcome } from '../write/write-records.js';

export type ProfileVersionResult = {
  /** The version the values carry; null for a profile file or a built-in profile not in the org. */
  version: number | null;
  /** The version recorded before, when this run starts a new one. */
  previous: number | null;
  /** This run starts the version (on a dry run: would start it). */
  isNew: boolean;
  /** The new version was recorded on the profile record. */
  recorded: boolean;
};

export function versionResult(plan: VersionPlan, recorded: boolean): ProfileVersionResult {
  return { version: plan.version, previous: plan.previousVersion, isNew: plan.update !== null, recorded };
}

export async function recordVersion(
  client: OrgClient,
  plan: VersionPlan,
  recordRetry: RetryPolicy
): Promise<WriteOutcome | null> {
  if (plan.update === null) return null;
  return writeRecords(
    { client, object: SCORING_PROFILE.object, operation: 'update', poll: DEFAULT_POLL },
    [{ key: plan.update.id, name: SCORING_PROFILE.object, fields: plan.update.fields }],
    { bulkAt: Number.POSITIVE_INFINITY, recordRetry }
  );
}
