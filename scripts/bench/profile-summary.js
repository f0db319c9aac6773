// Sums a .cpuprofile (Chrome DevTools format, as `node --cpu-prof` or PROFILE_SYNC in sync.js write it)
// by function: self time, and total time (self plus callees, counted once per sample), top N of each.
//
//   node scripts/bench/profile-summary.js prof/no-change.cpuprofile [N] [window.cpuprofile]
//
// With a third profile, only the samples taken while that one ran count (profiles share the machine's
// monotonic clock): the local server's profile (SERVER_FLAGS="--cpu-prof …") during the no-change sync.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file, top = '40', windowFile] = process.argv.slice(2).filter((a) => a !== '--split');
const profile = JSON.parse(readFileSync(file, 'utf8'));
const window = windowFile ? JSON.parse(readFileSync(windowFile, 'utf8')) : { startTime: -Infinity, endTime: Infinity };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'} ${f.url ? basename(f.url) : ''}:${f.lineNumber + 1}`;
};
const self = new Map();
const total = new Map();
let sum = 0;
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at < window.startTime || at > window.endTime) return;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  sum += ms;
  const leaf = label(byId.get(id));
  self.set(leaf, (self.get(leaf) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at));
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + ms);
  }
});
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [l, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / sum).toFixed(1).padStart(5)} %  ${l}`);
};
console.log(`${file}: ${(sum / 1000).toFixed(2)} s sampled`);
print('self', self);
print('total (inclusive)', total);

// Where the sync's own time goes, by what the stack holds (the first category that matches any frame):
// docs/sync.md, API calls, lists the split of a no-change sync at 100,000 accounts.
const CATEGORIES = [
  ['profiler itself', (f) => f.url === 'node:inspector'],
  [
    'comparing: fingerprints',
    (f) =>
      /^(fingerprintOf|fingerprint|placeFingerprint|reviewFingerprint|assessmentFingerprint)$/.test(f.functionName),
  ],
  [
    'comparing: date-times',
    (f) => /^(timeOf|instantText|dayOfText|dayOf|isCommonForm|commonTime|timeOfText)$/.test(f.functionName),
  ],
  ['reading: validating input (zod)', (f) => f.functionName === 'validate'],
  [
    'comparing: whole-portfolio places',
    (f) => f.functionName === 'portfolioPlaces' || /portfolio-place\.js$/.test(f.url),
  ],
  ['planning: scoring (core)', (f) => f.functionName === 'scorePortfolio' || f.functionName === 'summarise'],
  ['comparing: reviews', (f) => /review-(plan|state)\.js$/.test(f.url)],
  [
    'comparing: join (latest rows, figures)',
    (f) =>
      (/portfolio-collector\.js$/.test(f.url) && f.functionName === 'finish') ||
      (/history-log\.js$/.test(f.url) && /^(latestOf|manualOf)$/.test(f.functionName)),
  ],
  [
    'reading: rows into the collector',
    (f) =>
      /^(addAccount|addProfitability|addAssessment|add)$/.test(f.functionName) &&
      /(portfolio-collector|history-log)\.js$/.test(f.url),
  ],
  [
    'planning: compare, moves, history rows',
    (f) => /^(planSync|countMoveCauses|moversDigest|planVersion)$/.test(f.functionName),
  ],
  ['reading: CSV parse', (f) => /bulk-jobs\.js$/.test(f.url)],
  ['reading: HTTP and bodies (jsforce, undici, node)', (f) => /jsforce|undici|^node:/.test(f.url)],
  ['waiting (idle: the server and latency)', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
];
if (process.argv.includes('--split')) {
  const split = new Map();
  let at2 = profile.startTime;
  let sum2 = 0;
  profile.samples.forEach((id, i) => {
    at2 += profile.timeDeltas[i] ?? 0;
    if (at2 < window.startTime || at2 > window.endTime) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    sum2 += ms;
    const chain = [];
    for (let n = id; n !== undefined; n = parent.get(n)) chain.push(byId.get(n).callFrame);
    const [name] = CATEGORIES.find(([, match]) => chain.some(match)) ?? ['other'];
    split.set(name, (split.get(name) ?? 0) + ms);
  });
  console.log('\nsplit');
  for (const [name, ms] of [...split].sort((a, b) => b[1] - a[1]))
    console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / sum2).toFixed(1).padStart(5)} %  ${name}`);
}
