// The local Salesforce API server of the sync benchmark, in a process of its own, as a remote org has
// its own CPU: the client's parsing and the server's job processing then overlap as they would.
// Driven by scripts/bench/org/sync.js over IPC: { type: 'start' | 'reset' | 'calls' | 'close' }.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [out, root] = process.argv.slice(2);
const load = (path) => import(pathToFileURL(join(out, path)).href);
const { startSfServer } = await load('test/sf-server/server.js');
const fields = await load('src/schema/fields.js');

/** A deterministic portfolio shaped like a real one (the sizes differ, the shape does not). */
function seed(server, n) {
  let state = 7;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const score = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  const A = fields.ACCOUNT_ASSESSED;
  const accounts = Array.from({ length: n }, (_, i) => ({
    Name: `Account ${i}`,
    [A.loyalty]: score(),
    [A.potential]: score(),
    [A.reference]: score(),
    [A.learning]: score(),
    [A.commitment]: score(),
    [A.binding]: score(),
  }));
  const ids = server.store.insert(fields.ACCOUNT, accounts);

  const P = fields.PROFITABILITY;
  server.store.insert(
    P.object,
    ids.map((id) => {
      const revenue = Math.round(Math.exp(9 + random() * 5));
      return {
        [P.account]: id,
        [P.period]: '2025',
        [P.externalId]: `${id}:2025`,
        [P.revenue]: revenue,
        [P.directCosts]: Math.round(revenue * (0.4 + random() * 0.3)),
        [P.serviceCosts]: Math.round(revenue * random() * 0.3),
      };
    })
  );
  return ids;
}

/**
 * A year of nightly syncs behind the portfolio: each account changed on some nights (about every 30
 * days), every sixth change a person's assessment in the scorecard. Rows carry the stamps they would
 * have had on their night, so a sync that reads "what changed since" sees them as old.
 */
function seedHistory(server, ids, days) {
  let state = 11;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const V = fields.VALUE_ASSESSMENT;
  const S = fields.VALUE_ASSESSMENT_SCORES;
  const tiers = ['keyAccount', 'develop', 'maintain', 'lean'];
  const start = Date.now() - days * 86_400_000;
  let rows = [];
  let total = 0;
  const flush = () => {
    server.store.insert(V.object, rows);
    total += rows.length;
    rows = [];
  };
  for (const id of ids) {
    let n = 0;
    for (let day = random() * 30; day < days; day += 15 + random() * 30) {
      const manual = ++n % 6 === 0;
      const night = new Date(start + Math.floor(day) * 86_400_000 + 2 * 3_600_000);
      // A person's assessments fall on the 3rd to the 27th (moved back, never into the future): the nights
      // the benchmark moves time back (night) then never turn a due day into the end of a month, where
      // months of different lengths would move it.
      if (manual && night.getUTCDate() < 3) night.setUTCDate(0);
      if (manual && night.getUTCDate() > 27) night.setUTCDate(27);
      const at = night.toISOString();
      const row = {
        [V.account]: id,
        [V.assessedAt]: at,
        [V.weightedScore]: Math.round((1 + random() * 4) * 100) / 100,
        [V.tier]: tiers[Math.floor(random() * 4)],
        [V.profileKey]: 'current',
        [V.source]: manual ? 'Manual' : 'Sync',
        CreatedDate: at,
        LastModifiedDate: at,
        SystemModstamp: at,
      };
      if (manual) row[V.assessedBy] = server.userId;
      for (const field of Object.values(S)) row[field] = 1 + Math.floor(random() * 5);
      rows.push(row);
      if (rows.length >= 50_000) flush();
    }
  }
  flush();
  return total;
}

const WRITE_KINDS = new Set(['collections', 'sobject', 'bulkIngestCreate', 'bulkIngestUpload', 'bulkIngestClose']);

let server;
let cpuSince = process.cpuUsage();
const handlers = {
  async start({ n, latencyMs, historyDays }) {
    server = await startSfServer({ latencyMs: 0, forceAppDir: join(root, 'force-app', 'main', 'default') });
    const started = performance.now();
    const ids = seed(server, n);
    const historyRows = historyDays > 0 ? seedHistory(server, ids, historyDays) : 0;
    server.faults.latencyMs = latencyMs;
    return { url: server.url, token: server.token, seedMs: performance.now() - started, historyRows };
  },
  reset() {
    server.calls.reset();
    cpuSince = process.cpuUsage();
    return {};
  },
  /**
   * A night passes: every time the org holds (stamps, assessment and snapshot times, due days) moves a
   * day into the past, as if the runs so far had happened a day earlier. The next run then sees the
   * history of the runs before it as a day old, as a nightly job would.
   */
  night() {
    const DAY = 86_400_000;
    const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
    const earlier = (value) => {
      if (typeof value !== 'string') return value;
      if (dateOnly.test(value)) return new Date(Date.parse(value) - DAY).toISOString().slice(0, 10);
      if (!dateTime.test(value)) return value;
      const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
      return Number.isNaN(ms) ? value : new Date(ms - DAY).toISOString().replace('Z', '+0000');
    };
    let moved = 0;
    for (const name of [fields.ACCOUNT, fields.VALUE_ASSESSMENT.object, fields.SNAPSHOT.object]) {
      const def = server.store.table(name).object;
      for (const record of Array.from(server.store.rows(name))) {
        const copy = { ...record };
        for (const key of Object.keys(copy)) copy[key] = earlier(copy[key]);
        server.store.put(def, copy);
        moved += 1;
      }
    }
    return { moved };
  },
  /** A night's work: people change the loyalty of every hundredth account, as they would in a day. */
  touch() {
    const A = fields.ACCOUNT_ASSESSED;
    const accounts = server.store.all(fields.ACCOUNT);
    let n = 0;
    for (let i = 0; i < accounts.length; i += 100) {
      const loyalty = accounts[i][A.loyalty];
      server.store.update(fields.ACCOUNT, String(accounts[i].Id), { [A.loyalty]: loyalty === 5 ? 4 : 5 });
      n += 1;
    }
    return { touched: n };
  },
  calls() {
    const log = server.calls.log;
    const writes = log.filter((c) => WRITE_KINDS.has(c.kind) && c.method !== 'GET').length;
    const cpu = process.cpuUsage(cpuSince);
    return {
      total: log.length,
      reads: log.length - writes,
      writes,
      byKind: server.calls.byKind(),
      // The server's own CPU since the reset (user + system): its share of a sync's wall time.
      serverCpuMs: (cpu.user + cpu.system) / 1000,
    };
  },
  async close() {
    await server?.close();
    return {};
  },
};

process.on('message', async ({ id, type, ...args }) => {
  try {
    process.send({ id, result: await handlers[type](args) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.stack : String(error) });
  }
  if (type === 'close') process.disconnect();
});
