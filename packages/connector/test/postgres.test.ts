/**
 * The shared connector suite on PostgreSQL (one fresh schema per test). Without a server
 * the run is skipped with a visible notice, except on CI (CI=true), where it fails.
 */
import { describe, test } from 'vitest';
import { postgresBackend, probePostgres } from './helpers/backends.js';
import { addressLimitsSuite } from './shared/address-limits.js';
import { authSuite } from './shared/auth.js';
import { batchSuite } from './shared/batch.js';
import { directorySuite } from './shared/directory.js';
import { hardeningSuite } from './shared/hardening.js';
import { hygieneSuite } from './shared/hygiene.js';
import { limitsSuite } from './shared/limits.js';
import { messagingSuite } from './shared/messaging.js';
import { otpRegistrationSuite } from './shared/otp-registration.js';
import { processSuite } from './shared/process.js';
import { quotaSuite } from './shared/quotas.js';
import { socketLimitsSuite } from './shared/socket-limits.js';
import { tokenSuite } from './shared/tokens.js';
import { websocketSuite } from './shared/websocket.js';

const url = await probePostgres();

if (url) {
  const backend = postgresBackend(url);
  tokenSuite(backend);
  messagingSuite(backend);
  batchSuite(backend);
  websocketSuite(backend);
  authSuite(backend);
  limitsSuite(backend);
  hygieneSuite(backend);
  processSuite(backend);
  socketLimitsSuite(backend);
  quotaSuite(backend);
  addressLimitsSuite(backend);
  hardeningSuite(backend);
  otpRegistrationSuite(backend);
  directorySuite(backend);
} else {
  describe('PostgreSQL', () => {
    test.skip('skipped: PostgreSQL unreachable', () => undefined);
  });
}
