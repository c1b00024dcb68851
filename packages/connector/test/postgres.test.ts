/**
 * The shared connector suite on PostgreSQL (one fresh schema per test). Without a server
 * the run is skipped with a visible notice, except on CI (CI=true), where it fails.
 */
import { describe, test } from 'vitest';
import { postgresBackend, probePostgres } from './helpers/backends.js';
import { messagingSuite } from './shared/messaging.js';

const url = await probePostgres();

if (url) {
  const backend = postgresBackend(url);
  messagingSuite(backend);
} else {
  describe('PostgreSQL', () => {
    test.skip('skipped: PostgreSQL unreachable', () => undefined);
  });
}
