import { migrateUnderLock, SCHEMA_NAME } from '@connector-e2e/db-kit';
import { Entities, entitiesConcat, migrations } from '@veramo/data-store';
import { closeSync, openSync } from 'node:fs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { E2EEntities } from './entities.js';
import { E2EMigrations } from './migrations/index.js';

/*
 * Building blocks for declarative agent configs (agent.yml for the Veramo CLI): YAML can
 * reference exports (`$require: '@connector-e2e/veramo-plugin?t=object#AgentEntities'`) but
 * cannot concatenate arrays or write functions, so the pieces a typeorm DataSource needs are
 * exported ready-made here.
 */

/** `@veramo/data-store`'s entities followed by the plugin's: the `entities` of the agent's DataSource. @public */
export const AgentEntities = entitiesConcat(Entities, E2EEntities) as NonNullable<DataSourceOptions['entities']>;

/** `@veramo/data-store`'s migrations followed by the plugin's, in order: the `migrations` of the agent's DataSource. @public */
export const AgentMigrations = [...migrations, ...E2EMigrations] as unknown as NonNullable<DataSourceOptions['migrations']>;

/**
 * `prepareDatabase` for a better-sqlite3 DataSource: WAL journal, a busy timeout for several
 * processes on one file, and secure_delete so deleted pre-keys and session states are
 * overwritten rather than left in free pages.
 * @public
 */
export function prepareSqlite(raw: { pragma(statement: string): unknown }): void {
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 10000');
  raw.pragma('secure_delete = ON');
}

/** PostgreSQL schema names the plugin accepts: lower-case SQL identifiers, so they need no quoting rules. */
export function assertSchemaName(schema: string | undefined): void {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new TypeError('pgSchema: expected a lower-case SQL identifier');
}

/**
 * Initializes a DataSource (if it is not yet) and runs pending migrations, one transaction
 * each; on PostgreSQL under an advisory lock, because typeorm takes no lock of its own and
 * processes starting together would race to create the same tables. `schema` (PostgreSQL) is
 * created first, under the same lock, when missing. Returns the same DataSource. In agent.yml:
 * `$require: '@connector-e2e/veramo-plugin?t=function#initializeDataSource'`.
 * @public
 */
export async function initializeDataSource(db: DataSource, options: { schema?: string } = {}): Promise<DataSource> {
  // (migrateUnderLock refuses a schema name that is not a lower-case SQL identifier)
  return migrateUnderLock(db, { lockName: 'connector-e2e:agent-migrations', ...(options.schema ? { schema: options.schema } : {}), transaction: 'each' });
}

/** @public */
export interface DatabaseOptions {
  /**
   * A SQLite file path or `:memory:` (better-sqlite3), `sqlite3:<path>` (the sqlite3 driver, for
   * platforms without a better-sqlite3 build), or a `postgres://` URL.
   */
  database: string;
  /** PostgreSQL only: the schema to use (created when missing). */
  pgSchema?: string;
}

/** Opens (and migrates) a DataSource with Veramo's and the plugin's entities. */
export async function openAgentDatabase(options: DatabaseOptions): Promise<DataSource> {
  const common = { entities: AgentEntities, migrations: AgentMigrations, migrationsRun: false, synchronize: false, logging: false };
  if (/^postgres(ql)?:\/\//.test(options.database)) {
    const schema = options.pgSchema;
    assertSchemaName(schema);
    const db = new DataSource({ type: 'postgres', url: options.database, ...(schema ? { extra: { options: `-c search_path=${schema}` } } : {}), ...common });
    return initializeDataSource(db, { schema });
  }
  if (options.database.startsWith('sqlite3:')) {
    const file = options.database.slice('sqlite3:'.length);
    if (file === '') throw new TypeError('database: sqlite3: needs a file path or :memory:, e.g. sqlite3:agent.sqlite');
    if (file !== ':memory:') createPrivately(file);
    // The same settings as prepareSqlite, through the sqlite3 driver's options and statements.
    const db = new DataSource({ type: 'sqlite', database: file, enableWAL: true, busyTimeout: 10_000, ...common });
    await db.initialize();
    await db.query('PRAGMA secure_delete = ON');
    return initializeDataSource(db);
  }
  if (options.database !== ':memory:') createPrivately(options.database);
  return initializeDataSource(new DataSource({ type: 'better-sqlite3', database: options.database, ...common, prepareDatabase: prepareSqlite }));
}

/**
 * Creates a missing SQLite file readable by its owner only (0600) before SQLite opens it; SQLite
 * gives its -wal and -shm files the database file's permissions. The file holds sealed secrets
 * and metadata (DIDs, connection ids, times). An existing file keeps its mode.
 */
function createPrivately(file: string): void {
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}
