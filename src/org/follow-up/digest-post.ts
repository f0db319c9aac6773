/**
 * The movers digest as a Chatter post to the group the default profile names: a FeedItem whose parent
 * is the CollaborationGroup, created through REST like every other record (no Apex, no Connect API).
 * The group is looked up before the sync writes anything, so a wrong name or an org without Chatter
 * stops the run with nothing written and says what to fix.
 */
import { loadMessages } from '../../messages.js';
import { CHATTER } from '../../schema/fields.js';
import type { OrgClient } from '../api/client.js';
import { DEFAULT_POLL } from '../api/bulk-jobs.js';
import { OrgApiError } from '../api/org-api-error.js';
import { queryAll } from '../api/rest-query.js';
import { soqlString } from '../api/soql.js';
import type { RetryPolicy } from '../api/retry.js';
import { writeRecords } from '../write/write-records.js';
import { fingerprintOf } from '../api/row-values.js';
import type { RecordFailure } from '../write/write-types.js';
import { digestIsEmpty, type MoversDigest } from './movers-digest.js';

const messages = loadMessages('portfolio.sync');
const texts = loadMessages('follow-up');

/** FeedItem.Body holds at most 10,000 characters. */
export const POST_LENGTH = 10_000;

export type DigestPostResult = {
  /** The group's name as the profile gives it; null when no group is set. */
  group: string | null;
  posted: boolean;
  reason: 'posted' | 'alreadyPosted' | 'off' | 'dryRun' | 'nothingMoved' | 'failed';
};

/** The group's Id; a clear error when the org has no Chatter or no group of that name. */
export async function findDigestGroup(client: OrgClient, name: string): Promise<string> {
  let rows;
  try {
    rows = await queryAll(
      client,
      `SELECT Id FROM ${CHATTER.group} WHERE Name = ${soqlString(name)} AND IsArchived = false LIMIT 1`
    );
  } catch (error) {
    // An org with Chatter off has no CollaborationGroup object at all.
    if (error instanceof OrgApiError && error.errorCode === 'INVALID_TYPE') {
      throw messages.createError('error.ChatterOff', [name], [], error);
    }
    throw error;
  }
  if (rows.length === 0) throw messages.createError('error.DigestGroupMissing', [name]);
  return String(rows[0].Id);
}

/** Cuts a text to the post's length at a line end, saying so. */
export function postBody(text: string): string {
  if (text.length <= POST_LENGTH) return text;
  const cut = text.lastIndexOf('\n', POST_LENGTH - 2);
  return `${text.slice(0, cut > 0 ? cut : POST_LENGTH - 2)}\n…`;
}

/** The post's Title: the same digest gives the same title, so a rerun finds the post it made. */
export function postTitle(digest: MoversDigest): string {
  const fingerprint = (fingerprintOf([JSON.stringify(digest)]) >>> 0).toString(36);
  return texts.getMessage('post.Title', [fingerprint]);
}

/**
 * Posts the digest when an account moved. It is posted before the accounts' new values are written:
 * a run stopped after writing them would leave the next run nothing to post. A rerun that finds
 * the same digest already posted (by its title) does not post it again.
 */
export async function postDigestOnce(
  client: OrgClient,
  group: { id: string | null; name: string | null },
  digest: MoversDigest,
  text: () => string,
  recordRetry: RetryPolicy
): Promise<{ result: DigestPostResult; failures: RecordFailure[] }> {
  type Outcome = { result: DigestPostResult; failures: RecordFailure[] };
  const done = (posted: boolean, reason: DigestPostResult['reason'], failures: RecordFailure[] = []): Outcome => ({
    result: { group: group.name, posted, reason },
    failures,
  });
  if (group.id === null) return done(false, 'off');
  if (digestIsEmpty(digest)) return done(false, 'nothingMoved');
  const groupId = group.id;
  const title = postTitle(digest);
  const posted = async (): Promise<boolean> =>
    (
      await queryAll(
        client,
        `SELECT Id FROM ${CHATTER.post} WHERE ParentId = ${soqlString(groupId)} AND Title = ${soqlString(title)} LIMIT 1`
      )
    ).length > 0;
  if (await posted()) return done(true, 'alreadyPosted');
  const record = {
    key: groupId,
    name: title,
    fields: { ParentId: groupId, Type: 'TextPost', Title: title, Body: postBody(text()) },
  };
  const outcome = await writeRecords(
    {
      client,
      object: CHATTER.post,
      operation: 'insert',
      poll: DEFAULT_POLL,
      // After a lost answer: the post is there or it is not.
      reconcile: async () => new Set((await posted()) ? [groupId] : []),
    },
    [record],
    { bulkAt: Number.POSITIVE_INFINITY, recordRetry }
  );
  return outcome.written === 1 ? done(true, 'posted') : done(false, 'failed', outcome.failures);
}
