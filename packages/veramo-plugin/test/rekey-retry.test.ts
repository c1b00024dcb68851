/**
 * A rekey whose message the relay made disappear is started again: without that, a holder that
 * answered a RekeyBundle whose RekeyInit never arrived waited for the confirmation forever, and
 * one that had to rekey before sending again (a restore detected) could never send again.
 */
import { connectorParticipantId, fromHex } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REKEY_RETRY_MS } from '../src/limits.js';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';
import { RelayProxy } from './relay-proxy.js';
import { isControlFrame } from '../../../test/kit/frames.js';

async function participantOf(a: TestAgent): Promise<string> {
  const rows: { public_key: string }[] = await a.db.query('SELECT public_key FROM e2e_participant');
  return connectorParticipantId(nodeCrypto, fromHex(rows[0]!.public_key));
}


describe('a rekey that lost a message', () => {
  let connector: TestConnector;
  let relay: RelayProxy;
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    connector = await startConnector();
    relay = await RelayProxy.start(connector.url);
  }, 60_000);

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    await relay?.close();
    await connector?.stop();
  });

  it('is started again once the pending one is old, and completes', async () => {
    // Both agents read one clock that the test moves forward instead of waiting.
    let skew = 0;
    const clock = () => Date.now() + skew;
    const issuer = await makeAgent({ connectorUrl: relay.url, clock });
    // The holder asks for a rekey after three records (policy), so the rekey starts by itself.
    const holder = await makeAgent({ connectorUrl: relay.url, rekeyAfterMessages: 3, clock });
    closers.push(() => issuer.close(), () => holder.close());
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');
    const [issuerId, holderId] = [await participantOf(issuer), await participantOf(holder)];

    // Once the issuer's RekeyBundle has passed, the relay deletes the holder's RekeyInit.
    let bundlePassed = false;
    let swallowed = false;
    relay.onDeliveries = (items, ctx) =>
      items.filter((i) => {
        if (i.connectionId !== connectionId || !isControlFrame(i.payload)) return true;
        if (ctx.participant === holderId && !bundlePassed) bundlePassed = true;
        else if (ctx.participant === issuerId && bundlePassed && !swallowed) {
          swallowed = true;
          relay.ackUpstream(issuerId, [{ connectionId: i.connectionId, messageId: i.messageId }]);
          return false;
        }
        return true;
      });
    for (let i = 0; i < 4; i++) await holder.agent.e2eSendMessage({ connectionId, message: { messageId: `m${i}`, credentialJwt: { jwt: 'a.b.c' } } });
    await eventually(() => swallowed, 15_000, 'the relay to delete the RekeyInit');
    relay.onDeliveries = undefined;
    // Nothing repairs it while the pending rekey is young: the holder keeps sending in epoch 0.
    for (let i = 0; i < 4; i++) await holder.agent.e2eSendMessage({ connectionId, message: { messageId: `young${i}`, credentialJwt: { jwt: 'a.b.c' } } });
    expect((await holder.agent.e2eGetConnection({ connectionId })).epoch ?? 0).toBe(0);
    skew += REKEY_RETRY_MS;

    // The holder keeps sending; now that its pending rekey is old it asks again and the rekey completes.
    let n = 4;
    await eventually(
      async () => {
        await holder.agent.e2eSendMessage({ connectionId, message: { messageId: `m${n++}`, credentialJwt: { jwt: 'a.b.c' } } });
        const [h, i] = [await holder.agent.e2eGetConnection({ connectionId }), await issuer.agent.e2eGetConnection({ connectionId })];
        return (h.epoch ?? 0) >= 1 && h.epoch === i.epoch;
      },
      20_000,
      'a completed rekey',
    );
    expect((await holder.agent.e2eGetConnection({ connectionId })).epoch).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
