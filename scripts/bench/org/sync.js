// Benchmark (c): `portfolio sync` against the local Salesforce API server (test/sf-server) with 50 ms
// latency per call: the first sync and a sync with nothing changed, for 1,000 / 10,000 / 100,000
// accounts, side by side in the same run with a naive baseline (query everything through REST, update
// every account in 200-record sObject Collections). Prints API calls by kind, records written, wall
// time, and for each sync where the time went (its phases: read, write, history, and the gaps between,
// which are scoring and planning); asserts nothing.
//
//   npx node scripts/bench/org/sync.js                (1000,10000,100000)
//   npx node scripts/bench/org/sync.js 1000,10000     (sizes of your choice)
//   npx node scripts/bench/org/sync.js 100000,100000,100000   (a size again: each run on a fresh server;
//                                                 the sync is CPU-bound and the baseline latency-bound,
//                                                 so their ratio moves with the machine's speed)
//   HISTORY_DAYS=365 npx node scripts/bench/org/sync.js 100000
//                                                 (a year of nightly history behind the portfolio:
//                                                 about 12 value assessments an account, a sixth of
//                                                 them a person's; the no-change sync is the figure)
//   SERVER_FLAGS="--cpu-prof --cpu-prof-dir=prof" npx node scripts/bench/org/sync.js 100000
//                                                 (Node flags for the server's process, to profile it)
//   BASELINE=0 npx node scripts/bench/org/sync.js 100000
//                                                 (without the naive baseline: the syncs alone)
//   PROFILE_SYNC=prof npx node scripts/bench/org/sync.js 100000
//                                                 (a CPU profile of the sync's own process during the
//                                                 nothing-changed sync, written to prof/no-change.cpuprofile;
//                                                 scripts/bench/profile-summary.js sums it by function)
//
// The server and the sync are TypeScript; they are transpiled for this run into node_modules/.cache.
// The server runs in a process of its own (sync-server.js), as a remote org has its own CPU.
import { fork } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sizes = (process.argv[2] ?? '1000,10000,100000').split(',').map((s) => Number(s.replace(/_/g, '')));
const LATENCY_MS = 50;
const HISTORY_DAYS = Number(process.env.HISTORY_DAYS ?? 0);
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
const { runSync } = await load('src/org/sync/sync.js');
const { OrgClient } = await load('src/org/api/client.js');
const { Connection } = await import('@jsforce/jsforce-node');
const fields = await load('src/schema/fields.js');
const { PortfolioCollector } = await load('src/org/sync/portfolio-collector.js');
const { restSoql } = await load('src/org/sync/read-portfolio.js');
const { scorePortfolio } = await load('src/core/portfolio/portfolio.js');
const { builtInProfile } = await load('src/core/profiles/builtin-profiles.js');
const { computedValues, computedRecord } = await load('src/org/sync/computed-values.js');
const { childRecords } = await load('src/org/api/row-values.js');

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

/** The server in its own process (sync-server.js), asked over IPC. */
function startServerProcess() {
  const child = fork(join(root, 'scripts', 'bench', 'org', 'sync-server.js'), [out, root], {
    stdio: 'inherit',
    execArgv: (process.env.SERVER_FLAGS ?? '').split(' ').filter(Boolean),
  });
  const pending = new Map();
  let next = 0;
  child.on('message', ({ id, result, error }) => {
    const { resolve, reject } = pending.get(id);
    pending.delete(id);
    if (error) reject(new Error(error));
    else resolve(result);
  });
  return (type, args = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      child.send({ id, type, ...args });
    });
}

/** When each phase of a sync began and ended, from its progress reports: where the wall time goes. */
function phaseClock() {
  const started = performance.now();
  const spans = [];
  let current;
  const close = () => {
    if (current) current.end = performance.now();
    current = undefined;
  };
  return {
    sink: {
      start(phase) {
        close();
        current = { phase, start: performance.now() };
        spans.push(current);
      },
      update() {},
      stop: close,
    },
    report() {
      close();
      const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
      let at = started;
      const parts = [];
      for (const span of spans) {
        if (span.start - at > 50) parts.push(`between ${s(span.start - at)}`);
        parts.push(`${span.phase} ${s(span.end - span.start)}`);
        at = span.end;
      }
      parts.push(`after ${s(performance.now() - at)}`);
      return parts.join(', ');
    },
  };
}

