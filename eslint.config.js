// Lint rules, including the import walls of docs/architecture.md#import-walls (who may import whom).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*'];
const nodeModules = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'crypto',
  'electron',
  'better-sqlite3',
];
/** Forbids module names (exact) and path patterns (gitignore-style) with one message. */
const restrict = (patterns, message, names = nodeModules) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      ...(patterns.length ? { patterns: [{ group: patterns, message }] } : {}),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'schema/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Small modules: a file past 300 lines of code is due a split into cohesive parts.
      'max-lines': ['warn', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/node/**'],
    rules: restrict(
      [...nodeBuiltins, '**/electron/**', '**/renderer/**', '**/cli/**'],
      'The engine is pure TypeScript: only engine/node may use Node; it never imports the app (docs/architecture.md#import-walls).',
      [...nodeModules, 'react'],
    ),
  },
  {
    files: ['electron/api/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, '**/services/**', '**/transports/**', '**/main/**'],
      'electron/api is the contract: zod and engine/model only (docs/architecture.md#import-walls).',
    ),
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/web/**/*.ts',
      'electron/host.ts',
      'electron/transports/http.ts',
    ],
    rules: restrict(
      [],
      "Services and the web host never import 'electron', so the CLI and browser mode reuse them.",
      ['electron'],
    ),
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict(
      ['**/renderer/**'],
      'The CLI runs in Node without a window: it reuses the engine and the host services, never the renderer.',
      [],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      ...restrict(
        [
          ...nodeBuiltins,
          '**/engine/runtime/**',
          '**/engine/sandbox/**',
          '**/engine/node/**',
          '**/electron/services/**',
          '**/electron/transports/**',
          '**/electron/main/**',
        ],
        'The renderer talks to the host only through renderer/host; simulation is a host service (docs/architecture.md#import-walls).',
      ),
    },
  },
  {
    // Global declarations of platform APIs need `declare var`.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
