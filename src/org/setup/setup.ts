/**
 * `portfolio setup`: after a deploy, create the built-in scoring profiles the org lacks, run the
 * doctor's checks, and list what is left to do. Nothing is written unless the package's objects and
 * fields are all there and the running user may create every field of a profile; a second run finds
 * the profiles and creates nothing.
 */
import { countKey } from '../../i18n/index.js';
import { loadMessages } from '../../messages.js';
import type { OrgClient } from '../api/client.js';
import { SCORING_PROFILE } from '../../schema/fields.js';
import { orgStopError } from '../api/org-errors.js';
import {
  accountPageCheck,
  apiVersionCheck,
  accountTypeValues,
  describeObjects,
  portfolioScopeCheck,
  limitCheck,
  missingFromOrg,
  permissionCheck,
  profileCheck,
  schemaChecks,
  type Check,
} from './doctor.js';
import { createProfiles, notCreatable, planProfiles, ProfilesRefused, type ProfileOutcome } from './setup-profiles.js';
import { nextSteps, permissionSetHolders, unscoredAccounts, type NextStep } from './setup-steps.js';

const messages = loadMessages('portfolio.setup');

export type SetupResult = {
  /** No check failed (warnings allowed). */
  ok: boolean;
  apiVersion: string;
  username?: string;
  /** Keys of the profiles this run created; empty on a second run. */
  created: string[];
  /** Every built-in profile and what this run did with it. */
  profiles: ProfileOutcome[];
  /** The doctor's checks, as the org stands after this run. */
  checks: Check[];
  nextSteps: NextStep[];
};

export type SetupOptions = {
  /** How the commands in the next steps name the org (its username or alias). */
  targetOrg: string;
};

export async function runSetup(client: OrgClient, options: SetupOptions): Promise<SetupResult> {
  const { targetOrg } = options;
  try {
    const checks: Check[] = [await apiVersionCheck(client)];
    const described = await describeObjects(client);
    checks.push(...schemaChecks(described));
    const missing = missingFromOrg(described);
    if (missing.length > 0) {
      throw messages
        .createError(
          'error.NotDeployed',
          [messages.getMessage(countKey('count.MissingItems', missing.length), [missing.length]), missing.join(', ')],
          [targetOrg, targetOrg]
        )
        .setData({ checks });
    }
    const permission = await permissionCheck(client);
    checks.push(permission.check);
    const plan = await planProfiles(client, accountTypeValues(described));
    const user = permission.username ?? targetOrg;
    const blocked = [...new Set(plan.records.flatMap((r) => notCreatable(described.get(SCORING_PROFILE.object), r)))];
    if (blocked.length > 0) {
      throw messages
        .createError('error.CannotCreateProfiles', [user, blocked.join(', ')], [targetOrg])
        .setData({ checks, profiles: plan.outcomes });
    }
    try {
      await createProfiles(client, plan.records);
    } catch (error) {
      if (!(error instanceof ProfilesRefused)) throw error;
      throw messages.createError('error.ProfilesRefused', [error.reasons.join('; ')], [], error);
    }
    checks.push(
      await profileCheck(client),
      await portfolioScopeCheck(client, described),
      await limitCheck(client),
      await accountPageCheck(client)
    );
    // The doctor does not know how the org was named on the command line; setup does.
    const filled = checks.map((c) => ({ ...c, actions: c.actions.map((a) => a.replaceAll('<org>', targetOrg)) }));
    const state = {
      checks: filled,
      holders: await permissionSetHolders(client),
      unscored: await unscoredAccounts(client),
    };
    return {
      ok: checks.every((c) => c.status !== 'fail'),
      apiVersion: client.version,
      username: permission.username,
      created: plan.outcomes.filter((p) => p.status === 'created').map((p) => p.key),
      profiles: plan.outcomes,
      checks: filled,
      nextSteps: nextSteps(state, targetOrg),
    };
  } catch (error) {
    throw orgStopError(error);
  }
}
