import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// ESLint: Next's rules (React, hooks, accessibility basics, Core Web Vitals) and typescript-eslint's
// recommended set, which eslint-config-next/typescript brings. Formatting is Prettier's job
// (.prettierrc.json); `npm run lint` and `npm run format:check` both run in CI.
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `any` only with a comment saying why (DEVELOPERS.md): the disable comment is the place for it.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Every disable comment must name why, after "--".
      'eslint-comments/require-description': 'off',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  globalIgnores([
    '.next*/**',
    'node_modules/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    'screenshots/**',
    'next-env.d.ts',
  ]),
]);
