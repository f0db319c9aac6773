// Sums a .cpuprofile (Chrome DevTools format, as `node --cpu-prof` or PROFILE_SYNC in sync.js write it)
// by function: self time, and total time (self plus callees, counted once per sample), top N of each.
//
//   node scripts/bench/profile-summary.js prof/no-change.cpuprofile [N] [window.cpuprofile]
//
// With a third profile, only the samples taken while that one ran count (profiles share the machine's
// monotonic clock): the local server's profile (SERVER_FLAGS="--cpu-prof …") during the no-change sync.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file, top = '40', windowFile] = process.argv.slice(2);
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
