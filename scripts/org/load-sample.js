/**
 * Loads a portfolio spreadsheet into an org through jsforce: the accounts (found by name, created when
 * missing) with their assessed scores, one customer-profitability row per account for a period
 * (upserted on its external ID), and the built-in scoring profiles of src/core when the org lacks them.
 * Running it again converges to the same data; it never overwrites a scoring profile that exists, so an
 * admin's weights survive.
 *
 *   npm run build
 *   npx node scripts/org/load-sample.js --target-org <alias> [--file config/sample-portfolio.csv] [--period 2025] [--profiles-only]
 *
 * The profiles are made by the same code as `sf portfolio setup` (lib/org/setup/setup-profiles.js), which is
 * the way to create them in any org; --profiles-only stays for scripts that called it before.
 * It imports the compiled lib/ (hence the build), and the org's login from the Salesforce CLI.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Org } from '@salesforce/core';
import { builtInProfile, DEFAULT_PROFILE_KEY, scorePortfolio } from '../../lib/core/index.js';
import { roundHalfUp } from '../../lib/core/model/rounding.js';
import { readPortfolio } from '../../lib/io/read/read-portfolio.js';
import { OrgClient } from '../../lib/org/api/client.js';
import { soqlString } from '../../lib/org/api/soql.js';
import { assessmentOfAccount, assessmentRecord } from '../../lib/org/history/history.js';
import { timeOf } from '../../lib/org/history/instant.js';
import { assessedOnDays } from '../../lib/rank/review-due.js';
import {
  ACCOUNT,
  ACCOUNT_ASSESSED,
  LIFECYCLE_STAGE_VALUES,
  PROFITABILITY,
  VALUE_ASSESSMENT,
} from '../../lib/schema/fields.js';
import { createProfiles, planProfiles } from '../../lib/org/setup/setup-profiles.js';

/** sObject Collections take 200 records a call. */
const CHUNK = 200;
const NAMES_PER_QUERY = 100;

const chunks = (items, size) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));
const orNull = (value) => (value === undefined ? null : value);
/** Scores are whole numbers in the org; commitment and binding keep one decimal. */
const whole = (value) => (value == null ? null : roundHalfUp(value, 0));
const oneDecimal = (value) => (value == null ? null : roundHalfUp(value, 1));

/** Creates the built-in profiles the org does not have (as `sf portfolio setup` does); returns their keys. */
export async function ensureProfiles(conn) {
  const client = new OrgClient(conn);
  const plan = await planProfiles(client);
  await createProfiles(client, plan.records);
  return plan.outcomes.filter((p) => p.status === 'created').map((p) => p.key);
}

/** The assessed Account fields of one spreadsheet row; blanks clear the field, so a re-run converges. */
export function accountRecord(account) {
  const scores = account.scores ?? {};
  return {
    Name: account.name,
    [ACCOUNT_ASSESSED.loyalty]: whole(scores.loyalty),
    [ACCOUNT_ASSESSED.potential]: whole(scores.potential),
    [ACCOUNT_ASSESSED.reference]: whole(scores.reference),
    [ACCOUNT_ASSESSED.learning]: whole(scores.learning),
    [ACCOUNT_ASSESSED.contact]: whole(scores.contact),
    [ACCOUNT_ASSESSED.emotional]: whole(scores.emotional),
    [ACCOUNT_ASSESSED.volumeEntered]: whole(scores.volume),
    [ACCOUNT_ASSESSED.profitabilityEntered]: whole(scores.profitability),
    [ACCOUNT_ASSESSED.commitment]: oneDecimal(account.commitment),
    [ACCOUNT_ASSESSED.binding]: oneDecimal(account.binding),
    [ACCOUNT_ASSESSED.lifecycleStage]: account.lifecycleStage ? LIFECYCLE_STAGE_VALUES[account.lifecycleStage] : null,
  };
}

