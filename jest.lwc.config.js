// Jest for the Lightning web components (sfdx-lwc-jest). The TypeScript sources have their own config
// (jest.config.js). Platform modules the tests need to look inside are mapped to mocks kept in one
// folder, force-app/test/jest-mocks; the rest come from sfdx-lwc-jest's own stubs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

// Two LWC versions live in node_modules: sfdx-lwc-jest's own (8.x) and the root's (9.x, for the preview
// build). The transformer compiles templates with whichever @lwc/compiler it finds, and the engine must
// be the same version ("template was compiled with v9" otherwise), so the runtime packages are chosen to
// match that compiler, taking the CommonJS build jest can load.
function packageDir(from, name) {
  // Some of these packages export no ./package.json: resolve the entry and walk up to its package.
  let dir = dirname(createRequire(from).resolve(name));
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name
  ) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package directory of ${name}`);
    dir = parent;
  }
  return dir;
}
const transformerDir = packageDir(join(ROOT, 'package.json'), '@lwc/jest-transformer');
const sfdxLwcJestDir = packageDir(join(ROOT, 'package.json'), '@salesforce/sfdx-lwc-jest');
const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const COMPILER_VERSION = versionOf(packageDir(join(transformerDir, 'package.json'), '@lwc/compiler'));

function lwcRuntime(name) {
  const found = [transformerDir, ROOT, sfdxLwcJestDir]
    .map((dir) => join(dir, 'node_modules', '@lwc', name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({
      version: versionOf(dir),
      entry: ['dist/index.cjs', 'dist/index.cjs.js'].map((f) => join(dir, f)).find((f) => existsSync(f)),
    }))
    .filter((c) => c.entry);
  // The same version if there is one; else the same major (the engine then only warns once).
  const major = (v) => v.split('.')[0];
  const match =
    found.find((c) => c.version === COMPILER_VERSION) ??
    found.find((c) => major(c.version) === major(COMPILER_VERSION));
  if (!match) throw new Error(`No CommonJS @lwc/${name} ${COMPILER_VERSION} to match the @lwc/compiler jest uses.`);
  return match.entry;
}

export default {
  ...jestConfig,
  displayName: 'lwc',
  roots: ['<rootDir>/force-app'],
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv ?? []), '<rootDir>/force-app/test/jest-setup.js'],
  moduleNameMapper: {
    '^lwc$': lwcRuntime('engine-dom'),
    '^@lwc/engine-dom$': lwcRuntime('engine-dom'),
    '^@lwc/synthetic-shadow$': lwcRuntime('synthetic-shadow'),
    '^@lwc/wire-service$': lwcRuntime('wire-service'),
    '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation',
    // Shared test helpers: import flushPromises from 'cvp-test/flushPromises'.
    '^cvp-test/(.*)$': '<rootDir>/force-app/test/utils/$1',
  },
  // The default reports 0 %: name the component sources, without tests, templates and the generated core.
  collectCoverageFrom: [
    'force-app/main/default/lwc/**/*.js',
    '!force-app/main/default/lwc/**/__tests__/**',
    '!force-app/main/default/lwc/cvpCore/**',
  ],
  testPathIgnorePatterns: [...(jestConfig.testPathIgnorePatterns ?? []), '<rootDir>/force-app/test/'],
};
