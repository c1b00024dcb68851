import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Resolve workspace packages to their TypeScript sources (no build step for tests).
    conditions: ['connector-e2e:source'],
  },
  // Tests run in Vite's SSR environment, which takes its own conditions: without this, one
  // workspace package importing another resolves to the other's dist/ (or fails unbuilt).
  ssr: {
    resolve: { conditions: ['connector-e2e:source'], externalConditions: ['connector-e2e:source'] },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on two cores (the default leaves one core idle): most suites wait on
    // child processes and sockets, not on the CPU, and none asserts a time.
    maxWorkers: 2,
  },
});
