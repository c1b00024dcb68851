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
import type { DataSource } from 'typeorm';
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
