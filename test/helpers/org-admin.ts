/**
 * What an admin does to an org between the deploy and the first sync, done to the local server's org:
 * assign a permission set, load scoring profiles, activate the Account page in Lightning App Builder.
 * Shared by the doctor, setup and end-to-end tests, so each states the org it needs in one line.
 */
import { builtInProfile } from '../../src/core/profiles/builtin-profiles.js';
import { defaultScopeFor } from '../../src/core/portfolio/portfolio-scope.js';
import { ACCOUNT, ACCOUNT_RECORD_PAGE, APP, PERMISSION_SETS, SCORING_PROFILE } from '../../src/schema/fields.js';
import { profileToRecord } from '../../src/org/profiles/profile-records.js';
import type { SfServer } from '../sf-server/server.js';
import { standardObjects } from '../sf-server/standard-objects.js';

type SetName = (typeof PERMISSION_SETS)[keyof typeof PERMISSION_SETS];

export function assignPermissionSet(server: SfServer, name: SetName, assigneeId: string = server.userId): void {
  const ps = server.store.all('PermissionSet').find((p) => p.Name === name);
  if (!ps) throw new Error(`the local org has no permission set ${name}`);
  server.store.insert('PermissionSetAssignment', [{ AssigneeId: assigneeId, PermissionSetId: ps.Id }]);
}

/**
 * The built-in profiles as `portfolio setup` leaves them: the given keys, "current" the default, with
 * the default portfolio scope fitted to the local org's Account Type values.
 */
export function loadBuiltInProfiles(server: SfServer, keys: ReadonlyArray<'current' | 'future'> = ['current']): void {
  const types = standardObjects()
    .find((o) => o.name === ACCOUNT)
    ?.fields.find((f) => f.name === 'Type')?.picklistValues;
  const scope = defaultScopeFor(types);
  server.store.insert(
    SCORING_PROFILE.object,
    keys.map((key) => profileToRecord(builtInProfile(key)!, { isDefault: key === 'current', scope }))
  );
}

/** An Account View override as Lightning App Builder's activation writes it into the app. */
export const pageOverride = (
  formFactor: 'Large' | 'Small',
  content = ACCOUNT_RECORD_PAGE
): Record<string, unknown> => ({
  actionName: 'View',
  comment: null,
  content,
  formFactor,
  pageOrSobjectType: 'Account',
  skipRecordTypeSelect: false,
  type: 'Flexipage',
});

/** The app as an admin left it: these app defaults and per-profile assignments, nothing else. */
export function setAppOverrides(
  server: SfServer,
  actionOverrides: unknown[],
  profileActionOverrides: unknown[] = []
): void {
  server.tooling.setAppMetadata(APP, { ...server.tooling.appMetadata(APP), actionOverrides, profileActionOverrides });
}

/** The Account page as the app default on the given form factors (desktop and phone by default). */
export const activateAccountPage = (
  server: SfServer,
  formFactors: Array<'Large' | 'Small'> = ['Large', 'Small']
): void =>
  setAppOverrides(
    server,
    formFactors.map((f) => pageOverride(f))
  );
