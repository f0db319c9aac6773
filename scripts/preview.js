// Builds the component preview and serves it: the Account page with the project's Lightning components,
// rendered off-platform over the bundled sample portfolio (docs/preview.md). A harness, not the product.
//
//   npm run preview                      build, then serve on http://127.0.0.1:4400
//   npm run preview -- --port 8080       another port
//   npm run preview -- --no-build        serve the last build as it is
//   npm run preview -- --build-only      build and stop (the browser tests and bench build for themselves)
//
// Reads the compiled lib/ for the sample data: run `npm run build` first (the npm script does).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPreview, DEFAULT_OUT_DIR } from '../preview/build/build.js';
import { startServer } from '../preview/server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4400' },
    out: { type: 'string', default: DEFAULT_OUT_DIR },
    'no-build': { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
  },
});

const outDir = path.resolve(values.out);
if (!values['no-build']) {
  console.log('Building the preview (about half a minute)…');
  const { ms, warnings } = await buildPreview({ outDir, log: (line) => console.log(`  ${line}`) });
  console.log(`Built in ${(ms / 1000).toFixed(1)} s${warnings.length ? ` with ${warnings.length} warning(s)` : ''}.`);
} else if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No build in ${outDir}: run without --no-build first.`);
  process.exit(1);
}
if (values['build-only']) process.exit(0);

const server = await startServer({ dir: outDir, port: Number(values.port) });
console.log(`Preview: ${server.url}/  (a harness for seeing and testing the components; not the product)`);
console.log(`  Finnish:            ${server.url}/?lang=fi`);
console.log(`  another account:    ${server.url}/?account=CV-1014`);
console.log(`  one component:      ${server.url}/?component=cvpValueScorecard`);
console.log('Ctrl+C stops it.');
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
