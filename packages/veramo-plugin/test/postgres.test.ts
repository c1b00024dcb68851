/**
 * What only PostgreSQL has (the shared suites run the rest on it, backends.ts): 64-bit columns,
 * schemas, and two agent instances on one schema standing for two processes of one agent.
 * Agents in fresh schemas (dropped afterwards), a connector on PostgreSQL too.
 * Without a server the run is skipped with a visible notice, except on CI (CI=true), where
 * probePostgres fails instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBackend, probePostgres, type DbTarget } from '../../connector/test/helpers/backends.js';
import { eventually, makeAgent, startConnector, type AgentOptions, type TestAgent, type TestConnector } from './helpers.js';

const url = await probePostgres();

const credential = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

if (!url) {
  describe('the plugin on PostgreSQL', () => {
    it.skip('skipped: PostgreSQL unreachable', () => undefined);
  });
} else {
  describe('the plugin on PostgreSQL', () => {
    let target: DbTarget;
    let connector: TestConnector;
    const schemas: string[] = [];
    const agents: TestAgent[] = [];

    /** An agent in a schema of its own (or `schema`, to share one with another instance). */
    async function pgAgent(options: Partial<AgentOptions> & { schema?: string } = {}): Promise<TestAgent & { schema: string }> {
      const { schema: given, ...rest } = options;
      const schema = given ?? `e2e_agent_${randomBytes(6).toString('hex')}`;
      if (!schemas.includes(schema)) schemas.push(schema);
      const a = await makeAgent({ connectorUrl: connector.url, database: url!, pgSchema: schema, ...rest });
      agents.push(a);
      return Object.assign(a, { schema });
    }

    async function connect(issuer: TestAgent, holder: TestAgent): Promise<string> {
      const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
      const c = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
      expect(c.state).toBe('established');
      await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: c.connectionId })).state === 'established', 15_000, 'the issuer side');
      return c.connectionId;
    }

    async function inbox(a: TestAgent, connectionId: string): Promise<{ message_id: string; epoch: number; key_id: string; counter: number }[]> {
      return a.db.query('SELECT message_id, epoch, key_id, counter FROM e2e_inbox WHERE connection_id = $1 ORDER BY id', [connectionId]);
    }

    it('stores epochs and counters up to the protocol limit of 2^32 - 1 in the outbox and the inbox', async () => {
      const a = await pgAgent();
      const top = 2 ** 32 - 2;
      await a.db.query("INSERT INTO e2e_outbox (connection_id, message_id, kind, frame, epoch, counter, status, attempts, created_at, next_attempt_at) VALUES ('c', 'm', 'record', 'f', $1, $2, 'sent', 0, 0, 0)", [top + 1, top]);
      await a.db.query("INSERT INTO e2e_inbox (connection_id, epoch, counter, message_id, kind, plaintext_sealed, received_at) VALUES ('c', $1, $2, 'm', 'k', 'p', 0)", [top + 1, top]);
      const rows: { epoch: string; counter: string }[] = await a.db.query('SELECT epoch, counter FROM e2e_outbox UNION ALL SELECT epoch, counter FROM e2e_inbox');
      expect(rows.map((r) => [Number(r.epoch), Number(r.counter)])).toEqual([
        [top + 1, top],
        [top + 1, top],
      ]);
    });

    async function unackedRecords(a: TestAgent, connectionId: string): Promise<number> {
      const rows: { n: string }[] = await a.db.query("SELECT COUNT(*) AS n FROM e2e_outbox WHERE connection_id = $1 AND kind = 'record'", [connectionId]);
      return Number(rows[0]!.n);
    }

    beforeAll(async () => {
      target = await postgresBackend(url).create();
      connector = await startConnector(target);
    }, 60_000);

    afterAll(async () => {
      for (const a of agents) await a.close().catch(() => undefined);
      await connector?.stop();
      await target?.cleanup();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      } finally {
        await c.end();
      }
    }, 60_000);

    // The flow itself (invitation, session, credential, end-to-end ack) runs on PostgreSQL in the
    // shared suites (backends.ts); what is left here is what only PostgreSQL has.
    it("an agent's tables live in its own schema, not in public", async () => {
      const a = await pgAgent();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        const tables = await c.query('SELECT table_schema FROM information_schema.tables WHERE table_name = $1 AND table_schema IN ($2, $3)', ['e2e_connection', a.schema, 'public']);
        expect(tables.rows.map((r: { table_schema: string }) => r.table_schema)).toEqual([a.schema]);
      } finally {
        await c.end();
      }
    });

    it('two instances of one agent sending concurrently on one connection seal under sending keys of their own, never the same (key, counter), and every message arrives once', async () => {
      const keys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
      const first = await pgAgent(keys);
      const second = await pgAgent({ ...keys, schema: first.schema, did: first.did });
      const holder = await pgAgent();
      const connectionId = await connect(first, holder);
      expect((await second.agent.e2eGetConnection({ connectionId })).state).toBe('established');

      const perInstance = 20;
      const send = (a: TestAgent, base: number) => Array.from({ length: perInstance }, (_, i) => a.agent.e2eSendMessage({ connectionId, message: credential(base + i) }));
      // Interleave both instances' sends, all in flight at once.
      const results = await Promise.all([...send(first, 1000), ...send(second, 2000)]);

      const drawn = results.map((r) => `${r.epoch}/${r.keyId}/${r.counter}`);
      expect(new Set(drawn).size).toBe(2 * perInstance);
      // one sending key per process life: the two instances never share one
      expect(new Set(results.slice(0, perInstance).map((r) => r.keyId)).size).toBe(1);
      expect(new Set(results.slice(perInstance).map((r) => r.keyId)).size).toBe(1);
      expect(results[0]!.keyId).not.toBe(results[perInstance]!.keyId);
      expect(new Set(results.map((r) => r.messageId)).size).toBe(2 * perInstance);

      await eventually(async () => (await inbox(holder, connectionId)).length >= 2 * perInstance, 30_000, 'all messages');
      await eventually(async () => (await unackedRecords(first, connectionId)) === 0, 30_000, 'the end-to-end acks');
      const rows = await inbox(holder, connectionId);
      expect(rows).toHaveLength(2 * perInstance);
      expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(results.map((r) => r.messageId)));
      expect(new Set(rows.map((r) => `${r.epoch}/${r.key_id}/${r.counter}`))).toEqual(new Set(drawn));
      const texts = (await holder.agent.e2eGetMessages({ connectionId, limit: 1000 })).messages.map((m) => m.message.credentialJwt?.jwt);
      expect(new Set(texts)).toEqual(new Set([...Array.from({ length: perInstance }, (_, i) => credential(1000 + i)), ...Array.from({ length: perInstance }, (_, i) => credential(2000 + i))].map((c) => c.credentialJwt.jwt)));
    }, 90_000);
  });
}
