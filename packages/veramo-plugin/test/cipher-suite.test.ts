/**
 * The cipher suite of a connection's records through the plugin (docs/protocol.md 24): named
 * per invitation or by the plugin's `suite` option, carried in the invitation URL, used by both
 * agents for every record (seen at the crypto provider), and refused when unknown.
 */
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { decodeInvitationUrl, observeSeals } from '@connector-e2e/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

describe('the cipher suite of a connection through the plugin', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let holder: TestAgent;
  /** Seals each agent's provider saw, by cipher (12-byte IVs are AES-GCM, 24-byte nonces XSalsa20). */
  const seals = { issuer: { gcm: 0, xsalsa: 0 }, holder: { gcm: 0, xsalsa: 0 } };
  const observed = (who: 'issuer' | 'holder') => observeSeals(nodeCrypto, (o) => void (o.iv.length === 24 ? seals[who].xsalsa++ : seals[who].gcm++));

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url, crypto: observed('issuer'), suite: 'xsalsa20-poly1305' });
    holder = await makeAgent({ connectorUrl: connector.url, crypto: observed('holder') });
  }, 60_000);

  afterAll(async () => {
    for (const a of [issuer, holder]) await a?.close();
    await connector?.stop();
  }, 60_000);

  async function connectAndExchange(suite?: 'aes-256-gcm' | 'xsalsa20-poly1305'): Promise<{ url: string }> {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did, ...(suite ? { suite } : {}) });
    const connection = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    const sent = await issuer.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'a.b.c' } } });
    await holder.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'd.e.f' } } });
    const got = await eventually(async () => (await holder.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages.find((m) => m.messageId === sent.messageId));
    expect(got.message.credentialJwt?.jwt).toBe('a.b.c');
    await eventually(async () => (await issuer.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages[0]);
    // Both end-to-end acks arrived, so both agents have sealed everything of this exchange.
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: connection.connectionId })).unacked === 0, 15_000, "the holder's ack");
    await eventually(async () => (await holder.agent.e2eGetConnection({ connectionId: connection.connectionId })).unacked === 0, 15_000, "the issuer's ack");
    return { url: invitation.url };
  }

  it("the issuer's default suite makes XSalsa20-Poly1305 connections: both sides seal their records (and acks) as secretboxes", async () => {
    const before = structuredClone(seals);
    const { url } = await connectAndExchange();
    expect(decodeInvitationUrl(url).suite).toBe('xsalsa20-poly1305');
    // Records, acks: secretboxes on both sides; control messages (sending-key announcements) stay AES-GCM.
    expect(seals.issuer.xsalsa - before.issuer.xsalsa).toBeGreaterThanOrEqual(2); // its record and its ack
    expect(seals.holder.xsalsa - before.holder.xsalsa).toBeGreaterThanOrEqual(2); // its record and its ack
  }, 60_000);

  it('an invitation that names AES-256-GCM overrides the default, and its records are never secretboxes', async () => {
    const before = structuredClone(seals);
    const { url } = await connectAndExchange('aes-256-gcm');
    expect(decodeInvitationUrl(url)).not.toHaveProperty('suite');
    expect(seals.issuer.xsalsa).toBe(before.issuer.xsalsa);
    expect(seals.holder.xsalsa).toBe(before.holder.xsalsa);
    expect(seals.issuer.gcm - before.issuer.gcm).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('an unknown suite is invalid_argument, for an invitation and as a plugin option', async () => {
    await expect(issuer.agent.e2eCreateInvitation({ did: issuer.did, suite: 'chacha20-poly1305' as never })).rejects.toThrow(/invalid_argument/);
    await expect(makeAgent({ connectorUrl: connector.url, suite: 'chacha20-poly1305' as never })).rejects.toThrow(/suite must be/);
  });
});
