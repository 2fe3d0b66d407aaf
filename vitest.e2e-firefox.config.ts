import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite drives the Firefox build in Debian's firefox-esr over WebDriver BiDi; one
// browser at a time. Firefox starts slower than Chromium: hooks get more time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
