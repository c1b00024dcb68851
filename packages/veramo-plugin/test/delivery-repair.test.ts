/**
 * Delivery repairs itself when the receiver cannot open what the sender still has outstanding:
 * a receiver whose window was rolled back by a restore gets a counter resync naming the oldest
 * record it still needs; a record held back until the receiver's window moved past it is sealed
 * again under a fresh counter and arrives once.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectorParticipantId, fromBase64url, fromHex, REPLAY_WINDOW } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';
import { RelayProxy } from './relay-proxy.js';
import { isRecordFrame } from '../../../test/kit/frames.js';

const jwt = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

async function inboxIds(a: TestAgent, connectionId: string): Promise<string[]> {
  const rows: { message_id: string }[] = await a.db.query('SELECT message_id FROM e2e_inbox WHERE connection_id = ? ORDER BY id', [connectionId]);
  return rows.map((r) => r.message_id);
}

async function outboxRecords(a: TestAgent, connectionId: string): Promise<number> {
  const rows: { n: number }[] = await a.db.query("SELECT COUNT(*) AS n FROM e2e_outbox WHERE connection_id = ? AND kind = 'record'", [connectionId]);
  return Number(rows[0]!.n);
}

describe('delivery repairs itself', () => {
  let connector: TestConnector;
  let relay: RelayProxy;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-repair-'));
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    connector = await startConnector();
    relay = await RelayProxy.start(connector.url);
  }, 60_000);

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    await relay?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a holder restored from a snapshot taken before it accepted more than the look-ahead still gets every later message', async () => {
    const issuer = await makeAgent({ connectorUrl: connector.url });
    closers.push(() => issuer.close());
    const db = join(dir, 'holder.sqlite');
    const config = { connectorUrl: connector.url, database: db, secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    let holder = await makeAgent(config);
    const did = holder.did;
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');

    // Snapshot the holder's database (stopped, so the copy is consistent): taken before it knew any sending key of the issuer.
    await holder.close();
    for (const suffix of ['', '-wal']) if (existsSync(db + suffix)) copyFileSync(db + suffix, `${db}.snap${suffix}`);
    holder = await makeAgent({ ...config, did });
    await holder.agent.e2eStartListening({});
    const before = Array.from({ length: 80 }, (_, i) => `before-${i}`);
    for (const [i, id] of before.entries()) await issuer.agent.e2eSendMessage({ connectionId, message: { ...jwt(i), messageId: id } });
    await eventually(async () => (await inboxIds(holder, connectionId)).length === before.length, 30_000, 'the messages before the restore');
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 15_000, 'their acks');

    // Restore: the holder's window goes back 80 records, beyond the look-ahead of 64.
    await holder.close();
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    for (const suffix of ['', '-wal']) if (existsSync(`${db}.snap${suffix}`)) copyFileSync(`${db}.snap${suffix}`, db + suffix);
    holder = await makeAgent({ ...config, did });
    closers.push(() => holder.close());
    await holder.agent.e2eStartListening({});
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: { ...jwt(100), messageId: 'after-restore' } });
    expect(sent.counter).toBeGreaterThan(64);
    await eventually(async () => (await inboxIds(holder, connectionId)).includes('after-restore'), 30_000, 'the message after the restore');
    expect((await inboxIds(holder, connectionId)).filter((id) => id === 'after-restore')).toHaveLength(1);
  }, 120_000);

  it('a record the relay holds back until the receiver accepted more than the replay window after it is sealed again and arrives once', async () => {
    const issuer = await makeAgent({ connectorUrl: relay.url });
    const holder = await makeAgent({ connectorUrl: relay.url });
    closers.push(() => issuer.close(), () => holder.close());
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');
    const rows: { public_key: string }[] = await holder.db.query('SELECT public_key FROM e2e_participant');
    const holderId = connectorParticipantId(nodeCrypto, fromHex(rows[0]!.public_key));

    // The relay withholds the next record (every copy of its ciphertext) while later ones pass.
    await new Promise((r) => setTimeout(r, 500)); // the handshake's acks are through
    let withheld: string | undefined;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId) return items;
      return items.filter((i) => {
        const b64 = Buffer.from(i.payload).toString('base64url');
        if (!withheld && i.connectionId === connectionId && isRecordFrame(i.payload)) withheld = b64;
        return b64 !== withheld;
      });
    };
    const held = await issuer.agent.e2eSendMessage({ connectionId, message: { ...jwt(0), messageId: 'held-back' } });
    await eventually(() => withheld !== undefined, 10_000, 'the relay to hold a record back');
    const frame: { frame: string }[] = await issuer.db.query('SELECT frame FROM e2e_outbox WHERE connection_id = ? AND counter = ?', [connectionId, held.counter]);
    expect(Buffer.from(fromBase64url(frame[0]!.frame)!).toString('base64url')).toBe(withheld);
    try {
      for (let i = 1; i <= REPLAY_WINDOW + 10; i++) await issuer.agent.e2eSendMessage({ connectionId, message: { ...jwt(i), messageId: `later-${i}` } });
      await eventually(async () => (await inboxIds(holder, connectionId)).length >= REPLAY_WINDOW + 10, 30_000, 'the later messages');
      // The original ciphertext can never open now; the sender learns it from the acks and seals it again.
      await eventually(async () => (await inboxIds(holder, connectionId)).includes('held-back'), 30_000, 'the held-back message, sealed again');
    } finally {
      relay.onDeliveries = undefined;
    }
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 30_000, 'every end-to-end ack');
    expect((await inboxIds(holder, connectionId)).filter((id) => id === 'held-back')).toHaveLength(1);
  }, 120_000);
});
