/**
 * @connector-e2e/connector: the blind relay. See README.md for the API, flags and errors.
 */
export { buildConnector, type Connector, type ConnectorOptions, PROTOBUF } from './app.js';
export { ConnectorError, CONNECTOR_ERROR_CODES, CONNECTOR_ERROR_STATUS, type ConnectorErrorCode } from './errors.js';
export { isTransientDatabaseError } from '@connector-e2e/db-kit';
export {
  DEFAULT_LIMITS,
  MAX_PREKEY_BUNDLE_BYTES,
  MAX_PREKEY_SIGNATURE_BYTES,
  MAX_PREKEYS_PER_PUBLISH,
  parseCli,
  helpText,
  type ConnectorLimits,
  type CliOptions,
} from './config.js';
export { DirectoryKey } from './directory-key.js';
export { openDatabase, parseDbUrl, type Database, type DatabaseOptions, type DbDriver } from './db.js';
export { Store, type StoreHooks, type AckRef } from './store.js';
export { MIGRATIONS } from './migrations.js';
