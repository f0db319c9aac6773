// Jest for the real-browser tests (test/browser): the preview build of the Lightning components in
// Debian's chromium, driven by playwright-core. globalSetup builds and serves the preview once per run.
// ESM test files: run with NODE_OPTIONS=--experimental-vm-modules (scripts/test-all.js does).
export default {
  displayName: 'browser',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.js'],
  transform: {},
  globalSetup: '<rootDir>/test/browser/global-setup.js',
  globalTeardown: '<rootDir>/test/browser/global-teardown.js',
  testTimeout: 60000,
  // Each test file runs its own chromium; two at a time keep a small CI machine responsive.
  maxWorkers: 2,
};
