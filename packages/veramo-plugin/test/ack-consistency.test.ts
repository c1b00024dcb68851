/**
 * A burst of sends on one connection, acked end to end in batches: no record is sealed twice.
 * An ack's receive_next must not run ahead of what the acks so far acknowledge, or the sender
 * takes records whose ack is still on its way for records the peer lost, and seals them again
 * (ack-batcher.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

describe('end-to-end acks under a burst', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let holder: TestAgent;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url });
    holder = await makeAgent({ connectorUrl: connector.url });
  }, 60_000);

  afterAll(async () => {
    await holder?.close();
    await issuer?.close();
    await connector?.stop();
  });

  it('400 messages sent 100 at a time arrive once each, and the sender seals each exactly once (its next counter is 400)', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');
    const total = 400;
    const sent: string[] = [];
    for (let wave = 0; wave < total / 100; wave++) {
      const results = await Promise.all(Array.from({ length: 100 }, (_, i) => issuer.agent.e2eSendMessage({ connectionId, message: { plainCredential: { encodedCredential: `c-${wave}-${i}` } } })));
      sent.push(...results.map((r) => r.messageId));
    }
    await eventually(async () => (await holder.db.query('SELECT COUNT(*) AS n FROM e2e_inbox WHERE connection_id = ?', [connectionId]))[0].n === total, 30_000, 'every message');
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).unacked === 0, 30_000, 'every end-to-end ack');
    const ids: { message_id: string }[] = await holder.db.query('SELECT message_id FROM e2e_inbox WHERE connection_id = ?', [connectionId]);
    expect(new Set(ids.map((r) => r.message_id))).toEqual(new Set(sent));
    // One sending key in this process life, no rotation due: counters 0..399, nothing sealed again.
    expect((await issuer.agent.e2eGetConnection({ connectionId })).sendNext).toBe(total);
  }, 90_000);
});
