/**
 * Opens the Veramo agent of an integration script: a SQLite database and the two secrets that
 * protect it (the KMS key and the plugin's at-rest key). Secrets come from flags or the
 * environment; when absent they are generated once and kept in a keys file (mode 0600), so a
 * restarted script finds its keys, sessions and messages again. The keys file defaults to a
 * place next to the database, which is convenient and weak: one copied directory then gives
 * everything. Keep it elsewhere (`--keys-file`), or pass the keys from a secret store.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createConnectorE2EAgent, openAgentDatabase, type ConnectorE2EAgent, type E2EConnection } from '@connector-e2e/veramo-plugin';
import type { DataSource } from 'typeorm';
import { databaseFile, UsageError } from './flags.js';

export interface ScriptAgentOptions {
  database: string;
  connectorUrl: string;
  secretKey?: string;
  kmsSecretKey?: string;
  /** Where generated secrets are kept (default: `<database>.keys.json`). */
  keysFile?: string;
  /** Start live delivery on the first plugin call (default true). */
  autoListen?: boolean;
}

export interface ScriptAgent {
  readonly agent: ConnectorE2EAgent;
  readonly db: DataSource;
  /** Where generated secrets were kept, when they were. */
  readonly keysFile?: string;
  close(): Promise<void>;
}

interface KeysFile {
  secretKey: string;
  kmsSecretKey: string;
}

const HEX_KEY = /^[0-9a-f]{64}$/i;

function loadOrCreateKeys(file: string): KeysFile {
  if (existsSync(file)) {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeysFile>;
    if (!keys.secretKey || !keys.kmsSecretKey) throw new UsageError(`${file}: expected secretKey and kmsSecretKey`);
    return { secretKey: keys.secretKey, kmsSecretKey: keys.kmsSecretKey };
  }
  const keys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
  // 'wx': never overwrite keys another process has just written.
  writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600, flag: 'wx' });
  return keys;
}

export async function openScriptAgent(options: ScriptAgentOptions): Promise<ScriptAgent> {
  const file = databaseFile(options.database);
  mkdirSync(dirname(file), { recursive: true });
  let { secretKey, kmsSecretKey } = options;
  let keysFile: string | undefined;
  if (!secretKey || !kmsSecretKey) {
    keysFile = options.keysFile ?? `${file}.keys.json`;
    mkdirSync(dirname(keysFile), { recursive: true, mode: 0o700 });
    const kept = loadOrCreateKeys(keysFile);
    secretKey ??= kept.secretKey;
    kmsSecretKey ??= kept.kmsSecretKey;
  }
  if (!HEX_KEY.test(secretKey)) throw new UsageError('--secret-key / E2E_SECRET_KEY: expected 64 hex characters');
  if (!HEX_KEY.test(kmsSecretKey)) throw new UsageError('--kms-secret-key / E2E_KMS_SECRET_KEY: expected 64 hex characters');
  const db = await openAgentDatabase({ database: options.database });
  const agent = createConnectorE2EAgent({ dbConnection: db, connectorUrl: options.connectorUrl, secretKey, kmsSecretKey, autoListen: options.autoListen });
  let closed = false;
  return {
    agent,
    db,
    keysFile,
    async close() {
      if (closed) return;
      closed = true;
      await agent.e2eStopListening({}).catch(() => undefined);
      await db.destroy();
    },
  };
}

/** What the scripts print about a connection: ids, timing and counters, nothing secret. */
export function connectionSummary(c: E2EConnection): Record<string, unknown> {
  return { connectionId: c.connectionId, state: c.state, handshakeMs: c.handshakeMs, epoch: c.epoch, sendNext: c.sendNext, receiveNext: c.receiveNext, unacked: c.unacked };
}
