/**
 * Reads an account's vision through the org client, so its queries get the retries, the session refresh
 * and the failure kinds every other org call has. The queries select the joint fields only, so internal
 * values never even travel; the document's allow-list is the second line.
 */
import { ACCOUNT, OBJECTIVE, VISION } from '../../schema/fields.js';
import { accountIdProblem, to18 } from '../../org/api/salesforce-id.js';
import type { OrgClient } from '../../org/api/client.js';
import { queryAll } from '../../org/api/rest-query.js';
import { soqlString } from '../../org/api/soql.js';
import { JOINT_OBJECTIVE_FIELDS, JOINT_VISION_FIELDS, type RecordRow, type VisionSource } from '../document.js';

// Every page is gathered: an account has few versions and objectives, so the rows fit in memory.
async function query<T>(client: OrgClient, soql: string): Promise<T[]> {
  return (await queryAll(client, soql)) as T[];
}

export type VisionReadError =
  | { readonly code: 'AccountNotFound'; readonly account: string }
  | { readonly code: 'AmbiguousAccount'; readonly account: string; readonly matches: readonly string[] }
  | { readonly code: 'NoVision'; readonly account: string };

export type VisionRead = {
  readonly accountId: string;
  readonly accountName: string;
  readonly current: VisionSource & { readonly id: string };
  readonly earlier: ReadonlyArray<VisionSource & { readonly id: string }>;
};

export type VisionReadResult = { success: true; data: VisionRead } | { success: false; error: VisionReadError };

type AccountRow = { Id: string; Name: string };

async function findAccount(
  client: OrgClient,
  account: string
): Promise<{ success: true; data: AccountRow } | { success: false; error: VisionReadError }> {
  if (accountIdProblem(account) === undefined) {
    const byId = await query<AccountRow>(
      client,
      `SELECT Id, Name FROM ${ACCOUNT} WHERE Id = ${soqlString(to18(account))}`
    );
    if (byId.length === 1) return { success: true, data: byId[0] };
  }
  // Three rows are enough to tell "one" from "more than one" and to name a couple of the matches.
  const byName = await query<AccountRow>(
    client,
    `SELECT Id, Name FROM ${ACCOUNT} WHERE Name = ${soqlString(account)} ORDER BY Id LIMIT 3`
  );
  if (byName.length === 0) return { success: false, error: { code: 'AccountNotFound', account } };
  if (byName.length > 1)
    return { success: false, error: { code: 'AmbiguousAccount', account, matches: byName.map((r) => r.Id) } };
  return { success: true, data: byName[0] };
}

type VisionRow = RecordRow & { Id: string };

export async function readVision(
  client: OrgClient,
  account: string,
  options: { readonly includeEarlier: boolean }
): Promise<VisionReadResult> {
  const found = await findAccount(client, account);
  if (!found.success) return found;
  const { Id: accountId, Name: accountName } = found.data;

  const visions = await query<VisionRow>(
    client,
    `SELECT Id, ${JOINT_VISION_FIELDS.join(', ')} FROM ${VISION.object} WHERE ${VISION.account} = ${soqlString(accountId)} ` +
      `ORDER BY ${VISION.version} DESC NULLS LAST, CreatedDate DESC`
  );
  if (visions.length === 0) return { success: false, error: { code: 'NoVision', account: accountName } };

  const [latest, ...rest] = visions;
  // Earlier versions that were agreed with the customer; drafts never agreed are internal work.
  const earlier = options.includeEarlier ? rest.filter((v) => typeof v[VISION.agreedDate] === 'string') : [];
  const ids = [latest, ...earlier].map((v) => soqlString(v.Id));
  const objectives = await query<RecordRow>(
    client,
    `SELECT ${OBJECTIVE.vision}, ${JOINT_OBJECTIVE_FIELDS.join(', ')} FROM ${OBJECTIVE.object} ` +
      `WHERE ${OBJECTIVE.vision} IN (${ids.join(', ')}) ORDER BY ${OBJECTIVE.dueDate} ASC NULLS LAST, ${OBJECTIVE.name}`
  );
  const of = (vision: VisionRow): VisionSource & { id: string } => ({
    id: vision.Id,
    vision,
    objectives: objectives.filter((o) => o[OBJECTIVE.vision] === vision.Id),
  });
  return { success: true, data: { accountId, accountName, current: of(latest), earlier: earlier.map(of) } };
}
