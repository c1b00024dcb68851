import {
  decodeFrame,
  decodeUntrusted,
  encodeFrame,
  signEtamp,
  verifyEtamp,
  wire,
  type CryptoProvider,
  type SealedControl,
} from '@connector-e2e/protocol';
import type { AgentContext } from '../agent/agent-context.js';
import { DidKeyCache, didVerifier, type DidSigners } from '../agent/did-keys.js';
import { ConnectorE2EError } from '../errors.js';
import type { ConnectionRow, OutboxRow } from '../storage/entities.js';

/** The content of a verified envelope: exactly one of the two. */
export type OpenedEnvelope = { record: { content: Uint8Array; connectionId: string }; control?: undefined } | { control: SealedControl; record?: undefined };

/** What the sender needs to know of an outbox row (its frame as bytes) and of its connection. */
export type OutgoingFrame = Pick<OutboxRow, 'connectionId' | 'messageId' | 'kind'> & Pick<ConnectionRow, 'envelope' | 'localDid' | 'peerDid'> & { frame: Uint8Array };

/**
 * ETAMP connections (docs/protocol.md 23): the frames this agent sends on them are put in
 * envelopes signed by its DID as they leave the outbox (the outbox keeps the plain frame, so a
 * retransmission is signed again and the transaction that sealed a record never waits for the
 * KMS), and the envelopes it receives are verified against the peer's DID and unwrapped before
 * anything opens them. Handshake frames are never wrapped: they are signed and MACed already.
 */
export class Envelopes {
  /** The peers' keys, resolved once per DID (and again after a while for DIDs that can change). */
  private readonly peerKeys: DidKeyCache;

  constructor(
    private readonly agent: AgentContext,
    private readonly crypto: CryptoProvider,
    private readonly now: () => number,
    private readonly signers: DidSigners,
  ) {
    this.peerKeys = new DidKeyCache(now);
  }

  /** The bytes to hand the connector for an outbox row: its frame, or on an ETAMP connection the frame of its envelope. */
  async payload(o: OutgoingFrame): Promise<Uint8Array> {
    if (o.envelope !== 'etamp' || o.kind === 'handshake') return o.frame;
    // Records and control messages follow the handshake, which names the peer.
    if (!o.peerDid) throw new ConnectorE2EError('connection_not_established', `ETAMP connection ${o.connectionId} has no peer DID yet`);
    const frame = decodeFrame(o.frame);
    const [upd, content] = frame.record
      ? (['Message', frame.record.content as Uint8Array] as const)
      : frame.control
        ? (['KeyExchange', wire.SealedControl.encode(frame.control).finish()] as const)
        : [undefined, undefined];
    if (!upd) return o.frame;
    const jws = await signEtamp(await this.signers.get(o.localDid), { aud: o.peerDid, jti: o.messageId, now: this.now(), cid: o.connectionId, upd, content });
    return encodeFrame({ etamp: jws });
  }

  /**
   * What an envelope received on `row`'s connection carries, once it verified (23.2): a record
   * or a control message. Throws the ProtocolError of the first check that fails.
   */
  async open(row: Pick<ConnectionRow, 'connectionId' | 'localDid' | 'peerDid'>, jws: string): Promise<OpenedEnvelope> {
    const verified = await verifyEtamp(jws, { peerDid: row.peerDid ?? '', localDid: row.localDid, connectionId: row.connectionId }, didVerifier(this.agent.get(), this.crypto, this.peerKeys));
    if (verified.claims.upd === 'Message') return { record: { content: verified.content, connectionId: verified.claims.cid } };
    return { control: decodeUntrusted(wire.SealedControl, verified.content, 'SealedControl') };
  }
}
