/**
 * A malicious relay between the agents and a real connector (test/relay-proxy.ts). It cannot
 * alter requests (they are signed), so it attacks what comes back: it replays, duplicates, reflects, reorders and drops records. Every attack must either
 * fail with a typed error or end with each message delivered exactly once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, type TestAgent } from './helpers.js';
import { frameOf, ITEM_KIND, type RelayItem, type RelayProxy } from './relay-proxy.js';
import { relayedPair } from './relayed-pair.js';

const isRecordOn = (connectionId: string) => (item: RelayItem) => item.connectionId === connectionId && !!frameOf(item)?.record;

async function inbox(a: TestAgent, connectionId: string): Promise<{ message_id: string; epoch: number; counter: number }[]> {
  return a.db.query('SELECT message_id, epoch, counter FROM e2e_inbox WHERE connection_id = ? ORDER BY id', [connectionId]);
}

async function outboxRecords(a: TestAgent, connectionId: string): Promise<number> {
  const rows: { n: number }[] = await a.db.query("SELECT COUNT(*) AS n FROM e2e_outbox WHERE connection_id = ? AND kind = 'record'", [connectionId]);
  return Number(rows[0]!.n);
}

async function parked(a: TestAgent, connectionId: string): Promise<{ reason: string }[]> {
  return a.db.query('SELECT reason FROM e2e_parked WHERE connection_id = ?', [connectionId]);
}

const credential = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

describe.each(['plain', 'etamp'] as const)('a malicious relay between two agents and the connector, on %s connections', (envelope) => {
  const pair = relayedPair({ issuer: { envelope }, holder: { envelope } });
  let relay: RelayProxy, issuer: TestAgent, holder: TestAgent, issuerId: string, holderId: string;
  beforeAll(() => void ({ relay, issuer, holder, issuerId, holderId } = pair));

  async function connect(): Promise<string> {
    const connectionId = await pair.connect();
    expect((await holder.agent.e2eGetConnection({ connectionId })).envelope ?? 'plain').toBe(envelope);
    return connectionId;
  }

  it('a record the relay duplicates and replays later is delivered once and the sender outbox still clears', async () => {
    const connectionId = await connect();
    let first: RelayItem | undefined;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId) return items;
      return items.flatMap((item) => {
        if (first || !isRecordOn(connectionId)(item)) return [item];
        first = item;
        // Two copies in flight at once; the second under a seq of its own so the client does not hide it.
        return [item, { ...item, seq: relay.freshSeq() }];
      });
    };
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(1) });
    await eventually(async () => (await inbox(holder, connectionId)).length > 0, 15_000, 'the first delivery');
    relay.onDeliveries = undefined;

    // Replays after it was processed and acked, three times.
    for (let i = 0; i < 3; i++) expect(relay.inject(holderId, [{ ...first!, seq: relay.freshSeq() }])).toBe(1);
    // Items are handled in order: once this one is in, the replays have been handled too.
    const next = await issuer.agent.e2eSendMessage({ connectionId, message: credential(2) });
    await eventually(async () => (await inbox(holder, connectionId)).length >= 2, 15_000, 'the second message');

    const rows = await inbox(holder, connectionId);
    expect(rows.map((r) => r.message_id)).toEqual([sent.messageId, next.messageId]);
    expect(rows.map((r) => r.counter)).toEqual([sent.counter, next.counter]);
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 15_000, 'the end-to-end acks');
    expect(await parked(holder, connectionId)).toEqual([]);
  });

  it("a record reflected back to its sender is rejected and stores nothing on the sender's side", async () => {
    const connectionId = await connect();
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(3) });
    await eventually(async () => (await inbox(holder, connectionId)).length > 0, 15_000, 'the delivery');
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 15_000, 'the end-to-end ack');
    const record = relay.seen.find((s) => s.participant === holderId && isRecordOn(connectionId)(s.item))!.item;
    const before = await issuer.agent.e2eGetConnection({ connectionId });

    expect(relay.inject(issuerId, [{ ...record, seq: relay.freshSeq() }])).toBe(1);
    // The holder's answer comes after the reflection in the issuer's mailbox order.
    const reply = await holder.agent.e2eSendMessage({ connectionId, message: credential(4) });
    await eventually(async () => (await inbox(issuer, connectionId)).length > 0, 15_000, "the holder's message");

    const rows = await inbox(issuer, connectionId);
    expect(rows.map((r) => r.message_id)).toEqual([reply.messageId]);
    expect(rows.map((r) => r.message_id)).not.toContain(sent.messageId);
    expect(await parked(issuer, connectionId)).toEqual([]);
    const after = await issuer.agent.e2eGetConnection({ connectionId });
    expect(after.state).toBe('established');
    expect(after.epoch).toBe(before.epoch);
  });

  it('records the relay reorders within the window are all delivered exactly once', async () => {
    const connectionId = await connect();
    const held: RelayItem[] = [];
    const count = 6;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId) return items;
      const out: RelayItem[] = [];
      for (const item of items) {
        if (!isRecordOn(connectionId)(item)) out.push(item);
        else held.push(item);
      }
      // Release the whole batch in reverse order once it is complete.
      if (held.length === count) out.push(...held.splice(0).reverse());
      return out;
    };
    const sent = [];
    for (let i = 0; i < count; i++) sent.push(await issuer.agent.e2eSendMessage({ connectionId, message: credential(10 + i) }));
    await eventually(async () => (await inbox(holder, connectionId)).length >= count, 15_000, 'all records');
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 15_000, 'the end-to-end acks');

    const rows = await inbox(holder, connectionId);
    expect(rows).toHaveLength(count);
    expect(rows.map((r) => r.counter)).toEqual(sent.map((s) => s.counter).reverse());
    expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(sent.map((s) => s.messageId)));
    expect(await parked(holder, connectionId)).toEqual([]);
  });

  it('a record the relay swallows once arrives later through retransmission, exactly once', async () => {
    const connectionId = await connect();
    let dropped: RelayItem | undefined;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId || ctx.via !== 'ws') return items;
      return items.filter((item) => {
        if (dropped || !isRecordOn(connectionId)(item)) return true;
        dropped = item;
        // A relay that drops a message also deletes it: it acks it at the connector itself.
        relay.ackUpstream(holderId, [{ connectionId: item.connectionId, messageId: item.messageId }]);
        return false;
      });
    };
    const started = Date.now();
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(20) });
    expect(sent.delivered).toBe(true);
    await eventually(async () => (await inbox(holder, connectionId)).length > 0, 20_000, 'the retransmitted record');
    expect(dropped).toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500); // it came with the retransmission, not the first push
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 15_000, 'the end-to-end ack');
    const rows = await inbox(holder, connectionId);
    expect(rows.map((r) => r.message_id)).toEqual([sent.messageId]);
    // Same ciphertext both times (an ETAMP envelope is signed again, around the same record).
    const content = (item: RelayItem) => Buffer.from(frameOf(item)!.record!.content as Uint8Array).toString('hex');
    const deliveredCopies = relay.seen.filter((s) => s.participant === holderId && s.item.connectionId === connectionId && frameOf(s.item)?.record);
    expect(deliveredCopies.map((s) => content(s.item))).toEqual([content(dropped!)]);
  });

  it('a record the relay withholds without deleting it still arrives exactly once', async () => {
    const connectionId = await connect();
    let withheld: RelayItem | undefined;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId || ctx.via !== 'ws') return items;
      return items.filter((item) => {
        if (withheld || !isRecordOn(connectionId)(item)) return true;
        withheld = item;
        return false;
      });
    };
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(30) });
    await eventually(async () => (await inbox(holder, connectionId)).length > 0, 20_000, 'the withheld record');
    await eventually(async () => (await outboxRecords(issuer, connectionId)) === 0, 15_000, 'the end-to-end ack');
    expect((await inbox(holder, connectionId)).map((r) => r.message_id)).toEqual([sent.messageId]);
  });

  it('the message ids the connector sees for records are random: they name neither epoch, sending key nor counter', async () => {
    const connectionId = await connect();
    for (let i = 0; i < 5; i++) await issuer.agent.e2eSendMessage({ connectionId, message: credential(40 + i) });
    await eventually(async () => (await inbox(holder, connectionId)).length === 5, 15_000, 'the five records');
    const ids = relay.seen.filter((s) => s.participant === holderId && isRecordOn(connectionId)(s.item)).map((s) => s.item.messageId);
    const unique = [...new Set(ids)];
    expect(unique).toHaveLength(5);
    for (const id of unique) expect(id).toMatch(/^r\.[A-Za-z0-9_-]{16}$/); // 12 random bytes
    const counters = (await inbox(holder, connectionId)).map((r) => String(r.counter));
    for (const id of unique) for (const c of counters) expect(id.split('.').slice(1)).not.toContain(c);
  });
});
