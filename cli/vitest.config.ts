import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Veramo CLI test (npm run test:cli): outside `npm test`, since it needs the CLI installed
// in cli/ from the registry (npm run cli:install).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
