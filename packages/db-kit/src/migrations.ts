import type { DataSource } from 'typeorm';

/** PostgreSQL schema names accepted here: lower-case SQL identifiers, so they need no quoting rules. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface MigrateOptions {
  /** Names the lock (PostgreSQL: an advisory lock on `hashtext(lockName)`): processes migrating the same tables must use the same name. */
  lockName: string;
  /** PostgreSQL: a schema to create (under the lock) when missing. */
  schema?: string;
  /** One transaction per migration (`each`, the default) or one for all. */
  transaction?: 'each' | 'all';
}

/**
 * Initializes the DataSource if it is not yet, and runs its pending migrations. TypeORM takes
 * no lock around migrations, so on PostgreSQL processes starting together would race to create
 * the same tables: a session-level advisory lock makes them take turns (the first migrates,
 * the others then find nothing left to do). SQLite serializes writers by itself.
 */
export async function migrateUnderLock(db: DataSource, options: MigrateOptions): Promise<DataSource> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new TypeError(`schema: expected a lower-case SQL identifier, got ${JSON.stringify(options.schema)}`);
  if (!db.isInitialized) await db.initialize();
  const transaction = options.transaction ?? 'each';
  if (db.options.type !== 'postgres') {
    await db.runMigrations({ transaction });
    return db;
  }
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [options.lockName]);
    try {
      if (options.schema) await runner.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
      await db.runMigrations({ transaction });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [options.lockName]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
  return db;
}
