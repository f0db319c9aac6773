/**
 * The doctor's comparison check: which profile the nightly sync ranks the rising stars and fallers
 * under (docs/sync.md, The comparison profile), and where that choice comes from. A key that names
 * no profile, or the ranking profile itself, would stop the sync; the check says so first, in the
 * sync's own words.
 */
import { loadMessages } from '../../messages.js';
import type { OrgClient } from '../api/client.js';
import { compareFrom, resolveWithComparison } from '../profiles/org-profile.js';
import { profileName } from '../../i18n/profile-name.js';

const messages = loadMessages('portfolio.doctor');

export type CompareOutcome = { status: 'pass' | 'fail'; detail: string; actions: string[] };

/** `setting`: the default profile's CVP_Compare_Profile__c (readScope), null when blank. */
export async function compareCheck(client: OrgClient, setting: string | null): Promise<CompareOutcome> {
  try {
    const { profile, comparison } = await resolveWithComparison(client, undefined, { setting });
    return {
      status: 'pass',
      detail: messages.getMessage('detail.Compare', [
        profileName(comparison.profile),
        comparison.profile.key,
        compareFrom(comparison.source),
        profileName(profile),
      ]),
      actions: [],
    };
  } catch (error) {
    const sfError = error as { name?: string; message: string; actions?: string[] };
    if (sfError.name !== 'UnknownCompareProfileError' && sfError.name !== 'CompareIsRankingError') throw error;
    return {
      status: 'fail',
      detail: sfError.message,
      actions: sfError.actions ?? [],
    };
  }
}
