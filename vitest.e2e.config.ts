import { defineConfig } from 'vitest/config';

// Playwright drives Debian Chromium against the production build in .output/chrome-mv3.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
