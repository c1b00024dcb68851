/**
 * ETAMP connections (docs/protocol.md 23) between two real agents through a real connector:
 * the mode travels in the invitation, every record and control message goes through the
 * connector inside an envelope signed by the sender's DID, and what arrives is exactly what a
 * plain connection would deliver.
 */
import { getDidKeyResolver } from '@veramo/did-provider-key';
import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { encodeFrame } from '@connector-e2e/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentsOn, PLUGIN_BACKENDS, type PluginBackend } from './backends.js';
import { eventually, type TestAgent } from './helpers.js';
import { frameOf, type RelayItem, type RelayProxy } from './relay-proxy.js';
import { relayedPair } from './relayed-pair.js';

const resolver = new Resolver({ ...getDidKeyResolver() });

describe.each(PLUGIN_BACKENDS)('an ETAMP connection on $name', (backend: PluginBackend) => {
  const agents = agentsOn(backend, { holder: { keyType: 'Secp256k1' } });
  let issuer: TestAgent, holder: TestAgent;
  beforeAll(() => void ({ issuer, holder } = agents));

  it('carries messages both ways in signed envelopes that did-jwt verifies, and both sides report the mode', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did, envelope: 'etamp' });
    const connection = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    expect(connection).toMatchObject({ state: 'established', envelope: 'etamp' });
    const id = connection.connectionId;
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: id })).state === 'established');
    expect((await issuer.agent.e2eGetConnection({ connectionId: id })).envelope).toBe('etamp');

    const sent = await issuer.agent.e2eSendMessage({ connectionId: id, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    const back = await holder.agent.e2eSendMessage({ connectionId: id, message: { customMessage: { typeUrl: 'example/thanks', value: 'dGhhbmtz' } } });
    const atHolder = await eventually(async () => (await holder.agent.e2eGetMessages({ connectionId: id })).messages[0]);
    expect(atHolder).toMatchObject({ messageId: sent.messageId, kind: 'credentialJwt' });
    expect(atHolder.message.credentialJwt?.jwt).toBe('eyJhbGciOiJFZERTQSJ9.e30.c2ln');
    const atIssuer = await eventually(async () => (await issuer.agent.e2eGetMessages({ connectionId: id })).messages[0]);
    expect(atIssuer).toMatchObject({ messageId: back.messageId, kind: 'customMessage' });
    // Acks travel in envelopes too, and clear both outboxes.
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: id })).unacked === 0, 15_000, "the holder's ack");
    await eventually(async () => (await holder.agent.e2eGetConnection({ connectionId: id })).unacked === 0, 15_000, "the issuer's ack");

    // Each side exports what it received as the envelope it came in: a JWS of the sender's DID
    // for the receiver on this connection, which did-jwt verifies on its own.
    const exported = await holder.agent.e2eExportRecord({ connectionId: id, messageId: sent.messageId });
    expect(exported).toMatchObject({ issuer: issuer.did, audience: holder.did, connectionId: id, messageId: sent.messageId });
    const checked = await verifyJWT(exported.jwt, { resolver, audience: exported.audience });
    expect(checked.payload).toMatchObject({ iss: issuer.did, aud: holder.did, cid: id, upd: 'Message' });
    const fromHolder = await issuer.agent.e2eExportRecord({ connectionId: id, messageId: back.messageId });
    expect((await verifyJWT(fromHolder.jwt, { resolver, audience: issuer.did })).payload).toMatchObject({ iss: holder.did, aud: issuer.did, cid: id });
    await expect(holder.agent.e2eExportRecord({ connectionId: id, messageId: 'no-such-message' })).rejects.toThrow(/^not_found: no message no-such-message/);

    // A record too large for an envelope (it is base64url-encoded twice) is refused before it is queued.
    await expect(issuer.agent.e2eSendMessage({ connectionId: id, message: { credentialJwt: { jwt: 'x'.repeat(600_000) } } })).rejects.toThrow(
      /^invalid_argument: message: \d+ bytes exceeds the limit of 583664 on an ETAMP connection/,
    );
    expect((await issuer.agent.e2eGetConnection({ connectionId: id })).unacked).toBe(0);
  }, 60_000);
});

