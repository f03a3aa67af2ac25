// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.tools/**', '.bankfeed/**', 'coverage/**', 'dist/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // Workflows are replayed: no I/O, no Node built-ins, no adapters or database.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.flatMap((m) => [
            { name: m, message: 'Workflows must be deterministic: no Node built-ins.' },
            { name: `node:${m}`, message: 'Workflows must be deterministic: no Node built-ins.' },
          ]),
          patterns: [
            {
              group: ['**/db/**', '**/adapters/**', '**/worker/**'],
              message: 'Workflows may not import db/, adapters/ or worker/.',
            },
            { group: ['**/activities/**'], allowTypeImports: true, message: 'Import activities by type only.' },
          ],
        },
      ],
    },
  },
  {
    // Pure layers: no I/O.
    files: ['domain/**/*.ts', 'matching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.flatMap((m) => [{ name: m }, { name: `node:${m}` }]),
          patterns: [{ group: ['**/db/**', '**/adapters/**', '**/activities/**', '**/workflows/**', '**/worker/**'] }],
        },
      ],
    },
  },
  {
    // The sandbox is the other side of the wire: it must not share the client's code.
    files: ['sandbox/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/adapters/**',
                '**/db/**',
                '**/activities/**',
                '**/workflows/**',
                '**/worker/**',
                '**/domain/**',
                '**/matching/**',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/**', '**/activities/**', '**/workflows/**', '**/worker/**'] }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
