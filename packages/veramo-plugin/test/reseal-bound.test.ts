/**
 * Records are sealed again only for a peer that acks: a holder whose database was restored to an
 * older epoch and whose rekey cannot complete cannot open the issuer's records and so cannot
 * ack, and its status reports must not make the issuer seal the same messages again and again
 * (found by the chaos harness: twelve thousand counters in a minute).
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestConnector } from './helpers.js';
import { RelayProxy } from './relay-proxy.js';
import { isControlFrame } from '../../../test/kit/frames.js';

describe('a peer that cannot ack', () => {
  let connector: TestConnector;
  let relay: RelayProxy;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-reseal-'));
  const closers: Array<() => Promise<void>> = [];

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    await relay?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is not sent the same messages again and again while its rekey cannot complete, and none is lost', async () => {
    connector = await startConnector();
    relay = await RelayProxy.start(connector.url);
    const issuer = await makeAgent({ connectorUrl: relay.url });
    closers.push(() => issuer.close());
    const db = join(dir, 'holder.sqlite');
    const config = { connectorUrl: relay.url, database: db, secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    let holder = await makeAgent(config);
    const did = holder.did;
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');

    // Restore the holder to a snapshot of an older epoch: it must rekey before it seals.
    await holder.close();
    for (const s of ['', '-wal']) if (existsSync(db + s)) copyFileSync(db + s, `${db}.snap${s}`);
    holder = await makeAgent({ ...config, did });
    await holder.agent.e2eSendMessage({ connectionId, message: { messageId: 'before-restore', credentialJwt: { jwt: 'a.b.c' } } });
    await issuer.agent.e2eRekey({ connectionId });
    await eventually(async () => ((await holder.agent.e2eGetConnection({ connectionId })).epoch ?? 0) >= 1, 15_000, 'the rekey at the holder');
    await holder.close();
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    for (const s of ['', '-wal']) if (existsSync(`${db}.snap${s}`)) copyFileSync(`${db}.snap${s}`, db + s);
    // ...and its rekey cannot complete: the relay deletes every control message longer than a
    // status report (rekey requests and rekey messages carry a reason or keys), both ways.
    relay.onDeliveries = (items, ctx) =>
      items.filter((i) => {
        if (!isControlFrame(i.payload) || i.payload.length <= 90) return true;
        relay.ackUpstream(ctx.participant, [{ connectionId: i.connectionId, messageId: i.messageId }]);
        return false;
      });
    holder = await makeAgent({ ...config, did });
    closers.push(() => holder.close());
    await holder.agent.e2eStartListening({});
    // The restored holder seals in epoch 0, which the issuer still holds as its previous epoch, so
    // this reaches it; the issuer's records of epoch 1 the holder cannot open (nor the control
    // messages that would tell it so: they are under epoch 1's control key, and its signed rekey
    // request is deleted by the relay), so it acks none of them.
    await holder.agent.e2eSendMessage({ connectionId, message: { messageId: 'after-restore', credentialJwt: { jwt: 'a.b.c' } } });
    await eventually(
      async () => (await issuer.agent.e2eGetMessages({ connectionId, limit: 1000 })).messages.some((m) => m.messageId === 'after-restore'),
      15_000,
      'the restored holder to reach the issuer',
    );

    const sends = 100;
    for (let i = 0; i < sends; i++) await issuer.agent.e2eSendMessage({ connectionId, message: { messageId: `m${i}`, credentialJwt: { jwt: 'a.b.c' } } });
    const sendNext = (await issuer.agent.e2eGetConnection({ connectionId })).sendNext!;
    // Retransmissions without acks make the issuer ask for the holder's status; the holder
    // answers (and reports unasked that it cannot open records). Wait until each side got at
    // least two of these small control frames: two status reports that could each have made
    // the issuer seal all 100 messages again.
    const mark = relay.seen.length;
    const smallControlFrames = () => {
      const to = new Map<string, number>();
      for (const { participant, item } of relay.seen.slice(mark)) if (isControlFrame(item.payload) && item.payload.length <= 90) to.set(participant, (to.get(participant) ?? 0) + 1);
      return to;
    };
    await eventually(() => smallControlFrames().size === 2 && [...smallControlFrames().values()].every((n) => n >= 2), 60_000, 'two status frames each way');
    const after = (await issuer.agent.e2eGetConnection({ connectionId })).sendNext!;
    expect(after - sendNext).toBeLessThan(10);
    const rows: { n: number }[] = await issuer.db.query("SELECT COUNT(*) AS n FROM e2e_outbox WHERE connection_id = ? AND kind = 'record'", [connectionId]);
    expect(Number(rows[0]!.n)).toBe(sends); // nothing lost: all still waiting for the holder's acks
  }, 120_000);
});