describe('an ETAMP connection behind a relay that tampers with envelopes', () => {
  const pair = relayedPair();
  let relay: RelayProxy, issuer: TestAgent, holder: TestAgent, holderId: string;
  beforeAll(() => void ({ relay, issuer, holder, holderId } = pair));
  const connect = (envelope: 'plain' | 'etamp'): Promise<string> => pair.connect({ envelope });

  const stored = async (connectionId: string): Promise<string[]> => (await holder.agent.e2eGetMessages({ connectionId })).messages.map((m) => m.messageId);

  /**
   * Rewrites the holder's pushed records on `connectionId` with `change` while `attacking()`;
   * resolves `hit` at the first rewrite.
   */
  function tamper(connectionId: string, change: (item: RelayItem) => Uint8Array, attacking: () => boolean): Promise<void> {
    return new Promise((hit) => {
      relay.onDeliveries = (items, ctx) =>
        ctx.participant !== holderId || !attacking()
          ? items
          : items.map((item) => {
              const frame = frameOf(item);
              if (item.connectionId !== connectionId || !(frame?.etamp || frame?.record)) return item;
              hit();
              return { ...item, payload: change(item) };
            });
    });
  }

  /** The plain frame inside an envelope's msg (what a relay that strips envelopes sends on). */
  const unwrapped = (item: RelayItem): Uint8Array => {
    const record = frameOf(item)!.record; // frameOf sees through the envelope
    return record ? encodeFrame({ record }) : item.payload;
  };

  it.each([
    ['takes records out of their envelopes', unwrapped],
    [
      'flips a bit of an envelope\'s signature',
      (item: RelayItem): Uint8Array => {
        const [h, p, sig] = frameOf(item)!.etamp!.split('.') as [string, string, string];
        const bytes = Buffer.from(sig, 'base64url');
        bytes[0]! ^= 1;
        return encodeFrame({ etamp: `${h}.${p}.${bytes.toString('base64url')}` });
      },
    ],
  ] as const)('a relay that %s gets them rejected: nothing is stored, and once it behaves the genuine record arrives exactly once', async (_what, change) => {
    const connectionId = await connect('etamp');
    let attacking = true;
    const hit = tamper(connectionId, change, () => attacking);
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    await hit;
    await new Promise((r) => setTimeout(r, 300)); // the tampered copy was handled (and refused)
    expect(await stored(connectionId)).toEqual([]);
    attacking = false;
    await eventually(async () => (await stored(connectionId)).length > 0, 30_000, 'the genuine envelope');
    expect(await stored(connectionId)).toEqual([sent.messageId]);
  }, 60_000);

  it('every envelope that crosses the relay, record, ack or control message, verifies with did-jwt for its receiver', async () => {
    const connectionId = await connect('etamp');
    const issuerId = pair.issuerId;
    await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    await holder.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.YmFjaw' } } });
    await issuer.agent.e2eResync({ connectionId }); // a counter resync and a status report: control messages
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).unacked === 0, 15_000, "the holder's ack");
    await eventually(async () => (await holder.agent.e2eGetConnection({ connectionId })).unacked === 0, 15_000, "the issuer's ack");
    const seen = relay.seen.filter((s) => s.item.connectionId === connectionId && frameOf(s.item)?.etamp);
    const kinds = new Set<string>();
    for (const { participant, item } of seen) {
      const [sender, receiver] = participant === holderId ? [issuer, holder] : participant === issuerId ? [holder, issuer] : [undefined, undefined];
      expect(receiver).toBeDefined();
      const checked = await verifyJWT(frameOf(item)!.etamp!, { resolver, audience: receiver!.did });
      expect(checked.payload).toMatchObject({ iss: sender!.did, aud: receiver!.did, cid: connectionId, jti: item.messageId });
      kinds.add(`${String(checked.payload.upd)} to ${receiver === holder ? 'holder' : 'issuer'}`);
    }
    // Records and acks both ways, and control messages both ways (sending keys, the resync, status reports).
    expect([...kinds].sort()).toEqual(['KeyExchange to holder', 'KeyExchange to issuer', 'Message to holder', 'Message to issuer']);
  });

  it("a connection whose envelopes cannot be signed (its DID's key gone from the KMS) holds back only its own frames", async () => {
    const lost = await issuer.agent.didManagerCreate({ provider: 'did:key', options: { keyType: 'Ed25519' } });
    const invitation = await issuer.agent.e2eCreateInvitation({ did: lost.did, envelope: 'etamp' });
    const stuck = (await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did })).connectionId;
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: stuck })).state === 'established', 15_000, 'the issuer side');
    const plain = await connect('plain');
    await issuer.agent.keyManagerDelete({ kid: lost.keys[0]!.kid });

    const held = await issuer.agent.e2eSendMessage({ connectionId: stuck, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    expect(held.delivered).toBe(false); // sealed and kept in the outbox: it goes once the key is back
    const other = await issuer.agent.e2eSendMessage({ connectionId: plain, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    expect(other.delivered).toBe(true);
    await eventually(async () => (await stored(plain)).length > 0, 15_000, 'the plain connection\'s record');
    expect(await stored(stuck)).toEqual([]);
    expect((await issuer.agent.e2eGetConnection({ connectionId: stuck })).unacked).toBe(1);
  });

  it('a message received on a plain connection has no envelope to export: not_found says so', async () => {
    const connectionId = await connect('plain');
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    await eventually(async () => (await stored(connectionId)).length > 0, 15_000, 'the record');
    await expect(holder.agent.e2eExportRecord({ connectionId, messageId: sent.messageId })).rejects.toThrow(/^not_found: .* arrived on a plain connection/);
  });

  it('an envelope a relay makes up on a plain connection is rejected, and the genuine record arrives', async () => {
    const connectionId = await connect('plain');
    let attacking = true;
    const jws = 'eyJhbGciOiJFZERTQSIsImtpZCI6ImRpZDprZXk6eiNrIiwidHlwIjoiSldUIn0.e30.AA';
    const hit = tamper(connectionId, () => encodeFrame({ etamp: jws }), () => attacking);
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    await hit;
    await new Promise((r) => setTimeout(r, 300));
    expect(await stored(connectionId)).toEqual([]);
    attacking = false;
    await eventually(async () => (await stored(connectionId)).length > 0, 30_000, 'the genuine record');
    expect(await stored(connectionId)).toEqual([sent.messageId]);
  }, 60_000);
});
