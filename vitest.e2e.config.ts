import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production build in real headless Chromium; one browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
