/**
 * The configurations the shared plugin suites run on: agents and connector on SQLite files;
 * the same with the agents on the @noble crypto provider (what runs where node:crypto is
 * missing); the same with every connection in ETAMP mode (each record signed by its sender's
 * DID); and agents (a fresh schema each) and connector on PostgreSQL. Without a PostgreSQL
 * server the last is left out with a visible notice (probePostgres), except under CI=true.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { nobleCrypto } from '@connector-e2e/protocol';
import { postgresBackend, probePostgres, type DbTarget } from '../../connector/test/helpers/backends.js';
import { makeAgent, startConnector, type AgentOptions, type TestAgent, type TestConnector } from './helpers.js';

export interface PluginBackend {
  readonly name: string;
  /** A connector process and agents on this backend; `close()` removes everything created. */
  open(): Promise<{ connector: TestConnector; agent(options?: Partial<AgentOptions>): Promise<TestAgent>; close(): Promise<void> }>;
}

function sqlite(name: string, defaults: Partial<AgentOptions> = {}): PluginBackend {
  return {
    name,
    async open() {
      const connector = await startConnector();
      const agents: TestAgent[] = [];
      return {
        connector,
        async agent(options = {}) {
          const a = await makeAgent({ connectorUrl: connector.url, ...defaults, ...options });
          agents.push(a);
          return a;
        },
        async close() {
          for (const a of agents) await a.close().catch(() => undefined);
          await connector.stop();
        },
      };
    },
  };
}

function postgres(url: string): PluginBackend {
  return {
    name: 'PostgreSQL',
    async open() {
      const target: DbTarget = await postgresBackend(url).create();
      const connector = await startConnector(target);
      const agents: TestAgent[] = [];
      const schemas: string[] = [];
      return {
        connector,
        async agent(options = {}) {
          const schema = `e2e_agent_${randomBytes(6).toString('hex')}`;
          schemas.push(schema);
          const a = await makeAgent({ connectorUrl: connector.url, database: url, pgSchema: schema, ...options });
          agents.push(a);
          return a;
        },
        async close() {
          for (const a of agents) await a.close().catch(() => undefined);
          await connector.stop();
          await target.cleanup();
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          try {
            for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
          } finally {
            await c.end();
          }
        },
      };
    },
  };
}

const pgUrl = await probePostgres();
/** The sqlite3 driver (where better-sqlite3 has no build): the end-to-end flow runs on it too (flow.test.ts). */
export const SQLITE3_DRIVER_BACKEND = sqlite('SQLite through the sqlite3 driver', { sqlite3Driver: true });
/**
 * Agents whose invitations make XSalsa20-Poly1305 connections (docs/protocol.md 24), on the
 * @noble provider (where that suite is the fast one): the flow and control suites run on it.
 */
export const XSALSA_BACKEND = sqlite('SQLite with XSalsa20-Poly1305 records', { suite: 'xsalsa20-poly1305', crypto: nobleCrypto });

export const PLUGIN_BACKENDS: PluginBackend[] = [
  sqlite('SQLite'),
  sqlite('SQLite with the @noble provider', { crypto: nobleCrypto }),
  // Every invitation of these agents makes an ETAMP connection (docs/protocol.md 23), unless a test names the mode.
  sqlite('SQLite with ETAMP connections', { envelope: 'etamp' }),
  ...(pgUrl ? [postgres(pgUrl)] : []),
];

/** A backend as opened: its connector, a maker of agents on it, and its clean-up. */
export type OpenBackend = Awaited<ReturnType<PluginBackend['open']>>;

/**
 * A backend opened for one describe block, with an issuer and a holder on it: opened before
 * the block's tests (and before its own beforeAll hooks), closed after them.
 */
export function agentsOn(backend: PluginBackend, options: { holder?: Partial<AgentOptions> } = {}): { env: OpenBackend; issuer: TestAgent; holder: TestAgent } {
  const agents = {} as { env: OpenBackend; issuer: TestAgent; holder: TestAgent };
  beforeAll(async () => {
    agents.env = await backend.open();
    agents.issuer = await agents.env.agent();
    agents.holder = await agents.env.agent(options.holder);
  }, 60_000);
  afterAll(async () => {
    await agents.env?.close();
  }, 60_000);
  return agents;
}
