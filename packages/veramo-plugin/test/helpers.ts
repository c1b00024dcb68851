/** Real agents (own SQLite database each) and a real connector process for the plugin tests. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { observeSeals, toHex, type CryptoProvider } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { IAgentPlugin } from '@veramo/core-types';
import type { DataSource } from 'typeorm';
import { sqliteBackend, type DbTarget } from '../../connector/test/helpers/backends.js';
import { spawnConnector, type ConnectorProcess } from '../../../test/kit/connector-process.js';
import { createConnectorE2EAgent, openAgentDatabase, type ConnectorE2EAgent, type ConnectorE2EOptions } from '../src/index.js';

export interface TestConnector {
  readonly url: string;
  readonly process: ConnectorProcess;
  readonly db: DbTarget;
  stop(): Promise<void>;
}

export async function startConnector(db?: DbTarget, extraArgs: string[] = []): Promise<TestConnector> {
  const target = db ?? (await sqliteBackend.create());
  const proc = await spawnConnector(target, extraArgs);
  return {
    url: proc.url,
    process: proc,
    db: target,
    async stop() {
      proc.child.kill('SIGTERM');
      await proc.exited;
      if (!db) await target.cleanup();
    },
  };
}

export interface TestAgent {
  readonly agent: ConnectorE2EAgent;
  readonly did: string;
  readonly db: DataSource;
  readonly file?: string;
  close(): Promise<void>;
}

export interface AgentOptions extends Partial<Omit<ConnectorE2EOptions, 'dbConnection'>> {
  connectorUrl: string;
  /** Default: a fresh SQLite file. */
  database?: string;
  /** The fresh SQLite file through the sqlite3 driver instead of better-sqlite3. */
  sqlite3Driver?: boolean;
  pgSchema?: string;
  didProvider?: 'did:key' | 'did:peer';
  keyType?: 'Ed25519' | 'Secp256k1';
  secretKey?: string;
  kmsSecretKey?: string;
  did?: string;
  /** More plugins for the agent (an event listener, say). */
  plugins?: IAgentPlugin[];
}

export async function makeAgent(options: AgentOptions): Promise<TestAgent> {
  let dir: string | undefined;
  let database = options.database;
  if (!database) {
    dir = mkdtempSync(join(tmpdir(), 'e2e-agent-'));
    database = `${options.sqlite3Driver ? 'sqlite3:' : ''}${join(dir, 'agent.sqlite')}`;
  }
  const db = await openAgentDatabase({ database, pgSchema: options.pgSchema });
  const { didProvider, keyType, database: _d, pgSchema: _p, sqlite3Driver: _s, kmsSecretKey, secretKey, did: givenDid, ...rest } = options;
  const agent = createConnectorE2EAgent({
    dbConnection: db,
    kmsSecretKey: kmsSecretKey ?? randomBytes(32).toString('hex'),
    secretKey: secretKey ?? randomBytes(32).toString('hex'),
    retransmitAfterMs: 2000,
    handshakeTimeoutMs: 20_000,
    ...rest,
  });
  let did = givenDid;
  if (!did) {
    const provider = didProvider ?? 'did:key';
    const identifier = await agent.didManagerCreate({
      provider,
      options: provider === 'did:peer' ? { num_algo: 2 } : { keyType: keyType ?? 'Ed25519' },
    });
    did = identifier.did;
  }
  return {
    agent,
    did,
    db,
    file: dir ? join(dir, 'agent.sqlite') : undefined,
    async close() {
      await agent.e2eStopListening({}).catch(() => undefined);
      await db.destroy();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { eventually } from '../../../test/kit/eventually.js';

/** A crypto provider that counts every AES-GCM (key, IV) pair sealed with it: the test oracle. */
export function sealOracle(): { crypto: CryptoProvider; count: () => number; repeats: () => string[] } {
  const seals = new Map<string, number>();
  const crypto = observeSeals(nodeCrypto, (o) => {
    const k = `${toHex(o.key)}/${toHex(o.iv)}`;
    seals.set(k, (seals.get(k) ?? 0) + 1);
  });
  return { crypto, count: () => seals.size, repeats: () => [...seals].filter(([, n]) => n > 1).map(([k]) => k) };
}
