/**
 * Storage failures worth retrying, for the connector and the plugin alike: both run on
 * SQLite and PostgreSQL through typeorm. A pure function of the error object.
 */
/** SQLSTATE classes and codes after which the same request may succeed later. */
const TRANSIENT_SQLSTATE = /^(08|53|57P0[1-3]|40001|40P01|55P03)/;
const TRANSIENT_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const TRANSIENT_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|database is locked/;

/**
 * True for database failures that retrying can clear: the server is down, restarting or out
 * of connections, a lock was not granted in time, a serialization conflict. The connector
 * answers those with `unavailable` (503, Retry-After); the plugin with `storage_unavailable`.
 */
export function isTransientDatabaseError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (TRANSIENT_CODES.has(code) || (code.length === 5 && TRANSIENT_SQLSTATE.test(code)))) return true;
    if (typeof message === 'string' && TRANSIENT_MESSAGES.test(message)) return true;
    // typeorm's QueryFailedError keeps the driver's error; Error.cause chains.
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
