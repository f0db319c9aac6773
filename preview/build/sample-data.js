/**
 * The preview's starting data: an org after `scripts/org/load-sample.js` loaded the bundled sample
 * portfolio and one portfolio sync ran. Loading uses the loader's own field mapping; the sync's part uses
 * the sync's own record builders (src/org/sync/computed-values, portfolio-place, history, snapshot) over src/core's scoring, so
 * the computed Account fields, the first value-assessment row of each account and the portfolio snapshot
 * hold what an org would hold. It reads the compiled lib/ (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
import { keyPrefixOf } from './object-info.js';
import { recordId } from './ids.js';

export const SAMPLE_FILE = path.join('config', 'sample-portfolio.csv');

async function libModules(root) {
  const lib = (...parts) => pathToFileURL(path.join(root, 'lib', ...parts)).href;
  if (!existsSync(path.join(root, 'lib', 'org', 'sync', 'sync.js')))
    throw new Error('The preview reads the sample portfolio with the compiled sources: run `npm run build` first.');
  // One at a time: jest's ESM loader cannot link modules that concurrent imports share.
  return {
    core: await import(lib('core', 'index.js')),
    io: await import(lib('io', 'index.js')),
    fields: await import(lib('schema', 'fields.js')),
    profileRecords: await import(lib('org', 'profiles', 'profile-records.js')),
    profileVersions: await import(lib('org', 'profiles', 'profile-versions.js')),
    computed: await import(lib('org', 'sync', 'computed-values.js')),
    history: await import(lib('org', 'history', 'history.js')),
    snapshot: await import(lib('org', 'sync', 'snapshot.js')),
    place: await import(lib('org', 'sync', 'portfolio-place.js')),
    orgProfile: await import(lib('org', 'profiles', 'org-profile.js')),
    review: await import(lib('org', 'history', 'review-state.js')),
    loader: await import(pathToFileURL(path.join(root, 'scripts', 'org', 'load-sample.js')).href),
  };
}

/** The history comment the sync writes (messages/portfolio.sync.md, `history.Comment`). */
function syncComment(root, profileName) {
  const text = readFileSync(path.join(root, 'messages', 'portfolio.sync.md'), 'utf8');
  const match = /^# history\.Comment\s*\n+([^#]+)/m.exec(text);
  return match ? format(match[1].trim(), profileName) : null;
}

const round2 = (value) => (value == null ? null : Math.round(value * 100) / 100);

async function readSample(m, root) {
  const read = await m.io.readPortfolio(path.join(root, SAMPLE_FILE));
  if (!read.ok) throw new Error(`${SAMPLE_FILE} cannot be read: ${read.issues.map((i) => i.code).join(', ')}`);
  return read;
}

/** Users: the preview's own user (the one @salesforce/user/Id names) and one per account owner. */
function makeUsers(accounts) {
  const users = [{ Id: recordId(keyPrefixOf('User'), 1), Name: 'Preview User' }];
  const byName = new Map();
  for (const a of accounts) {
    if (!a.owner || byName.has(a.owner)) continue;
    const user = { Id: recordId(keyPrefixOf('User'), users.length + 1), Name: a.owner };
    byName.set(a.owner, user.Id);
    users.push(user);
  }
  return { users, byName };
}

function autoNamed(prefix, objectApiName, records) {
  return records.map((fields, i) => ({
    Id: recordId(keyPrefixOf(objectApiName), i + 1),
    Name: `${prefix}-${String(i + 1).padStart(6, '0')}`,
    ...fields,
  }));
}

