import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Lists, at the end of the run, every group skipped for want of a system tool (test/support/require-tool.ts).
    globalSetup: ['test/support/skip-summary.ts'],
  },
});
