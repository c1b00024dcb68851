/**
 * Everything an agent stores, copied while it was stopped and put back after it had sent more:
 * on SQLite its whole directory (the database with its WAL and everything else the agent wrote
 * there), on PostgreSQL a pg_dump of its schema restored with pg_restore. The restored agent
 * seals only under a sending key it starts itself, so a test-wide (key, IV) oracle sees no pair
 * twice, and every message arrives exactly once, also when the relay withheld the records sealed
 * after the copy and hands them over only after the restore, and when the copy is from an older
 * epoch. (The agent's two secret keys are its configuration, the same before and after.)
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { connectorParticipantId, fromHex } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probePostgres } from '../../connector/test/helpers/backends.js';
import { eventually, makeAgent, sealOracle, startConnector, type AgentOptions, type TestAgent, type TestConnector } from './helpers.js';
import { frameOf, RelayProxy, type RelayItem } from './relay-proxy.js';

const run = promisify(execFile);

/** Where an agent keeps its state, and how a backup of all of it is taken and put back. */
interface AgentStorage {
  readonly name: string;
  /** Agent options that point at this storage. */
  options(): Partial<AgentOptions>;
  /** Takes the backup (the agent is stopped). */
  copy(): Promise<void>;
  /** Replaces everything the agent stores with the backup (the agent is stopped). */
  putBack(): Promise<void>;
}

function sqliteDirectory(root: string, name: string): AgentStorage {
  const dir = join(root, name);
  const copy = join(root, `${name}-copy`);
  mkdirSync(dir);
  return {
    name: 'a SQLite directory',
    options: () => ({ database: join(dir, 'agent.sqlite') }),
    async copy() {
      cpSync(dir, copy, { recursive: true }); // everything the agent wrote, while it is stopped
      expect(readdirSync(copy).length).toBeGreaterThan(0);
    },
    async putBack() {
      rmSync(dir, { recursive: true, force: true });
      cpSync(copy, dir, { recursive: true }); // the database, its WAL, everything
    },
  };
}

