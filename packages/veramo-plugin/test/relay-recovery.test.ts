/**
 * A relay that misbehaves and then behaves again must leave no lasting damage. A relay can
 * always delay or drop; here it tampers with, or forges, what it passes to the agents for a
 * while, then passes the genuine items (still stored at the connector) again. Every case ends
 * with the handshake completed or the message delivered once, promptly, with no permanent
 * state from the forged item. Plain and ETAMP connections alike.
 */
import { encodeFrame, type FrameInput } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, type TestAgent } from './helpers.js';
import { frameOf, ITEM_KIND, type RelayItem, type RelayProxy } from './relay-proxy.js';
import { relayedPair } from './relayed-pair.js';

/** The same bytes with one bit flipped at `at` (from the end when negative). */
function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const i = at < 0 ? out.length + at : at;
  out[i] = out[i]! ^ 0x01;
  return out;
}

async function inbox(a: TestAgent, connectionId: string): Promise<{ message_id: string }[]> {
  return a.db.query('SELECT message_id FROM e2e_inbox WHERE connection_id = ? ORDER BY id', [connectionId]);
}

const credential = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

// On ETAMP connections (docs/protocol.md 23) the same: a tampered envelope fails its signature
// check instead of its tag, and the genuine copy still arrives.
describe.each(['plain', 'etamp'] as const)('a relay that tampers for a while and then behaves, on %s connections', (envelope) => {
  // The issuer retransmits only after a minute: a record that arrives sooner came from the
  // connector's stored copy, not from a retransmission. Its invitations fix the mode.
  const pair = relayedPair({ issuer: { retransmitAfterMs: 60_000, envelope } });
  let relay: RelayProxy, issuer: TestAgent, holder: TestAgent, issuerId: string, holderId: string;
  beforeAll(() => void ({ relay, issuer, holder, issuerId, holderId } = pair));
  const connect = (timeoutMs?: number): Promise<string> => pair.connect({ timeoutMs });

  /**
   * Rewrites the handshake message `kind` of a connection made from now on, on its way to
   * `participant`: every copy, or only the first.
   */
  async function tamperHandshake(participant: () => string, kind: 'bundle' | 'init' | 'confirmation', change: (m: Record<string, unknown>) => void, every = false): Promise<() => number> {
    const known = new Set([...(await issuer.agent.e2eListConnections({})).connections, ...(await holder.agent.e2eListConnections({})).connections].map((c) => c.connectionId));
    let tampered = 0;
    relay.onDeliveries = (items, ctx) =>
      items.map((item) => {
        const message = frameOf(item)?.handshake?.[kind];
        if (ctx.participant !== participant() || !message || known.has(item.connectionId) || (!every && tampered > 0)) return item;
        tampered++;
        const copy = { ...(message as unknown as Record<string, unknown>) };
        change(copy);
        return { ...item, payload: encodeFrame({ handshake: { [kind]: copy } } as FrameInput) };
      });
    return () => tampered;
  }

  async function holderConnection(before: Set<string>) {
    const created = (await holder.agent.e2eListConnections({})).connections.filter((c) => !before.has(c.connectionId));
    expect(created).toHaveLength(1);
    return created[0]!;
  }

  it.each([
    ['identity key', 'identityKey'],
    ['signed pre-key', 'signedPrekey'],
    ['one-time pre-key', 'oneTimePrekey'],
  ])('a pre-key bundle whose %s the relay swapped is discarded, and the genuine bundle completes the handshake', async (_what, field) => {
    const attacker = nodeCrypto.x25519KeyPair();
    const count = await tamperHandshake(() => holderId, 'bundle', (b) => (b[field] = attacker.publicKey));
    const before = new Set((await holder.agent.e2eListConnections({})).connections.map((c) => c.connectionId));
    const connectionId = await connect();
    expect(count()).toBe(1);
    const c = await holderConnection(before);
    expect(c.connectionId).toBe(connectionId);
    expect(c.state).toBe('established');
    expect(c.rejectedHandshakes).toBe(1);
    expect(c.error).toBeUndefined();
    // And the session works both ways.
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(1) });
    await eventually(async () => (await inbox(holder, connectionId)).length === 1, 15_000, 'the first message');
    expect((await inbox(holder, connectionId)).map((r) => r.message_id)).toEqual([sent.messageId]);
  });

  it('a bundle the relay swaps on every copy ends the accept at its deadline with the check that failed, and the connection is failed with its secrets gone', async () => {
    const attacker = nodeCrypto.x25519KeyPair();
    const count = await tamperHandshake(() => holderId, 'bundle', (b) => (b.identityKey = attacker.publicKey), true);
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const before = new Set((await holder.agent.e2eListConnections({})).connections.map((c) => c.connectionId));
    await expect(holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did, timeoutMs: 4000 })).rejects.toMatchObject({ code: 'commitment_mismatch' });
    expect(count()).toBeGreaterThanOrEqual(2); // the first push and at least one fetch again
    const c = await holderConnection(before);
    expect(c.state).toBe('failed');
    expect(c.error).toMatch(/^commitment_mismatch: /);
    // Copies that came after the deadline found the connection failed and were not counted.
    expect(c.rejectedHandshakes).toBeGreaterThanOrEqual(2);
    expect(c.rejectedHandshakes).toBeLessThanOrEqual(count());
    const rows: { session_sealed: string | null; handshake_sealed: string | null }[] = await holder.db.query('SELECT session_sealed, handshake_sealed FROM e2e_connection WHERE connection_id = ?', [c.connectionId]);
    expect(rows[0]).toEqual({ session_sealed: null, handshake_sealed: null });
    expect((await issuer.agent.e2eGetConnection({ connectionId: c.connectionId })).state).not.toBe('established');
    // Both sides can delete what is left (the holder's failed connection, the issuer's pending one).
    expect(await holder.agent.e2eDeleteConnection({ connectionId: c.connectionId })).toEqual({ deleted: true });
    expect(await issuer.agent.e2eDeleteConnection({ connectionId: c.connectionId })).toEqual({ deleted: true });
    expect((await holder.agent.e2eListConnections({})).connections.map((x) => x.connectionId)).not.toContain(c.connectionId);
  });

  it("an init the relay tampered with is discarded by the issuer, and the holder's genuine init establishes the connection", async () => {
    const count = await tamperHandshake(() => issuerId, 'init', (m) => (m.ephemeralKey = flipped(m.ephemeralKey as Uint8Array, 0)));
    const connectionId = await connect();
    expect(count()).toBe(1);
    const c = await issuer.agent.e2eGetConnection({ connectionId });
    expect(c.state).toBe('established');
    expect(c.rejectedHandshakes).toBe(1);
  });

  it('a key confirmation the relay tampered with is discarded by the holder, and the genuine one confirms the session', async () => {
    const count = await tamperHandshake(() => holderId, 'confirmation', (m) => (m.confirmation = flipped(m.confirmation as Uint8Array, -1)));
    const connectionId = await connect();
    expect(count()).toBe(1);
    const c = await holder.agent.e2eGetConnection({ connectionId });
    expect(c.state).toBe('established');
    expect(c.rejectedHandshakes).toBe(1);
  });

  it('records that overtake the withheld key confirmation are parked and delivered once it arrives', async () => {
    let withheld = 0;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId || ctx.via !== 'ws') return items;
      return items.filter((item) => {
        if (!frameOf(item)?.handshake?.confirmation) return true;
        withheld++;
        return false; // not pushed; still stored at the connector, fetched again later
      });
    };
    const issuerBefore = new Set((await issuer.agent.e2eListConnections({})).connections.map((c) => c.connectionId));
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const accepted = holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    let connectionId = '';
    await eventually(async () => {
      const c = (await issuer.agent.e2eListConnections({})).connections.find((x) => !issuerBefore.has(x.connectionId) && x.state === 'established');
      if (c && withheld > 0) connectionId = c.connectionId;
      return connectionId !== '';
    }, 15_000, 'the issuer side established and the confirmation withheld');
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(5) });
    const c = await accepted;
    expect(c.connectionId).toBe(connectionId);
    await eventually(async () => (await inbox(holder, connectionId)).length === 1, 15_000, 'the parked record');
    expect((await inbox(holder, connectionId)).map((r) => r.message_id)).toEqual([sent.messageId]);
  });

  it('a record copy the relay tampered with costs nothing: the genuine record, still at the connector, arrives without a retransmission', async () => {
    const connectionId = await connect();
    let tampered: RelayItem | undefined;
    relay.onDeliveries = (items, ctx) => {
      if (ctx.participant !== holderId || ctx.via !== 'ws') return items;
      return items.map((item) => {
        if (tampered || item.connectionId !== connectionId || !frameOf(item)?.record) return item;
        tampered = item;
        return { ...item, payload: flipped(item.payload, -1) };
      });
    };
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(6) });
    await eventually(async () => (await inbox(holder, connectionId)).length === 1, 15_000, 'the genuine record');
    expect((await inbox(holder, connectionId)).map((r) => r.message_id)).toEqual([sent.messageId]);
    // What the relay tampered with was a signed envelope exactly on ETAMP connections.
    expect(Boolean(frameOf(tampered!)?.etamp)).toBe(envelope === 'etamp');
    // It came from the connector's stored copy (fetched again), byte for byte the one first pushed.
    // (The issuer retransmits after a minute only, so this could not have been a retransmission.)
    const copies = relay.seen.filter((s) => s.participant === holderId && s.item.messageId === tampered!.messageId).map((s) => Buffer.from(s.item.payload).toString('hex'));
    expect(copies[0]).toBe(Buffer.from(flipped(tampered!.payload, -1)).toString('hex'));
    expect(copies.slice(1)).toContain(Buffer.from(tampered!.payload).toString('hex'));
  });

  it('a forged acceptance notice does not use up an open invitation: the real holder still connects, and the forged connection ends', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const forgedId = Buffer.from(nodeCrypto.randomBytes(16)).toString('base64url');
    expect(relay.inject(issuerId, [{ seq: relay.freshSeq(), kind: ITEM_KIND.connectionAccepted, connectionId: forgedId, messageId: '!accepted', payload: new Uint8Array(0), sentAt: Date.now(), tokenId: invitation.tokenId }])).toBe(1);
    await eventually(async () => (await issuer.agent.e2eListConnections({})).connections.some((c) => c.connectionId === forgedId), 15_000, 'the forged acceptance');
    const c = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: c.connectionId })).state === 'established', 15_000, 'the issuer side');
    const forged = await issuer.agent.e2eGetConnection({ connectionId: forgedId });
    expect(forged.state).toBe('failed');
    expect(forged.error).toMatch(/^invitation_used: /);
    const rows: { handshake_sealed: string | null }[] = await issuer.db.query('SELECT handshake_sealed FROM e2e_connection WHERE connection_id = ?', [forgedId]);
    expect(rows[0]!.handshake_sealed).toBeNull();
  });

  it('a forged connection_revoked notice ends nothing: the connection stays established and messages flow both ways', async () => {
    const connectionId = await connect();
    const notice = { seq: relay.freshSeq(), kind: ITEM_KIND.connectionRevoked, connectionId, messageId: '!revoked', payload: new Uint8Array(0), sentAt: Date.now(), tokenId: '' };
    expect(relay.inject(holderId, [notice])).toBe(1);
    // Items are handled in mailbox order: once the next message is in, the notice was handled.
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(7) });
    await eventually(async () => (await inbox(holder, connectionId)).length === 1, 15_000, 'the message after the notice');
    expect((await holder.agent.e2eGetConnection({ connectionId })).state).toBe('established');
    const reply = await holder.agent.e2eSendMessage({ connectionId, message: credential(8) });
    await eventually(async () => (await inbox(issuer, connectionId)).length === 1, 15_000, "the holder's reply");
    expect((await inbox(holder, connectionId)).map((r) => r.message_id)).toEqual([sent.messageId]);
    expect((await inbox(issuer, connectionId)).map((r) => r.message_id)).toEqual([reply.messageId]);
  });

  it('deleting a connection ends it for the peer end to end, also when the peer was offline: what was sent before arrives, then the close', async () => {
    const connectionId = await connect();
    await holder.agent.e2eStopListening({});
    const last = await issuer.agent.e2eSendMessage({ connectionId, message: credential(9) });
    expect(await issuer.agent.e2eDeleteConnection({ connectionId, reason: 'offer withdrawn' })).toEqual({ deleted: true });
    await holder.agent.e2eStartListening({});
    await eventually(async () => (await holder.agent.e2eGetConnection({ connectionId })).state === 'revoked', 15_000, "the issuer's close");
    const c = await holder.agent.e2eGetConnection({ connectionId });
    expect(c.error).toBe('closed by the peer: offer withdrawn');
    expect((await inbox(holder, connectionId)).map((r) => r.message_id)).toEqual([last.messageId]);
    const err = await holder.agent.e2eSendMessage({ connectionId, message: credential(10) }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'connection_not_established' });
  });
});
