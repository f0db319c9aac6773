// salesforce-typescript rules for the TypeScript sources (the plugin convention);
// force-app/main/default/lwc has its own .eslintrc.json with the LWC rules.
//
// Import rules by layer. An override replaces a rule for its files, so each override lists every pattern
// that holds there; the patterns are written once, here.
const INDEX_ONLY = {
  group: ['**/core/**', '!**/core/index.js', '**/io/**', '!**/io/index.js'],
  message: 'Import src/core and src/io through their index.js.',
};
const UPWARD = ['**/ux/**', '**/rank/**', '**/commands/**', '**/export/**'];
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

module.exports = {
  root: true,
  extends: ['eslint-config-salesforce-typescript'],
  parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: __dirname },
  ignorePatterns: ['lib/', 'node_modules/', 'force-app/', 'coverage/', '*.cjs'],
  rules: {
    // Our licence header is the repository's LICENSE file, not a header per file.
    header: 'off',
    // Typed arrays and index loops are the hot path of million-account scoring.
    'no-plusplus': 'off',
    'class-methods-use-this': 'off',
  },
  overrides: [
    {
      // src/core and src/io each have one public surface, their index.ts; the rest of src imports
      // only that, so either layer can rearrange its files without touching its callers.
      files: ['src/**/*.ts'],
      excludedFiles: ['src/core/**', 'src/io/**'],
      rules: restrict(INDEX_ONLY),
    },
    {
      // Imports run downwards: the org layer and what lies below it never reach up into a command, the
      // ranking of a spreadsheet or the terminal (README, Repository).
      files: ['src/org/**/*.ts', 'src/i18n/**/*.ts', 'src/schema/**/*.ts', 'src/profile/**/*.ts'],
      rules: restrict(INDEX_ONLY, {
        group: UPWARD,
        message: 'src/org and the layers below it do not import from ux, rank, export or commands.',
      }),
    },
    {
      files: ['src/core/**/*.ts', 'src/io/**/*.ts'],
      rules: restrict({ group: [...UPWARD, '**/org/**'], message: 'src/core and src/io import nothing above them.' }),
    },
    {
      files: ['scripts/**/*.js'],
      parserOptions: { project: null },
      extends: ['eslint:recommended'],
      env: { node: true, es2022: true },
      parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
      rules: {
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-unsafe-call': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
        '@typescript-eslint/no-unsafe-return': 'off',
        '@typescript-eslint/restrict-template-expressions': 'off',
        '@typescript-eslint/explicit-function-return-type': 'off',
      },
    },
    {
      files: ['test/**/*.ts'],
      env: { jest: true },
      rules: {
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-non-null-assertion': 'off',
        '@typescript-eslint/no-unused-expressions': 'off',
      },
    },
  ],
};
