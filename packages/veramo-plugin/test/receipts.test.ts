/**
 * Signed delivery receipts (docs/protocol.md 26) between two real agents through a real
 * connector, behind the test relay (relay-proxy.ts). A receipt comes back for a message that
 * asked for one, verifies with did-jwt on its own, and names the exact ciphertext the relay
 * carried. What the relay replays, and what someone holding the receiver's control key forges,
 * never marks a message delivered twice or wrongly, and changes no state.
 */
import { randomBytes } from 'node:crypto';
import { decodeFrame, encodeFrame, fromBase64url, receiptContentHash, sealControl, signReceipt, toBase64url, type EtampSigner, type SessionState } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { getDidKeyResolver } from '@veramo/did-provider-key';
import { verifyJWT } from 'did-jwt';
import { Resolver } from 'did-resolver';
import { beforeAll, describe, expect, it } from 'vitest';
import { kmsSigner } from '../src/agent/did-keys.js';
import { AtRestCipher } from '../src/storage/at-rest.js';
import { openSession } from '../src/storage/codec.js';
import { E2E_EVENTS, type E2EContext, type E2EReceipt, type E2EReceiptRejected } from '../src/index.js';
import { eventually, type TestAgent } from './helpers.js';
import { frameOf, ITEM_KIND, type RelayProxy } from './relay-proxy.js';
import { relayedPair } from './relayed-pair.js';

