import { defineConfig } from 'vitest/config';

// Checks on the production build: manifest, bundle sizes, web-ext lint of the Firefox build.
export default defineConfig({
  test: { include: ['tests/build/**/*.test.ts'], environment: 'node', fileParallelism: false, testTimeout: 120_000 },
});
