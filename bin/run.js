#!/usr/bin/env node
// Runs the plugin's commands without the sf CLI: ./bin/run.js portfolio rank --file … (needs `npm run build`).
import { execute } from '@oclif/core';

await execute({ dir: import.meta.url });
