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
import type { RecordFailure } from '../write/write-types.js';

const messages = loadMessages('portfolio.sync');
const texts = loadMessages('follow-up');

/** FeedItem.Body holds at most 10,000 characters. */
export const POST_LENGTH = 10_000;

export type DigestPostResult = {
  /** The group's name as the profile gives it; null when no group is set. */
  group: string | null;
  posted: boolean;
  reason: 'posted' | 'off' | 'dryRun' | 'nothingMoved' | 'failed';
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

export async function postDigest(
  client: OrgClient,
  groupId: string,
  text: string,
  scoredAt: Date,
  recordRetry: RetryPolicy
): Promise<{ posted: boolean; failures: RecordFailure[] }> {
  // The title names the run, so a post whose answer was lost is found, not posted twice.
  const title = texts.getMessage('post.Title', [scoredAt.toISOString()]);
  const record = {
    key: groupId,
    name: title,
    fields: { ParentId: groupId, Type: 'TextPost', Title: title, Body: postBody(text) },
  };
  const outcome = await writeRecords(
    {
      client,
      object: CHATTER.post,
      operation: 'insert',
      poll: DEFAULT_POLL,
      reconcile: async () => {
        const rows = await queryAll(
          client,
          `SELECT Id FROM ${CHATTER.post} WHERE ParentId = ${soqlString(groupId)} AND Title = ${soqlString(title)}`
        );
        return new Set(rows.length > 0 ? [groupId] : []);
      },
    },
    [record],
    { bulkAt: Number.POSITIVE_INFINITY, recordRetry }
  );
  return { posted: outcome.written === 1, failures: outcome.failures };
}
