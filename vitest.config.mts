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
    // Property tests (fast-check) run hundreds of cases: 5 s is too tight on a busy 2-core CI machine. Not a timing assertion.
    testTimeout: 60_000,
    projects: [
      // The engine, the data and the scripts: plain Node.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // Client components, tested beside them in a simulated DOM (jsdom 29: 30+ needs Node 22).
      { extends: true, test: { name: 'components', include: ['components/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['tests/setup/components.ts'] } },
    ],
  },
});
