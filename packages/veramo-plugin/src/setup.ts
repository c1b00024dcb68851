import { createAgent, type IAgentPlugin, type ICredentialPlugin, type IDataStore, type IDataStoreORM, type IDIDManager, type IKeyManager, type IResolver, type TAgent } from '@veramo/core';
import { CredentialPlugin } from '@veramo/credential-w3c';
import { CredentialProviderJWT } from '@veramo/credential-jwt';
import { DataStore, DataStoreORM, DIDStore, Entities, entitiesConcat, KeyStore, migrations, PrivateKeyStore } from '@veramo/data-store';
import { DIDManager } from '@veramo/did-manager';
import { getDidKeyResolver, KeyDIDProvider } from '@veramo/did-provider-key';
import { getResolver as getDidPeerResolver, PeerDIDProvider } from '@veramo/did-provider-peer';
import { DIDResolverPlugin } from '@veramo/did-resolver';
import { KeyManager } from '@veramo/key-manager';
import { KeyManagementSystem, SecretBox } from '@veramo/kms-local';
import { Resolver } from 'did-resolver';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { E2EEntities } from './entities.js';
import { E2EMigrations } from './migrations/index.js';
import { ConnectorE2E, type ConnectorE2EOptions } from './plugin.js';
import type { IConnectorE2E } from './types/IConnectorE2E.js';

/*
 * A ready-made Veramo agent with the plugin: key manager (local KMS, keys encrypted by
 * SecretBox), DID manager (did:key, did:peer), resolver, data store, W3C credentials (JWT).
 * This is what agent.yml describes; scripts, the demo and the tests use it directly.
 */

/** The agent type the setup returns. @public */
export type ConnectorE2EAgent = TAgent<IKeyManager & IDIDManager & IResolver & IDataStore & IDataStoreORM & ICredentialPlugin & IConnectorE2E>;

/** @public */
export interface DatabaseOptions {
  /** A SQLite file path, `:memory:`, or a `postgres://` URL. */
  database: string;
  /** PostgreSQL only: the schema to use (created when missing). */
  pgSchema?: string;
}

const PG_MIGRATION_LOCK = 0x65326561; // 'e2ea': serializes migrations of processes sharing a database

/** Opens (and migrates) a DataSource with Veramo's and the plugin's entities. */
export async function openAgentDatabase(options: DatabaseOptions): Promise<DataSource> {
  const common = {
    entities: entitiesConcat(Entities, E2EEntities) as DataSourceOptions['entities'],
    // migrationConcat is typed for instances but concatenates the classes typeorm expects.
    migrations: [...migrations, ...E2EMigrations] as unknown as DataSourceOptions['migrations'],
    migrationsRun: false,
    synchronize: false,
    logging: false,
  };
  if (/^postgres(ql)?:\/\//.test(options.database)) {
    const schema = options.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new TypeError('pgSchema: expected a lower-case SQL identifier');
    const db = new DataSource({ type: 'postgres', url: options.database, ...(schema ? { extra: { options: `-c search_path=${schema}` } } : {}), ...common });
    await db.initialize();
    // TypeORM takes no lock of its own: several processes starting at once would race.
    const runner = db.createQueryRunner();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [PG_MIGRATION_LOCK]);
      if (schema) await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await db.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [PG_MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
    return db;
  }
  const db = new DataSource({
    type: 'better-sqlite3',
    database: options.database,
    ...common,
    prepareDatabase: (raw: { pragma(s: string): unknown }) => {
      raw.pragma('journal_mode = WAL');
      raw.pragma('busy_timeout = 10000');
      // Deleted pre-keys and session states are overwritten, not left in free pages.
      raw.pragma('secure_delete = ON');
    },
  });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}

/** @public */
export interface AgentSetupOptions extends Omit<ConnectorE2EOptions, 'dbConnection'> {
  /** An open DataSource (see openAgentDatabase). */
  dbConnection: DataSource;
  /** 64 hex characters: encrypts the KMS's private keys at rest (Veramo SecretBox). */
  kmsSecretKey: string;
  /** More plugins to load. */
  plugins?: IAgentPlugin[];
}

/** A Veramo v7 agent with the connector-e2e plugin loaded. */
export function createConnectorE2EAgent(options: AgentSetupOptions): ConnectorE2EAgent {
  const { dbConnection, kmsSecretKey, plugins = [], ...pluginOptions } = options;
  return createAgent<IKeyManager & IDIDManager & IResolver & IDataStore & IDataStoreORM & ICredentialPlugin & IConnectorE2E>({
    plugins: [
      new KeyManager({
        store: new KeyStore(dbConnection),
        kms: { local: new KeyManagementSystem(new PrivateKeyStore(dbConnection, new SecretBox(kmsSecretKey))) },
      }),
      new DIDManager({
        store: new DIDStore(dbConnection),
        defaultProvider: 'did:key',
        providers: {
          'did:key': new KeyDIDProvider({ defaultKms: 'local' }),
          'did:peer': new PeerDIDProvider({ defaultKms: 'local' }),
        },
      }),
      new DIDResolverPlugin({ resolver: new Resolver({ ...getDidKeyResolver(), ...getDidPeerResolver() }) }),
      new DataStore(dbConnection),
      new DataStoreORM(dbConnection),
      new CredentialPlugin([new CredentialProviderJWT()]),
      new ConnectorE2E({ dbConnection, ...pluginOptions }),
      ...plugins,
    ],
  });
}
