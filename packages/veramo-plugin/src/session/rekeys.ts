import { requestRekey, startRekey, type CryptoProvider, type RekeyAuth, type SessionState } from '@connector-e2e/protocol';
import { didVerifier, type DidSigners } from '../agent/did-keys.js';
import type { ConnectionRow } from '../storage/entities.js';
import { REKEY_REQUEST_INTERVAL_MS, REKEY_RETRY_MS } from '../limits.js';
import type { Store, Tx } from '../storage/store.js';
import type { E2EContext } from '../types/IConnectorE2E.js';

/**
 * Rekeys (docs/protocol.md 13) as the plugin starts them: by policy (a restore detected, the
 * message limit, a control message of a later epoch), on demand, and again when one of their
 * messages got lost. Every rekey message is signed by the local DID's key through the agent's
 * KMS and the peer's are checked against its resolved DID document.
 */
export class Rekeys {
  /** Per connection (holder): when we last asked the issuer for a rekey. */
  private readonly requestedAt = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly crypto: CryptoProvider,
    private readonly ctx: () => E2EContext,
    private readonly signers: DidSigners,
  ) {}

  /** Signs this party's rekey messages with its DID's key (KMS) and verifies the peer's against its resolved DID document. */
  async auth(localDid: string): Promise<RekeyAuth> {
    return { signer: await this.signers.get(localDid), verifier: didVerifier(this.ctx(), this.crypto) };
  }

  /**
   * Starts (issuer) or requests (holder) a rekey in the caller's transaction, unless one is
   * already under way. Holder requests are repeated at most every REKEY_REQUEST_INTERVAL_MS.
   */
  async byPolicy(em: Tx, row: ConnectionRow, s: SessionState, reason: string): Promise<SessionState> {
    // Control messages are not retransmitted: a rekey one of whose messages the relay made
    // disappear would stay pending on both sides for good (and a party that must rekey before
    // it seals again could never send). After REKEY_RETRY_MS it is started, or asked for, again.
    // A pending rekey to an epoch below what the peer has seen (rekeyMinEpoch) is started anew.
    const now = this.store.now();
    if (s.pendingRekey && s.pendingRekey.epoch >= s.rekeyMinEpoch && now - s.pendingRekey.startedAt < REKEY_RETRY_MS) return s;
    if (s.role === 'holder') {
      if (now - (this.requestedAt.get(row.connectionId) ?? 0) < REKEY_REQUEST_INTERVAL_MS) return s;
      this.requestedAt.set(row.connectionId, now);
    }
    return this.start(em, row, s, reason);
  }

  /** Starts (issuer) or requests (holder) a rekey now, queueing its signed message in the caller's transaction. */
  async start(em: Tx, row: ConnectionRow, s: SessionState, reason: string): Promise<SessionState> {
    const now = this.store.now();
    const { signer } = await this.auth(row.localDid);
    const step = s.role === 'issuer' ? await startRekey(this.crypto, s, now, signer, { minEpoch: s.rekeyMinEpoch }) : await requestRekey(this.crypto, s, reason, now, signer);
    return this.store.outbox.queueControl(em, row, step);
  }
}