/** `accounts` (AccountInput[]) replaces the sample file: synthetic-data.js's large portfolio. */
export async function readSampleData(
  root,
  { period = String(new Date().getFullYear()), now = new Date(), accounts } = {}
) {
  const m = await libModules(root);
  const { core, fields } = m;
  // The sample's own read, for its "Assessed At" days; the synthetic portfolio has none.
  const sample = accounts ? undefined : await readSample(m, root);
  accounts ??= sample.accounts;
  const profile = core.builtInProfile(core.DEFAULT_PROFILE_KEY);
  const scored = core.scorePortfolio(accounts, profile);
  const at = now.toISOString();
  const { users, byName } = makeUsers(accounts);
  const system = {
    CreatedDate: at,
    LastModifiedDate: at,
    SystemModstamp: at,
    CreatedById: users[0].Id,
    LastModifiedById: users[0].Id,
  };
  const accountIds = accounts.map((_, i) => recordId(keyPrefixOf('Account'), i + 1));

  // Loaded as scripts/org/load-sample.js loads them.
  const accountRecords = accounts.map((a, i) => ({
    Id: accountIds[i],
    ...system,
    ...m.loader.accountRecord(a),
    OwnerId: byName.get(a.owner) ?? users[0].Id,
  }));
  const P = fields.PROFITABILITY;
  const profitability = autoNamed(
    'CP',
    P.object,
    accounts
      .map((a, i) => {
        const row = m.loader.profitabilityRecord(a, accountIds[i], period);
        if (!row) return null;
        const w = core.waterfall(a);
        // The formula fields: the org's formulas give what the core's waterfall gives (test/metadata/formulas).
        return {
          ...system,
          ...row,
          [P.salesMargin]: w ? round2(w.salesMargin) : null,
          [P.customerMargin]: w ? round2(w.customerMargin) : null,
          [P.marginPct]: w ? w.marginPct : null,
        };
      })
      .filter(Boolean)
  );

  // The profile records as loaded; the sync's run below records version 1 on the one it scores with
  // (docs/sync.md, Profile versions), as the first sync on an org does.
  const profiles = core.BUILT_IN_PROFILES.map((p, i) => ({
    Id: recordId(keyPrefixOf(fields.SCORING_PROFILE.object), i + 1),
    ...system,
    ...m.profileRecords.profileToRecord(p, { isDefault: p.key === core.DEFAULT_PROFILE_KEY }),
  }));
  const scoredRecord = profiles.find((r) => r[fields.SCORING_PROFILE.key] === profile.key);
  const version = m.profileVersions.planVersion(profile, m.profileVersions.recordedVersions(scoredRecord), at);
  Object.assign(scoredRecord, version.update.fields);

  // The people's assessments the loader records from the sheet's "Assessed At" days, by the owners.
  const manual = sample
    ? m.loader.manualAssessments(sample, new Map(accounts.map((a, i) => [a.name, accountIds[i]])), byName)
    : [];
  const manualOf = new Map(manual.map((r) => [r[fields.VALUE_ASSESSMENT.account], r]));

  // Then one sync: computed fields, an assessment per scored account whose scores differ from its
  // latest, who last assessed it and when it is due (the sync's own rules), and the portfolio snapshot.
  const comment = syncComment(root, profile.name);
  // The whole-portfolio analyses under the profile the sync compares with by default.
  const places = m.place.portfolioPlaces(scored, core.builtInProfile(m.orgProfile.defaultCompareKey(profile.key)));
  const assessments = [];
  for (const r of scored.accounts) {
    const hasFigures = r.revenue !== null || r.margin !== null;
    const values = m.computed.computedValues(r, profile.key, hasFigures ? period : null, version.version);
    Object.assign(
      accountRecords[r.index],
      m.computed.computedRecord(values, at),
      m.place.placeRecord(places.of(r.index))
    );
    const assessment = m.history.assessmentOfAccount(r, profile.key, version.version);
    const person = manualOf.get(accountIds[r.index]);
    const previous = person ? m.history.assessmentFingerprint(m.history.assessmentOfRow(person)) : null;
    const V = fields.VALUE_ASSESSMENT;
    let latest = person ? { at: person[V.assessedAt], fingerprint: previous } : null;
    if (m.history.needsAssessment(assessment, previous)) {
      assessments.push({ ...system, ...m.history.assessmentRecord(accountIds[r.index], assessment, at, comment) });
      latest = { at, fingerprint: m.history.assessmentFingerprint(assessment) };
    }
    const review = m.review.wantedReview(
      person ? { at: person[V.assessedAt], by: person[V.assessedBy] } : null,
      latest,
      r.tier,
      profile,
      at.slice(0, 10)
    );
    Object.assign(accountRecords[r.index], m.review.reviewRecord(review));
  }
  // Oldest first, as the org would have created them.
  const history = [
    ...manual.map((r) => ({ ...system, CreatedDate: r[fields.VALUE_ASSESSMENT.assessedAt], ...r })),
    ...assessments,
  ];
  const snapshot = {
    ...system,
    ...m.snapshot.snapshotRecord(core.summarise(scored), profile.key, at),
    ...places.snapshot,
    [fields.SNAPSHOT.profileVersion]: version.version,
  };

  return {
    period,
    userId: users[0].Id,
    sampleIds: Object.fromEntries(accounts.map((a, i) => [a.id ?? a.name, accountIds[i]])),
    records: {
      Account: accountRecords,
      User: users.map((u) => ({ ...system, ...u })),
      [P.object]: profitability,
      [fields.SCORING_PROFILE.object]: profiles,
      [fields.VALUE_ASSESSMENT.object]: autoNamed('VA', fields.VALUE_ASSESSMENT.object, history),
      [fields.SNAPSHOT.object]: autoNamed('PS', fields.SNAPSHOT.object, [snapshot]),
      [fields.VISION.object]: [],
      [fields.OBJECTIVE.object]: [],
    },
  };
}