let lastPhases = '';

/** Runs `run` under the inspector's CPU profiler when PROFILE_SYNC names a folder (sampling costs a little). */
async function profiled(name, run) {
  const dir = process.env.PROFILE_SYNC;
  if (!dir) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

async function measure(ask, label, run) {
  lastPhases = '';
  await ask('reset');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const written = await run();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // The sync's own CPU (this process: reading, comparing, planning, writing), apart from the server's.
  const clientCpuMs = (cpu.user + cpu.system) / 1000;
  const calls = await ask('calls');
  const kinds = Object.entries(calls.byKind)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return { label, ms, written, ...calls, clientCpuMs, kinds, phases: lastPhases };
}

const rows = [];
for (const n of sizes) {
  const ask = startServerProcess();
  try {
    const { url, token, seedMs, historyRows } = await ask('start', {
      n,
      latencyMs: LATENCY_MS,
      historyDays: HISTORY_DAYS,
    });
    const history =
      historyRows > 0 ? `, ${historyRows.toLocaleString('en-US')} assessments over ${HISTORY_DAYS} days` : '';
    console.log(
      `\n${n.toLocaleString('en-US')} accounts${history} (seeded in ${(seedMs / 1000).toFixed(1)} s), ${LATENCY_MS} ms per call`
    );
    const conn = () => new Connection({ instanceUrl: url, accessToken: token, version: '62.0' });
    const sync = async () => {
      const phases = phaseClock();
      const result = await runSync(new OrgClient(conn()), { dryRun: false, api: 'auto', progress: phases.sink });
      lastPhases = phases.report();
      return result.written;
    };
    const results = [
      await measure(ask, 'sync, first run', sync),
      await measure(ask, 'sync, nothing changed', () => profiled('no-change', sync)),
      // With history: a night on which 1 % of the accounts changed, then the quiet night after it, the
      // nightly steady state (the night that changed something moved the history watermark on).
      ...(HISTORY_DAYS > 0
        ? [
            await ask('night')
              .then(() => ask('touch'))
              .then(() => measure(ask, 'sync, 1 % changed', sync)),
            await ask('night').then(() => measure(ask, 'sync, quiet night after', sync)),
          ]
        : []),
      ...(process.env.BASELINE === '0' ? [] : [await measure(ask, 'baseline (naive)', () => baseline(conn()))]),
    ];
    for (const r of results) {
      console.log(
        `  ${r.label.padEnd(22)} ${(r.ms / 1000).toFixed(2).padStart(8)} s  ${String(r.total).padStart(5)} calls (${r.reads} read, ${r.writes} write)  ${String(r.written).padStart(7)} accounts written`
      );
      console.log(`  ${''.padEnd(22)} ${r.kinds}`);
      if (r.phases) console.log(`  ${''.padEnd(22)} ${r.phases}`);
      console.log(
        `  ${''.padEnd(22)} CPU: sync ${(r.clientCpuMs / 1000).toFixed(2)} s, server ${(r.serverCpuMs / 1000).toFixed(2)} s`
      );
    }
    const [first, again] = results;
    const naive = process.env.BASELINE === '0' ? { ms: Number.NaN, total: Number.NaN } : results[results.length - 1];
    console.log(
      `  baseline ÷ first sync: ${(naive.ms / first.ms).toFixed(2)}× wall time, ${(naive.total / first.total).toFixed(1)}× calls; no-change sync writes ${again.written} records in ${again.writes} write calls`
    );
    rows.push({ n, first, again, naive });
  } finally {
    await ask('close');
  }
}

console.log('\nSummary');
console.log(
  'accounts | first sync: time, reads+writes | no change: time, calls, written | baseline: time, calls | speed-up'
);
for (const { n, first, again, naive } of rows) {
  console.log(
    `${String(n).padStart(8)} | ${(first.ms / 1000).toFixed(1)} s, ${first.reads}+${first.writes} | ${(again.ms / 1000).toFixed(1)} s, ${again.total}, ${again.written} | ${(naive.ms / 1000).toFixed(1)} s, ${naive.total} | ${(naive.ms / first.ms).toFixed(2)}×`
  );
}