function postgresSchema(url: string, root: string, name: string): AgentStorage {
  const schema = `e2e_restore_${name.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  const dump = join(root, `${name}.pgdump`);
  const query = async (text: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  return {
    name: 'a PostgreSQL schema (pg_dump, pg_restore)',
    options: () => ({ database: url, pgSchema: schema }),
    async copy() {
      await run('pg_dump', ['--dbname', url, '--schema', schema, '--format', 'custom', '--file', dump]);
    },
    async putBack() {
      await query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await run('pg_restore', ['--dbname', url, '--exit-on-error', dump]);
    },
  };
}

const pgUrl = await probePostgres();
const STORES: ReadonlyArray<readonly [string, (root: string, name: string) => AgentStorage, 'plain' | 'etamp']> = [
  ['SQLite: the whole directory copied', sqliteDirectory, 'plain'],
  // The issuer's connections in ETAMP mode: every record and control message signed by its DID.
  ['SQLite, ETAMP connections: the whole directory copied', sqliteDirectory, 'etamp'],
  ...(pgUrl ? [['PostgreSQL: the schema dumped and restored', (root: string, name: string) => postgresSchema(pgUrl, root, name), 'plain'] as const] : []),
];

describe.each(STORES)("an agent's whole state restored from an older copy (%s)", (_label, storage, envelope) => {
  let connector: TestConnector;
  let relay: RelayProxy;
  let holder: TestAgent;
  let holderId: string;
  let root: string;
  const oracle = sealOracle();

  beforeAll(async () => {
    connector = await startConnector();
    relay = await RelayProxy.start(connector.url);
    holder = await makeAgent({ connectorUrl: relay.url });
    root = mkdtempSync(join(tmpdir(), 'e2e-restore-'));
  }, 60_000);

  afterAll(async () => {
    await holder?.close();
    await relay?.close();
    await connector?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function scenario(name: string, opts: { withhold?: boolean; rekeyAfterCopy?: boolean }) {
    const store = storage(root, name);
    const keys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    const start = (did?: string) => makeAgent({ connectorUrl: relay.url, ...store.options(), crypto: oracle.crypto, ...keys, envelope, ...(did ? { did } : {}) });
    const stop = async (a: TestAgent) => {
      await a.agent.e2eStopListening({});
      await a.db.destroy();
    };

    let issuer = await start();
    const did = issuer.did;
    const invitation = await issuer.agent.e2eCreateInvitation({ did });
    const { connectionId, envelope: mode } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    expect(mode ?? 'plain').toBe(envelope);
    holderId ??= connectorParticipantId(nodeCrypto, fromHex(((await holder.db.query('SELECT public_key FROM e2e_participant')) as { public_key: string }[])[0]!.public_key));
    const got = async () => (await holder.agent.e2eGetMessages({ connectionId, limit: 1000 })).messages.map((m) => m.messageId);
    const send = (a: TestAgent, id: string) => a.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: `jwt-${id}` }, messageId: id } });

    for (const id of ['a1', 'a2']) await send(issuer, id);
    await eventually(async () => (await got()).includes('a2'), 20_000, 'a2');
    await stop(issuer);
    await store.copy();

    issuer = await start(did);
    if (opts.rekeyAfterCopy) {
      await issuer.agent.e2eRekey({ connectionId });
      await eventually(async () => ((await holder.agent.e2eGetConnection({ connectionId })).epoch ?? 0) >= 1, 20_000, 'the rekey at the holder');
    }
    const withheld: RelayItem[] = [];
    if (opts.withhold) {
      // The relay keeps the records sealed after the copy from the holder (and the holder from acking them).
      relay.onDeliveries = (items, ctx) =>
        ctx.participant !== holderId ? items : items.filter((i) => !(i.connectionId === connectionId && frameOf(i)?.record && withheld.push(i)));
    }
    const before = await Promise.all(['b1', 'b2', 'b3'].map((id) => send(issuer, id)));
    if (opts.withhold) await eventually(() => withheld.length >= 3, 20_000, 'the relay to hold the records');
    else await eventually(async () => (await got()).includes('b3'), 20_000, 'b3');
    await stop(issuer);

    // Put the old copy back.
    await store.putBack();
    issuer = await start(did);
    try {
      const after = [];
      // A copy from an older epoch is told so by the holder's status report and rekeys first.
      const sendSoon = (id: string) => eventually(() => send(issuer, id).catch((e: Error) => (/^rekey_required/.test(e.message) ? undefined : Promise.reject(e))), 30_000, `a send of ${id}`);
      for (const id of ['c1', 'c2', 'c3']) after.push(await sendSoon(id));
      // The restored life seals under keys none of the earlier lives used (one per epoch it seals in).
      const earlier = new Set([...before.map((s) => s.keyId)]);
      expect(after.filter((s) => earlier.has(s.keyId))).toEqual([]);
      // Its copy is in epoch 0; the holder is in epoch 1, so its control messages are sealed under
      // a control key the restored issuer does not hold. On that hint the issuer offers a rekey
      // chained to its own epoch, the holder answers with its epoch in a signed request, and the
      // issuer re-roots to epoch 2 (protocol.md 12, 13.1).
      if (opts.rekeyAfterCopy) await eventually(async () => ((await issuer.agent.e2eGetConnection({ connectionId })).epoch ?? 0) >= 2, 30_000, 'the rekey past epoch 1');
      relay.onDeliveries = undefined; // the relay lets the withheld records go
      await eventually(async () => (await got()).length >= 8, 30_000, 'every message');
      expect((await got()).sort()).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3']);
      expect(oracle.repeats()).toEqual([]);
    } finally {
      relay.onDeliveries = undefined;
      await stop(issuer);
    }
  }

  it('seals under a new sending key after the restore: no (key, IV) pair twice, every message once', () => scenario('plain', {}), 90_000);

  it('with a relay that withheld the records sealed after the copy and delivers them after the restore, no (key, IV) pair twice and every message once', () =>
    scenario('withheld', { withhold: true }), 90_000);

  it('from a copy of an older epoch, rekeys past the epoch the peer is in, with no (key, IV) pair twice and every message once', () =>
    scenario('older-epoch', { rekeyAfterCopy: true }), 90_000);
});
