/** The `sqlite3` driver (named by the product card) keeps working: core suites on it. */
import { sqlite3DriverBackend } from './helpers/backends.js';
import { batchSuite } from './shared/batch.js';
import { messagingSuite } from './shared/messaging.js';
import { tokenSuite } from './shared/tokens.js';

tokenSuite(sqlite3DriverBackend);
messagingSuite(sqlite3DriverBackend);
batchSuite(sqlite3DriverBackend);
