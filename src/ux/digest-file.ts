/** The movers digest written where --digest says, atomically: a nightly job never reads half a file. */
import { writeFileAtomic } from '../io/index.js';
import type { SyncResult } from '../org/sync/sync.js';
import { profileName } from '../i18n/profile-name.js';
import { renderDigest } from '../org/follow-up/digest-text.js';

export function digestText(result: SyncResult): string {
  return renderDigest(result.digest, {
    profile: profileName({ name: result.profile.name, nameFi: result.profileNameFi }),
    scoredAt: result.scoredAt,
    dryRun: result.dryRun,
  });
}

export async function writeDigestFile(path: string, result: SyncResult): Promise<void> {
  await writeFileAtomic(path, digestText(result));
}
