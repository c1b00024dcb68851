/**
 * @connector-e2e/db-kit: what the connector and the Veramo plugin share about their databases
 * (both run on SQLite and PostgreSQL through typeorm).
 * @packageDocumentation
 */
export { isTransientDatabaseError } from './transient.js';
export { migrateUnderLock, SCHEMA_NAME, type MigrateOptions } from './migrations.js';
export { GroupCommit, GroupFailed, sqlGroups, type Outcome, type RunGroup } from './group-commit.js';
