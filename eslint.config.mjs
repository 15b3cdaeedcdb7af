import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Client components import engine types only; a value import of the schema would ship zod to the browser.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The engine and the carrier data stay pure: no React, no Next, no browser or Node I/O.
    files: ['lib/engine/**/*.ts', 'lib/carriers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'next', 'next/*', 'node:*', '@/components/*', '@/app/*'] }],
    },
  },
  {
    // Client components must not pull in zod, i18next or the whole catalogue. Each feature folder's server side (its
    // labels.ts and *Page.tsx, marked `import 'server-only'`) resolves the sentences and passes them down as props.
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    ignores: ['components/**/labels.ts', 'components/**/*Page.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/labels', '**/*Page'], allowTypeImports: true, message: 'Server-only: a page passes the labels it builds as props.' }],
          paths: [
            { name: 'zod', message: 'zod must not reach the browser: validate on the server or in lib/progress/parse.ts.' },
            { name: 'i18next', message: 'Resolve sentences on the server and pass them as props.' },
            { name: '@/lib/carriers', message: 'Pass the one carrier a page needs as a prop.' },
            { name: '@/lib/i18n/server', message: 'Resolve sentences on the server and pass them as props.' },
            { name: '@/lib/engine/schema', allowTypeImports: true, message: 'Import only types from the schema: its values are zod.' },
          ],
        },
      ],
    },
  },
  {
    // The server side of the feature folders: no zod in a page (the schema's values stay in lib/).
    files: ['components/**/labels.ts', 'components/**/*Page.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Validate in lib/, not in a page.' },
            { name: '@/lib/engine/schema', allowTypeImports: true, message: 'Import only types from the schema.' },
          ],
        },
      ],
    },
  },
  {
    // Component tests beside the components (vitest project "components") render them with the labels the server side builds,
    // so they import the label builders, the catalogue and the translator a component may not. Nothing they import ships.
    files: ['components/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', message: 'Component tests run in Vitest (jsdom); browser tests live in tests/e2e.' }] },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    '.cache/**',
    'out-compressed/**',
    'out/**',
    'out-pseudo/**',
    'out-preview/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