const resolver = new Resolver({ ...getDidKeyResolver() });
const credential = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJyIjo${n}fQ.c2ln` } });

/** What the issuer's agent emits about receipts. */
const received: E2EReceipt[] = [];
const rejected: E2EReceiptRejected[] = [];
const listener = {
  eventTypes: [E2E_EVENTS.receiptReceived, E2E_EVENTS.receiptRejected],
  onEvent: async (e: { type: string; data: unknown }) => void (e.type === E2E_EVENTS.receiptReceived ? received.push(e.data as E2EReceipt) : rejected.push(e.data as E2EReceiptRejected)),
};

const keys = { issuer: randomBytes(32).toString('hex'), holder: randomBytes(32).toString('hex') };

async function session(a: TestAgent, secretKey: string, connectionId: string): Promise<SessionState> {
  const rows: { session_sealed: string }[] = await a.db.query('SELECT session_sealed FROM e2e_connection WHERE connection_id = ?', [connectionId]);
  return openSession(new AtRestCipher(nodeCrypto, secretKey), connectionId, rows[0]!.session_sealed);
}

async function receiptRows(a: TestAgent, connectionId: string): Promise<Record<string, unknown>[]> {
  return a.db.query('SELECT message_id, content_hash, jwt, received_at FROM e2e_receipt WHERE connection_id = ? ORDER BY id', [connectionId]);
}

/** The record contents the issuer still has in its outbox for `connectionId`, by message id. */
async function outboxContents(a: TestAgent, connectionId: string): Promise<Map<string, Uint8Array>> {
  const rows: { frame: string; atala_message_id: string }[] = await a.db.query("SELECT frame, atala_message_id FROM e2e_outbox WHERE connection_id = ? AND kind = 'record'", [connectionId]);
  return new Map(rows.map((r) => [r.atala_message_id, decodeFrame(fromBase64url(r.frame)!).record!.content as Uint8Array]));
}

describe('signed delivery receipts between two agents', () => {
  const pair = relayedPair({ issuer: { secretKey: keys.issuer, plugins: [listener] }, holder: { secretKey: keys.holder } });
  let relay: RelayProxy, issuer: TestAgent, holder: TestAgent, issuerId: string, holderId: string;
  beforeAll(() => void ({ relay, issuer, holder, issuerId, holderId } = pair));

  const receiptOf = (connectionId: string, messageId: string) => issuer.agent.e2eGetReceipt({ connectionId, messageId });
  const receivedOf = (messageId: string) => received.filter((r) => r.messageId === messageId);

  it.each(['plain', 'etamp'] as const)('on %s connections a message sent with receipt: true comes back with a receipt that did-jwt verifies on its own and that names the ciphertext the relay carried', async (envelope) => {
    const connectionId = await pair.connect({ envelope });
    const plain = await issuer.agent.e2eSendMessage({ connectionId, message: credential(1) });
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(2), receipt: true });
    expect((await receiptOf(connectionId, sent.messageId)).status).toMatch(/^(pending|received)$/);
    await eventually(async () => (await receiptOf(connectionId, sent.messageId)).status === 'received', 15_000, 'the receipt');

    const r = await receiptOf(connectionId, sent.messageId);
    expect(r).toMatchObject({ connectionId, messageId: sent.messageId, issuer: holder.did, audience: issuer.did });
    // Independent of this code base: did-jwt resolves the holder's did:key document itself.
    const checked = await verifyJWT(r.jwt!, { resolver, audience: r.audience });
    expect(checked.issuer).toBe(holder.did);
    expect(checked.payload).toMatchObject({ iss: holder.did, aud: issuer.did, cid: connectionId, mid: sent.messageId, sha256: r.contentHash });
    // The hash is of the record content the relay handed the holder (seen through an ETAMP envelope).
    const carried = relay.seen.filter((s) => s.participant === holderId && s.item.connectionId === connectionId).map((s) => frameOf(s.item)?.record?.content as Uint8Array | undefined);
    expect(carried.filter((c): c is Uint8Array => !!c).map((c) => receiptContentHash(nodeCrypto, c))).toContain(checked.payload.sha256);
    if (envelope === 'etamp') {
      // The receiver's exported envelope carries the same bytes: a third party can tie the two.
      const exported = await holder.agent.e2eExportRecord({ connectionId, messageId: sent.messageId });
      const { payload } = await verifyJWT(exported.jwt, { resolver, audience: exported.audience });
      expect(toBase64url(nodeCrypto.sha256(fromBase64url(payload.msg as string)!))).toBe(checked.payload.sha256);
    }

    expect(receivedOf(sent.messageId)).toEqual([r]);
    // A message that asked for none has none, and the request is not part of what the application reads.
    await expect(receiptOf(connectionId, plain.messageId)).rejects.toThrow(/^not_found/);
    const { messages } = await holder.agent.e2eGetMessages({ connectionId });
    expect(messages.map((m) => m.message)).toEqual([{ ...credential(1), messageId: plain.messageId }, { ...credential(2), messageId: sent.messageId }]);
  });

  it('a receipt whose control message the relay delivers twice, and again later, marks its message received once', async () => {
    const connectionId = await pair.connect();
    const controls: typeof relay.seen = [];
    relay.onDeliveries = (items, ctx) =>
      items.flatMap((item) => {
        if (ctx.participant !== issuerId || item.connectionId !== connectionId || !frameOf(item)?.control) return [item];
        controls.push({ participant: issuerId, item });
        return [item, { ...item, seq: relay.freshSeq() }];
      });
    const first = await issuer.agent.e2eSendMessage({ connectionId, message: credential(3), receipt: true });
    await eventually(async () => (await receiptOf(connectionId, first.messageId)).status === 'received', 15_000, 'the receipt');
    relay.onDeliveries = undefined;
    const before = await receiptRows(issuer, connectionId);
    for (const { item } of controls) expect(relay.inject(issuerId, [{ ...item, seq: relay.freshSeq() }])).toBe(1);

    // Handled in mailbox order: once the next receipt is in, the replays were handled.
    const next = await issuer.agent.e2eSendMessage({ connectionId, message: credential(4), receipt: true });
    await eventually(async () => (await receiptOf(connectionId, next.messageId)).status === 'received', 15_000, 'the next receipt');
    expect(receivedOf(first.messageId)).toHaveLength(1);
    expect((await receiptRows(issuer, connectionId)).slice(0, 1)).toEqual(before);
    expect(rejected.filter((x) => x.connectionId === connectionId)).toEqual([]);
  });

  it('receipts forged by someone holding the control key are refused with their code and change nothing, and the genuine one still comes', async () => {
    const connectionId = await pair.connect();
    const asked = await issuer.agent.e2eSendMessage({ connectionId, message: credential(5), receipt: true });
    await eventually(async () => (await receiptOf(connectionId, asked.messageId)).status === 'received', 15_000, 'the first receipt');
    const genuine = (await receiptOf(connectionId, asked.messageId)).jwt!;

    // The holder goes offline: what the issuer sends now waits at the connector, unreceipted.
    await holder.agent.e2eStopListening({});
    const pending = await issuer.agent.e2eSendMessage({ connectionId, message: credential(6), receipt: true });
    const unasked = await issuer.agent.e2eSendMessage({ connectionId, message: credential(7) });
    const contents = await outboxContents(issuer, connectionId);
    const pendingHash = receiptContentHash(nodeCrypto, contents.get(pending.messageId)!);

    // The adversary: the holder's stored session (so its control key), not its DID key, except
    // where the holder's own key signs claims that do not match (a confused or lying peer).
    let stolen = await session(holder, keys.holder, connectionId);
    const holderKey = await kmsSigner({ agent: holder.agent } as unknown as E2EContext, holder.did);
    const issuerKey = await kmsSigner({ agent: issuer.agent } as unknown as E2EContext, issuer.did);
    const stranger = new Uint8Array(randomBytes(32));
    const impostor: EtampSigner = { ...holderKey, sign: async (data) => nodeCrypto.ed25519Sign(stranger, data) };
    const claims = { aud: issuer.did, cid: connectionId, mid: pending.messageId, content: contents.get(pending.messageId)!, now: Date.now() };
    const forgeries: [string, string, string][] = [
      ['a signature by a key not in the holder DID document', await signReceipt(nodeCrypto, impostor, claims), 'bad_signature'],
      ["another DID as iss (the issuer's own, validly signed)", await signReceipt(nodeCrypto, issuerKey, claims), 'bad_signature'],
      ['a message id never sent', await signReceipt(nodeCrypto, holderKey, { ...claims, mid: 'no-such-message' }), 'receipt_unexpected'],
      ["the hash of another record's content", await signReceipt(nodeCrypto, holderKey, { ...claims, content: contents.get(unasked.messageId)! }), 'receipt_mismatch'],
      ['a message sent without a receipt request', await signReceipt(nodeCrypto, holderKey, { ...claims, mid: unasked.messageId, content: contents.get(unasked.messageId)! }), 'receipt_unexpected'],
    ];
    const inject = (jwt: string) => {
      const sealed = sealControl(nodeCrypto, stolen, { receipt: { jwt } }, Date.now());
      stolen = sealed.state;
      const item = { seq: relay.freshSeq(), kind: ITEM_KIND.message, connectionId, messageId: `!forged-${sealed.state.controlSendSequence}`, payload: encodeFrame({ control: sealed.sealed }), sentAt: Date.now(), tokenId: '' };
      expect(relay.inject(issuerId, [item])).toBe(1);
    };

    const rows = await receiptRows(issuer, connectionId);
    const sequence = (await session(issuer, keys.issuer, connectionId)).controlReceiveSequence;
    for (const [name, jwt, code] of forgeries) {
      const seen = rejected.length;
      inject(jwt);
      await eventually(async () => rejected.length > seen, 15_000, name);
      expect(rejected.at(-1), name).toMatchObject({ connectionId, code });
      expect(await receiptRows(issuer, connectionId), name).toEqual(rows);
      expect((await session(issuer, keys.issuer, connectionId)).controlReceiveSequence, name).toBe(sequence);
    }
    expect((await receiptOf(connectionId, pending.messageId)).status).toBe('pending');

    // A genuine receipt of another message, presented while this one waits: it still names its own.
    inject(genuine);
    await holder.agent.e2eStartListening({});
    await eventually(async () => (await receiptOf(connectionId, pending.messageId)).status === 'received', 15_000, 'the genuine receipt');
    expect((await receiptOf(connectionId, pending.messageId)).contentHash).toBe(pendingHash);
    expect((await receiptOf(connectionId, asked.messageId)).jwt).toBe(genuine);
    expect(receivedOf(asked.messageId)).toHaveLength(1);
    expect(receivedOf(pending.messageId)).toHaveLength(1);
    expect(rejected.filter((x) => x.connectionId === connectionId)).toHaveLength(forgeries.length);
  });
});
