import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // The label builders are marked server-only (Next refuses them in a client bundle); tests run them as the server does.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests (fast-check) run hundreds of cases: 5 s is too tight on a busy 2-core CI machine. Not a timing assertion.
    testTimeout: 60_000,
  },
});
