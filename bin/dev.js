#!/usr/bin/env node
// Same as run.js; kept for the sf plugin convention (bin/dev.js is what `sf plugins link` looks for in dev mode).
import { execute } from '@oclif/core';

await execute({ development: true, dir: import.meta.url });
