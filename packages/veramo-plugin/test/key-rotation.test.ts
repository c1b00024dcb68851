/**
 * Key evolution through real agents: a connection's own sending-key rotation (kept across a
 * restart), and DID-signed, root-chained rekeys between agents whose DIDs sign with secp256k1
 * (ES256K) as well as Ed25519.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

describe("a connection's own sending-key rotation", () => {
  let connector: TestConnector;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-rotation-'));
  const closers: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    connector = await startConnector();
  }, 30_000);

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('overrides the agent policy for that connection only, survives a restart, and is refused with invalid_argument when not a positive integer', async () => {
    const config = { connectorUrl: connector.url, database: join(dir, 'issuer.sqlite'), secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    let issuer = await makeAgent(config);
    const did = issuer.did;
    const holder = await makeAgent({ connectorUrl: connector.url });
    closers.push(() => holder.close());
    const connect = async () => {
      const invitation = await issuer.agent.e2eCreateInvitation({ did });
      return (await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did })).connectionId;
    };
    const fast = await connect();
    const other = await connect();
    const set = await issuer.agent.e2eSetKeyRotation({ connectionId: fast, sendingKeyRotation: { records: 4 } });
    expect(set.sendingKeyRotation).toEqual({ records: 4, ms: 24 * 3600_000 });
    expect((await issuer.agent.e2eGetConnection({ connectionId: other })).sendingKeyRotation).toEqual({ records: 100_000, ms: 24 * 3600_000 });

    const keysOf = async (agent: TestAgent, connectionId: string, n: number, tag: string) => {
      const ids = new Set<string>();
      for (let i = 0; i < n; i++) ids.add((await agent.agent.e2eSendMessage({ connectionId, message: { messageId: `${tag}-${i}`, credentialJwt: { jwt: 'a.b.c' } } })).keyId);
      return ids.size;
    };
    expect(await keysOf(issuer, fast, 12, 'fast')).toBe(3);
    expect(await keysOf(issuer, other, 12, 'other')).toBe(1);

    // Refused inputs change nothing.
    await expect(issuer.agent.e2eSetKeyRotation({ connectionId: fast, sendingKeyRotation: { records: 0 } })).rejects.toThrow(/^invalid_argument:/);
    await expect(issuer.agent.e2eSetKeyRotation({ connectionId: fast, sendingKeyRotation: { ms: 1.5 } })).rejects.toThrow(/^invalid_argument:/);
    await expect(issuer.agent.e2eSetKeyRotation({ connectionId: 'nope', sendingKeyRotation: { records: 5 } })).rejects.toThrow(/^not_found:/);

    // A restart keeps the connection's policy (and, as always, starts a new key).
    await issuer.close();
    issuer = await makeAgent({ ...config, did });
    closers.push(() => issuer.close());
    expect((await issuer.agent.e2eGetConnection({ connectionId: fast })).sendingKeyRotation).toEqual({ records: 4, ms: 24 * 3600_000 });
    expect(await keysOf(issuer, fast, 8, 'after-restart')).toBe(2);

    // Without a policy the connection follows the agent's again.
    const reset = await issuer.agent.e2eSetKeyRotation({ connectionId: fast });
    expect(reset.sendingKeyRotation).toEqual({ records: 100_000, ms: 24 * 3600_000 });
    expect(await keysOf(issuer, fast, 6, 'reset')).toBe(1);

    const got = async () => (await holder.agent.e2eGetMessages({ connectionId: fast, limit: 1000 })).messages.map((m) => m.messageId);
    await eventually(async () => (await got()).length === 12 + 8 + 6, 30_000, 'every message at the holder');
  }, 120_000);
});

describe('DID-signed rekeys between agents whose DIDs sign with secp256k1', () => {
  let connector: TestConnector;
  const closers: Array<() => Promise<void>> = [];

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    await connector?.stop();
  });

  it('chain two epochs (ES256K signatures on both sides) and messages flow in each', async () => {
    connector = await startConnector();
    const issuer = await makeAgent({ connectorUrl: connector.url, keyType: 'Secp256k1' });
    const holder = await makeAgent({ connectorUrl: connector.url, keyType: 'Secp256k1' });
    closers.push(() => issuer.close(), () => holder.close());
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    for (const [who, epoch] of [[holder, 1], [issuer, 2]] as const) {
      await who.agent.e2eRekey({ connectionId });
      await eventually(
        async () => (await issuer.agent.e2eGetConnection({ connectionId })).epoch === epoch && (await holder.agent.e2eGetConnection({ connectionId })).epoch === epoch,
        20_000,
        `both sides in epoch ${epoch}`,
      );
      await issuer.agent.e2eSendMessage({ connectionId, message: { messageId: `e${epoch}`, credentialJwt: { jwt: 'a.b.c' } } });
      await eventually(async () => (await holder.agent.e2eGetMessages({ connectionId, limit: 100 })).messages.some((m) => m.messageId === `e${epoch}` && m.epoch === epoch), 20_000, `the message of epoch ${epoch}`);
    }
  }, 90_000);
});