/** One profitability row, or null when the sheet has no figure for the account. */
export function profitabilityRecord(account, accountId, period) {
  const P = PROFITABILITY;
  const figures = [
    account.revenue,
    account.directCosts,
    account.salesCosts,
    account.marketingCosts,
    account.serviceCosts,
    account.serviceHours,
  ];
  if (figures.every((v) => v == null)) return null;
  return {
    [P.account]: accountId,
    [P.period]: period,
    [P.externalId]: `${accountId}:${period}`,
    [P.revenue]: orNull(account.revenue),
    [P.directCosts]: orNull(account.directCosts),
    [P.salesCosts]: orNull(account.salesCosts),
    [P.marketingCosts]: orNull(account.marketingCosts),
    [P.serviceCosts]: orNull(account.serviceCosts),
    [P.serviceHours]: orNull(account.serviceHours),
  };
}

/** The hour of the day a sheet's assessed-on day is recorded at (UTC): a working morning in Finland. */
const ASSESSED_HOUR = 'T09:00:00.000Z';

/**
 * A person's (Manual) assessment on the sheet's assessed-on day, as the Account page's scorecard records one
 * (the scores in effect, the weighted score and tier under the profile, the source Manual, who made it).
 * The profile version stays empty: the profile had none recorded before the first sync (docs/sync.md,
 * Profile versions), so the first sync records its own row under version 1 beside this one.
 */
export function manualAssessmentRecord(ranked, accountId, day, profileKey, assessedBy) {
  return {
    ...assessmentRecord(accountId, assessmentOfAccount(ranked, profileKey, null), `${day}${ASSESSED_HOUR}`),
    [VALUE_ASSESSMENT.source]: 'Manual',
    [VALUE_ASSESSMENT.assessedBy]: assessedBy ?? null,
  };
}

/**
 * The sheet's assessed-on days (an "Assessed At" column: src/rank/review-due.ts) as each account's
 * Manual assessment, scored with the built-in default profile; none when the sheet has no such column.
 * `ownerIds` maps an owner's name to a user Id (who assessed: the account's owner), when known.
 */
export function manualAssessments(read, ids, ownerIds = new Map()) {
  const days = assessedOnDays(read.columns, read.cells);
  if (!days) return [];
  const profile = builtInProfile(DEFAULT_PROFILE_KEY);
  const scored = scorePortfolio(read.accounts, profile);
  return scored.accounts.flatMap((ranked) => {
    const account = read.accounts[ranked.index];
    const day = days[ranked.index];
    const id = ids.get(account.name);
    if (!day || !id) return [];
    return [manualAssessmentRecord(ranked, id, day, profile.key, ownerIds.get(account.owner))];
  });
}

/**
 * Records the sheet's assessments that the org does not hold yet (the same account and time, source
 * Manual), so a re-run adds none. Owners are matched to active users by name; the assessor is left empty
 * for an owner the org does not know.
 */
export async function recordManualAssessments(conn, read, ids) {
  const V = VALUE_ASSESSMENT;
  const owners = [...new Set(read.accounts.map((a) => a.owner).filter(Boolean))];
  const ownerIds = new Map();
  for (const names of chunks(owners, NAMES_PER_QUERY)) {
    const users = await conn.query(`SELECT Id, Name FROM User WHERE Name IN (${names.map(soqlString).join(', ')})`);
    for (const u of users.records) ownerIds.set(u.Name, u.Id);
  }
  const wanted = manualAssessments(read, ids, ownerIds);
  const held = new Set();
  for (const accountIds of chunks([...new Set(wanted.map((r) => r[V.account]))], NAMES_PER_QUERY)) {
    const found = await conn.query(
      `SELECT ${V.account}, ${V.assessedAt} FROM ${V.object} WHERE ${V.source} = 'Manual' AND ${V.account} IN (${accountIds.map(soqlString).join(', ')})`
    );
    for (const r of found.records)
      held.add(`${r[V.account]} ${timeOf(r[V.assessedAt])}`);
  }
  const missing = wanted.filter((r) => !held.has(`${r[V.account]} ${timeOf(r[V.assessedAt])}`));
  for (const part of chunks(missing, CHUNK))
    check(await conn.sobject(V.object).create(part, { allOrNone: true }), 'assessments');
  return { recorded: missing.length, held: wanted.length - missing.length };
}

