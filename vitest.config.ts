import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The e2e suites poll the page and the store; on a busy two-core machine 1 s (the default) is too short.
    expect: { poll: { timeout: 10_000 } },
  },
});
