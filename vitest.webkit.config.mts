import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The WebKit suite (npm run test:webkit → scripts/webkit.mjs): one browser session, tests in order. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/webkit/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
