import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'utils/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: true,
    // Generous: some tests parse multi-hundred-kB hostile pages on a loaded 2-core CI machine. Speed is
    // measured by the benchmarks, never asserted by a unit test's clock.
    testTimeout: 30_000,
  },
});
