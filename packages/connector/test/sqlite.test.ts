/** The shared connector suite on SQLite (better-sqlite3). */
import { sqliteBackend } from './helpers/backends.js';
import { messagingSuite } from './shared/messaging.js';

messagingSuite(sqliteBackend);
