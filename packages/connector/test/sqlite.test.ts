/** The shared connector suite on SQLite (better-sqlite3). */
import { sqliteBackend } from './helpers/backends.js';
import { addressLimitsSuite } from './shared/address-limits.js';
import { authSuite } from './shared/auth.js';
import { batchSuite } from './shared/batch.js';
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

tokenSuite(sqliteBackend);
messagingSuite(sqliteBackend);
batchSuite(sqliteBackend);
websocketSuite(sqliteBackend);
authSuite(sqliteBackend);
limitsSuite(sqliteBackend);
hygieneSuite(sqliteBackend);
processSuite(sqliteBackend);
socketLimitsSuite(sqliteBackend);
quotaSuite(sqliteBackend);
addressLimitsSuite(sqliteBackend);
hardeningSuite(sqliteBackend);
otpRegistrationSuite(sqliteBackend);