/** Creates or updates the accounts by name; returns name → 18-character Id. */
export async function upsertAccounts(conn, accounts) {
  const ids = new Map();
  for (const names of chunks(
    accounts.map((a) => a.name),
    NAMES_PER_QUERY
  )) {
    const found = await conn.query(
      `SELECT Id, Name FROM ${ACCOUNT} WHERE Name IN (${names.map(soqlString).join(', ')})`
    );
    for (const r of found.records) {
      if (ids.has(r.Name)) throw new Error(`More than one account is named "${r.Name}": rename one, then run again.`);
      ids.set(r.Name, r.Id);
    }
  }
  const records = accounts.map(accountRecord);
  const toCreate = records.filter((r) => !ids.has(r.Name));
  const toUpdate = records.filter((r) => ids.has(r.Name)).map((r) => ({ ...r, Id: ids.get(r.Name) }));
  for (const part of chunks(toCreate, CHUNK)) {
    const results = check(await conn.sobject(ACCOUNT).create(part, { allOrNone: true }), 'accounts');
    part.forEach((r, i) => ids.set(r.Name, results[i].id));
  }
  for (const part of chunks(toUpdate, CHUNK))
    check(await conn.sobject(ACCOUNT).update(part, { allOrNone: true }), 'accounts');
  return { ids, created: toCreate.length, updated: toUpdate.length };
}

export async function upsertProfitability(conn, accounts, ids, period) {
  const rows = accounts.map((a) => profitabilityRecord(a, ids.get(a.name), period)).filter((r) => r !== null);
  for (const part of chunks(rows, CHUNK)) {
    check(
      await conn.sobject(PROFITABILITY.object).upsert(part, PROFITABILITY.externalId, { allOrNone: true }),
      'customer profitability'
    );
  }
  return rows.length;
}

function check(results, what) {
  const list = Array.isArray(results) ? results : [results];
  const failed = list.filter((r) => !r.success);
  if (failed.length > 0) {
    const reasons = failed.flatMap((r) =>
      (r.errors ?? []).map((e) => (typeof e === 'string' ? e : `${e.statusCode}: ${e.message}`))
    );
    throw new Error(`Saving ${what} failed: ${reasons.join('; ')}`);
  }
  return list;
}

export async function loadSample(conn, { file, period, profilesOnly }, log = console.log) {
  const created = await ensureProfiles(conn);
  log(
    created.length > 0
      ? `Scoring profiles created: ${created.join(', ')}`
      : 'Scoring profiles: all present, left as they are'
  );
  if (profilesOnly) return;
  const read = await readPortfolio(file);
  if (!read.ok)
    throw new Error(
      `${file} cannot be read: ${read.issues.map((i) => `${i.code}${i.line ? ` (line ${i.line})` : ''}`).join(', ')}`
    );
  const { ids, created: newAccounts, updated } = await upsertAccounts(conn, read.accounts);
  log(`Accounts: ${newAccounts} created, ${updated} updated`);
  const rows = await upsertProfitability(conn, read.accounts, ids, period);
  log(`Customer profitability: ${rows} rows for ${period}`);
  const assessments = await recordManualAssessments(conn, read, ids);
  log(`Assessments (Assessed At): ${assessments.recorded} recorded, ${assessments.held} already there`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      'target-org': { type: 'string', short: 'o' },
      file: { type: 'string', default: 'config/sample-portfolio.csv' },
      period: { type: 'string', default: String(new Date().getFullYear()) },
      'profiles-only': { type: 'boolean', default: false },
    },
  });
  if (!values['target-org']) throw new Error('Name the org: --target-org <alias or username>.');
  const org = await Org.create({ aliasOrUsername: values['target-org'] });
  await loadSample(org.getConnection(), {
    file: values.file,
    period: values.period,
    profilesOnly: values['profiles-only'],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
