import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const PSEUDO_PORT = PORT + 1;
const browser = findBrowser();
if (!browser) {
  throw new Error(
    'No Chromium for the e2e tests: install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH. `npm run test:e2e` tries `playwright install chromium` for you.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  // A budget, not an assertion: axe runs and several page loads take longer than 30 s on a loaded two-core CI machine.
  timeout: 60_000,
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'pixel-7', use: { browserName: 'chromium' }, testIgnore: /pseudo-locales\.spec\.ts/ },
    // Layout in the pseudo-locales, against their own build (npm run build:pseudo): never part of out/.
    { name: 'pseudo', use: { browserName: 'chromium', baseURL: `http://localhost:${PSEUDO_PORT}` }, testMatch: /pseudo-locales\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://localhost:${PORT}/en/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${PSEUDO_PORT} --dir out-pseudo`,
      url: `http://localhost:${PSEUDO_PORT}/en-XA/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
