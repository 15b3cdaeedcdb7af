import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const browser = findBrowser();
if (!browser) {
  throw new Error('No Chromium for the e2e tests: install Chromium (Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH. `npm run test:e2e` tries `playwright install chromium` for you.');
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'pixel-7', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://localhost:${PORT}/en/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
