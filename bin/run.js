#!/usr/bin/env node
// Runs the plugin's commands without the sf CLI: ./bin/run.js portfolio rank --file … (needs `npm run build`).
import module from 'node:module';

// Compiling @salesforce/core and @oclif/core takes most of a short run's time; Node keeps the compiled
// code on disk and reuses it on the next run. enableCompileCache exists from Node 22.1 on: older Node
// runs without it, as before.
try {
  module.enableCompileCache?.();
} catch {
  // A cache folder that cannot be written only means no cache.
}

// The Salesforce logger writes a log file through a worker thread it starts on load (memory and time
// a local ranking never uses). Off unless the user has said otherwise.
process.env.SF_DISABLE_LOG_FILE ??= 'true';

const { execute } = await import('@oclif/core');
await execute({ dir: import.meta.url });
