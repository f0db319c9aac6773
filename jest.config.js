// Jest for the TypeScript sources (src/, scripts/) — ESM through ts-jest.
// The Lightning components have their own config (jest.lwc.config.js), the sfdx-lwc-jest convention.
export default {
  displayName: 'ts',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151001, 151002] } }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/reset-exit-code.ts', '<rootDir>/test/helpers/neutral-language.ts'],
  collectCoverageFrom: ['src/**/*.ts'],
  testTimeout: 60000,
};
