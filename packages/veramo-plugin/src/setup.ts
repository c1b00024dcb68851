import { createAgent, type IAgentPlugin, type ICredentialPlugin, type IDataStore, type IDataStoreORM, type IDIDManager, type IKeyManager, type IResolver, type TAgent } from '@veramo/core';
import { CredentialPlugin } from '@veramo/credential-w3c';
import { CredentialProviderJWT } from '@veramo/credential-jwt';
import { DataStore, DataStoreORM, DIDStore, KeyStore, PrivateKeyStore } from '@veramo/data-store';
import { DIDManager } from '@veramo/did-manager';
import { getDidKeyResolver, KeyDIDProvider } from '@veramo/did-provider-key';
import { getResolver as getDidPeerResolver, PeerDIDProvider } from '@veramo/did-provider-peer';
import { DIDResolverPlugin } from '@veramo/did-resolver';
import { KeyManager } from '@veramo/key-manager';
import { KeyManagementSystem, SecretBox } from '@veramo/kms-local';
import { Resolver } from 'did-resolver';
import { closeSync, openSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { AgentEntities, AgentMigrations, assertSchemaName, initializeDataSource, prepareSqlite } from './storage/agent-database.js';
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

/** Opens (and migrates) a DataSource with Veramo's and the plugin's entities. */
export async function openAgentDatabase(options: DatabaseOptions): Promise<DataSource> {
  const common = { entities: AgentEntities, migrations: AgentMigrations, migrationsRun: false, synchronize: false, logging: false };
  if (/^postgres(ql)?:\/\//.test(options.database)) {
    const schema = options.pgSchema;
    assertSchemaName(schema);
    const db = new DataSource({ type: 'postgres', url: options.database, ...(schema ? { extra: { options: `-c search_path=${schema}` } } : {}), ...common });
    return initializeDataSource(db, { schema });
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
