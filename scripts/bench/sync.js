// Benchmark (c): `portfolio sync` against the local Salesforce API server (test/sf-server) with 50 ms
// latency per call: the first sync and a sync with nothing changed, for 1,000 / 10,000 / 100,000
// accounts, side by side in the same run with a naive baseline (query everything through REST, update
// every account in 200-record sObject Collections). Prints API calls by kind, records written and wall
// time; asserts nothing.
//
//   npx node scripts/bench/sync.js                (1000,10000,100000)
//   npx node scripts/bench/sync.js 1000,10000     (sizes of your choice)
//
// The server and the sync are TypeScript; they are compiled for this run into node_modules/.cache.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map((s) => Number(s.replace(/_/g, '')));
const LATENCY_MS = 50;
const out = join(root, 'node_modules', '.cache', 'cvp-bench-sync');

/** Every TypeScript file the run needs, transpiled one by one (no type check: tsc does that in CI). */
function compile() {
  const started = performance.now();
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config,
    ts.sys,
    root
  );
  rmSync(out, { recursive: true, force: true });
  const dirs = ['src', join('test', 'sf-server'), join('test', 'metadata', 'helpers'), join('test', 'helpers')];
  for (const file of dirs.flatMap((d) => ts.sys.readDirectory(join(root, d), ['.ts']))) {
    if (file.endsWith('.d.ts')) continue;
    const compilerOptions = { ...parsed.options, module: ts.ModuleKind.ES2022 };
    const { outputText } = ts.transpileModule(ts.sys.readFile(file), { compilerOptions, fileName: file });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  // The compiled files are an ES module package of the plugin's name, with its messages beside them.
  writeFileSync(join(out, 'package.json'), JSON.stringify({ name: 'customer-value-portfolio', type: 'module' }));
  cpSync(join(root, 'messages'), join(out, 'messages'), { recursive: true });
  return performance.now() - started;
}

const load = (path) => import(pathToFileURL(join(out, path)).href);

console.log(`Compiling the sync and the local server… ${(compile() / 1000).toFixed(1)} s`);
const { startSfServer } = await load('test/sf-server/server.js');
const { runSync } = await load('src/org/sync.js');
const { OrgClient } = await load('src/org/client.js');
const { Connection } = await import('@jsforce/jsforce-node');
const fields = await load('src/org/fields.js');
const { PortfolioCollector } = await load('src/org/portfolio-collector.js');
const { restSoql } = await load('src/org/read-portfolio.js');
const { scorePortfolio } = await load('src/core/portfolio.js');
const { builtInProfile } = await load('src/core/builtin-profiles.js');
const { computedValues, computedRecord } = await load('src/org/computed-values.js');
const { childRecords } = await load('src/org/row-values.js');

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
}

/** The naive sync: read everything through REST, score, update every account 200 at a time. */
async function baseline(conn) {
  const collector = new PortfolioCollector({ held: false });
  let page = await conn.query(restSoql(false));
  for (;;) {
    for (const row of page.records) {
      collector.addAccount(row);
      for (const child of childRecords(row[fields.RELATIONSHIPS.accountProfitability]))
        collector.addProfitability(child, row.Id);
    }
    if (page.done) break;
    page = await conn.queryMore(page.nextRecordsUrl);
  }
  const accounts = collector.finish().accounts;
  const profile = builtInProfile('current');
  const portfolio = scorePortfolio(
    accounts.map((a) => a.input),
    profile
  );
  const at = new Date().toISOString();
  const records = portfolio.accounts.map((r) => ({
    Id: r.id,
    ...computedRecord(computedValues(r, profile.key, accounts[r.index].period), at),
  }));
  let written = 0;
  for (let i = 0; i < records.length; i += 200) {
    const results = await conn.sobject(fields.ACCOUNT).update(records.slice(i, i + 200), { allOrNone: false });
    written += results.filter((r) => r.success).length;
  }
  return written;
}

const WRITE_KINDS = new Set(['collections', 'sobject', 'bulkIngestCreate', 'bulkIngestUpload', 'bulkIngestClose']);
function callFigures(server) {
  const log = server.calls.log;
  const writes = log.filter((c) => WRITE_KINDS.has(c.kind) && c.method !== 'GET').length;
  const kinds = Object.entries(server.calls.byKind())
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return { total: log.length, reads: log.length - writes, writes, kinds };
}

async function measure(server, label, run) {
  server.calls.reset();
  const started = performance.now();
  const written = await run();
  const ms = performance.now() - started;
  return { label, ms, written, ...callFigures(server) };
}

const rows = [];
for (const n of sizes) {
  const server = await startSfServer({ latencyMs: 0, forceAppDir: join(root, 'force-app', 'main', 'default') });
  try {
    const seeded = performance.now();
    seed(server, n);
    console.log(
      `\n${n.toLocaleString('en-US')} accounts (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s), ${LATENCY_MS} ms per call`
    );
    server.faults.latencyMs = LATENCY_MS;
    const conn = () => new Connection({ instanceUrl: server.url, accessToken: server.token, version: '62.0' });
    const sync = async () => {
      const result = await runSync(new OrgClient(conn()), { dryRun: false, api: 'auto' });
      return result.written;
    };
    const results = [
      await measure(server, 'sync, first run', sync),
      await measure(server, 'sync, nothing changed', sync),
      await measure(server, 'baseline (naive)', () => baseline(conn())),
    ];
    for (const r of results) {
      console.log(
        `  ${r.label.padEnd(22)} ${(r.ms / 1000).toFixed(2).padStart(8)} s  ${String(r.total).padStart(5)} calls (${r.reads} read, ${r.writes} write)  ${String(r.written).padStart(7)} accounts written`
      );
      console.log(`  ${''.padEnd(22)} ${r.kinds}`);
    }
    const [first, again, naive] = results;
    console.log(
      `  baseline ÷ first sync: ${(naive.ms / first.ms).toFixed(1)}× wall time, ${(naive.total / first.total).toFixed(1)}× calls; no-change sync writes ${again.written} records in ${again.writes} write calls`
    );
    rows.push({ n, first, again, naive });
  } finally {
    await server.close();
  }
}

console.log('\nSummary');
console.log(
  'accounts | first sync: time, reads+writes | no change: time, calls, written | baseline: time, calls | speed-up'
);
for (const { n, first, again, naive } of rows) {
  console.log(
    `${String(n).padStart(8)} | ${(first.ms / 1000).toFixed(1)} s, ${first.reads}+${first.writes} | ${(again.ms / 1000).toFixed(1)} s, ${again.total}, ${again.written} | ${(naive.ms / 1000).toFixed(1)} s, ${naive.total} | ${(naive.ms / first.ms).toFixed(1)}×`
  );
}
