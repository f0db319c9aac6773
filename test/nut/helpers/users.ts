/**
 * Users of a scratch org made for one NUT run, each holding one of the package's permission sets and
 * nothing else of the package, logged in through the CLI (`sf org create user` stores their login).
 * Only a scratch org can do that: on any other org the tests that need them report themselves skipped.
 */
import { execFileSync } from 'node:child_process';
import { execCmd } from '@salesforce/cli-plugins-testkit';

export type CreatedUser = { username: string; id: string };

type CreateUserResult = { fields: { username: string; id: string } };
type DisplayResult = { devHubId?: string; expirationDate?: string };

/**
 * Whether the org is a scratch org, by `sf org display` (which names its Dev Hub). Runs when the file
 * loads, before any session: jest decides which tests to skip before they run.
 */
export function isScratchOrg(username: string | undefined): boolean {
  if (!username) return false;
  try {
    const out = execFileSync('sf', ['org', 'display', '--target-org', username, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const result = (JSON.parse(out) as { result?: DisplayResult }).result;
    return Boolean(result?.devHubId ?? result?.expirationDate);
  } catch {
    return false;
  }
}

/**
 * A new user of the given profile with one permission set. "Minimum Access - Salesforce" grants no
 * object access, so all the user can do comes from the permission set; "Standard User" adds the API
 * access people have, for a user whose permission set does not grant "API Enabled".
 */
export function createUser(adminUsername: string, profileName: string, permissionSet: string): CreatedUser {
  const created = execCmd<CreateUserResult>(
    `org create user --target-org ${adminUsername} profileName="${profileName}" --json`,
    { cli: 'sf', ensureExitCode: 0 }
  ).jsonOutput?.result;
  if (!created) throw new Error('sf org create user gave no result');
  execCmd(
    `org assign permset --name ${permissionSet} --on-behalf-of ${created.fields.username} --target-org ${adminUsername} --json`,
    { cli: 'sf', ensureExitCode: 0 }
  );
  return { username: created.fields.username, id: created.fields.id };
}

/** A REST call as the given user (`sf api request rest` prints the answer's body). */
export function restAs<T>(username: string, path: string, options: { method?: string; body?: unknown } = {}): T {
  const body = options.body === undefined ? '' : ` --body '${JSON.stringify(options.body)}'`;
  const out = execCmd(
    `api request rest '${path}' --method ${options.method ?? 'GET'}${body} --target-org ${username}`,
    {
      cli: 'sf',
      ensureExitCode: 0,
    }
  ).shellOutput.stdout;
  return JSON.parse(out) as T;
}
