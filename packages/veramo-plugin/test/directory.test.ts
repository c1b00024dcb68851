/**
 * Sessions through the connector's key directory (docs/protocol.md 29, 30) with real agents and
 * a real connector: a holder sets up a connection with an issuer that is offline, sends at once,
 * and the issuer completes the session when it starts; one-time pre-keys are used once and the
 * stock refills; a bundle that is not the expected DID's is refused and nothing is kept.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorE2EError } from '../src/index.js';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

describe('connections set up from the key directory', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let holder: TestAgent;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-directory-'));
  const issuerKeys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
  let participantId: string;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url, database: join(dir, 'issuer.sqlite'), ...issuerKeys });
    holder = await makeAgent({ connectorUrl: connector.url });
  }, 60_000);

  afterAll(async () => {
    for (const a of [issuer, holder]) await a?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('an issuer publishes a signed bundle and one-time pre-keys, then goes offline', async () => {
    const published = await issuer.agent.e2ePublishDirectory({ did: issuer.did, oneTimePrekeys: 2 });
    expect(published).toMatchObject({ did: issuer.did, connectorUrl: connector.url, stock: 2 });
    participantId = published.participantId;
    await issuer.close();
  }, 60_000);

  it('a holder connects while the issuer is offline and sends at once; the issuer, started again, completes the session, reads it and answers', async () => {
    const connection = await holder.agent.e2eConnectDirectory({ participantId, peerDid: issuer.did, did: holder.did });
    expect(connection.state).toBe('established');
    const sent = await holder.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'sent.while.offline' } } });
    issuer = await makeAgent({ connectorUrl: connector.url, database: join(dir, 'issuer.sqlite'), did: issuer.did, ...issuerKeys });
    await issuer.agent.e2eStartListening({});
    const got = await eventually(async () => (await issuer.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages.find((m) => m.messageId === sent.messageId), 20_000, "the holder's first message");
    expect(got.message.credentialJwt?.jwt).toBe('sent.while.offline');
    const atIssuer = await issuer.agent.e2eGetConnection({ connectionId: connection.connectionId });
    expect(atIssuer).toMatchObject({ state: 'established', peerDid: holder.did, role: 'issuer' });
    const reply = await issuer.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'a.reply' } } });
    await eventually(async () => (await holder.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages.some((m) => m.messageId === reply.messageId), 20_000, "the issuer's reply");
  }, 90_000);

  it('after inits used up its one-time pre-keys below the threshold the issuer tops the stock up, and the next connection works', async () => {
    const first = await holder.agent.e2eConnectDirectory({ participantId, peerDid: issuer.did, did: holder.did });
    // the issuer's refill after the first init left the stock well above what was published
    const stock = await eventually(async () => {
      const p = await issuer.agent.e2ePublishDirectory({ did: issuer.did, oneTimePrekeys: 0 });
      return p.stock >= 5 ? p : undefined;
    }, 20_000, 'the refill');
    expect(stock.stock).toBeGreaterThanOrEqual(5);
    const sent = await holder.agent.e2eSendMessage({ connectionId: first.connectionId, message: { credentialJwt: { jwt: 'second' } } });
    await eventually(async () => (await issuer.agent.e2eGetMessages({ connectionId: first.connectionId })).messages.some((m) => m.messageId === sent.messageId), 20_000, 'the second connection');
  }, 90_000);

  it('an owner whose stock is empty is still reached: the set-up runs without a one-time pre-key', async () => {
    const owner = await makeAgent({ connectorUrl: connector.url });
    try {
      const published = await owner.agent.e2ePublishDirectory({ did: owner.did, oneTimePrekeys: 0 });
      expect(published.stock).toBe(0);
      const connection = await holder.agent.e2eConnectDirectory({ participantId: published.participantId, peerDid: owner.did, did: holder.did });
      const sent = await holder.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'no.prekey' } } });
      await eventually(async () => (await owner.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages.some((m) => m.messageId === sent.messageId), 20_000, 'the message');
    } finally {
      await owner.close();
    }
  }, 60_000);

  it('a bundle signed by another DID than the one asked for is refused with bad_signature and nothing is kept', async () => {
    const before = (await holder.agent.e2eListConnections({})).connections.length;
    const e = await holder.agent.e2eConnectDirectory({ participantId, peerDid: holder.did, did: holder.did }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(ConnectorE2EError.is(e, 'bad_signature'), String(e)).toBe(true);
    expect((await holder.agent.e2eListConnections({})).connections).toHaveLength(before);
  }, 60_000);

  it('refuses malformed arguments as invalid_argument', async () => {
    for (const args of [{ participantId: '', peerDid: issuer.did }, { participantId, peerDid: 'issuer' }, { participantId, peerDid: issuer.did, connectorUrl: 'ftp://x' }]) {
      const e = await holder.agent.e2eConnectDirectory(args).then(
        () => undefined,
        (err: unknown) => err as Error,
      );
      expect(e?.message, JSON.stringify(args)).toMatch(/^invalid_argument: /);
    }
    expect(((await issuer.agent.e2ePublishDirectory({ did: issuer.did, oneTimePrekeys: 101 }).catch((err: Error) => err)) as Error).message).toMatch(/^invalid_argument: /);
  });
});
