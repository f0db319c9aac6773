// Loaded with `node --import` into each measured process: on exit it writes the process's peak resident memory
// (process.resourceUsage().maxRSS, in KiB, all threads together) to the file named by CVP_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.CVP_BENCH_RSS_FILE) {
  process.on('exit', () => writeFileSync(process.env.CVP_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
