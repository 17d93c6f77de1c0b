// Lint: typescript-eslint (TypeScript pinned to ~6.0, which it supports) plus the project's
// architecture rules: src/model is pure and the imports run one way (see DESIGN.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const notOurs = (layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/*`, `**/${layer}`],
    message: `This layer must not import from src/${layer} (imports run one way: see DESIGN.md).`,
  }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.js', '.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The model runs in Node and in the browser alike: no UI, no wall clock, no ambient randomness.
    files: ['src/model/**/*.ts'],
    ignores: ['src/model/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'd3', 'lz-string'].map((name) => ({
            name,
            message: 'src/model is pure: no UI or browser libraries.',
          })),
          patterns: [
            { group: ['d3-*', 'react-*', 'zustand/*'], message: 'src/model is pure.' },
            ...notOurs(['views', 'store', 'lessons', 'scenario', 'i18n']),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'navigator',
          'setTimeout',
          'setInterval',
          'requestAnimationFrame',
          'performance',
          'Date',
        ].map((name) => ({
          name,
          message: 'src/model is pure: use the virtual clock and the seeded PRNG.',
        })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG (model/prng.ts).' },
      ],
    },
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: notOurs(['views', 'store', 'lessons']) }],
    },
  },
  {
    files: ['src/lessons/**/*.ts', 'src/lessons/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: notOurs(['views', 'store']) }],
    },
  },
  {
    // The terminal's commands are pure functions of a snapshot and the scenario (src/terminal/CONTEXT.md).
    files: ['src/terminal/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: notOurs(['views', 'store', 'lessons']) }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: notOurs(['views']) }],
    },
  },
  {
    // Views read the store; they never drive the model themselves.
    files: ['src/views/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model/world*', '**/model/engine/*', '**/model/simulation*'],
              message: 'Views talk to the store; only the store drives the model.',
            },
          ],
        },
      ],
    },
  },
);
