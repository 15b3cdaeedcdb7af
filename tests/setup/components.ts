/**
 * Before every component test (vitest.config.mts, project "components"): Testing Library's DOM matchers, and a clean
 * page and storage after each test, so one test's saved progress never leaks into the next.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  // useProgress shares a page's first read until the next macrotask: let it end, so the next test reads afresh.
  await new Promise((resolve) => setTimeout(resolve, 0));
});
