import {
  createDeliveryReceipt,
  MAX_RECEIPT_MESSAGE_ID_LENGTH,
  receiptContentHash,
  signReceipt,
  verifyReceipt,
  type CryptoProvider,
  type SessionState,
} from '@connector-e2e/protocol';
import createDebug from 'debug';
import type { AgentContext } from '../agent/agent-context.js';
import { DidKeyCache, didVerifier, type DidSigners } from '../agent/did-keys.js';
import { receiptView } from '../agent/views.js';
import type { ConnectionRow, ReceiptRow } from '../storage/entities.js';
import type { Sealing } from '../storage/receipts.js';
import type { Store, Tx } from '../storage/store.js';
import type { E2EReceipt } from '../types/IConnectorE2E.js';

const debug = createDebug('connector-e2e:plugin');

/**
 * Signed delivery receipts (docs/protocol.md 26), both ways. As a sender, the plugin notes every
 * record it seals with a receipt request (record-sender.ts calls `sealing`) and checks and keeps
 * the receipts that come back (receiver.ts calls `accept` for a DeliveryReceipt). As a receiver,
 * it signs a receipt with its DID's key and queues it on the control channel in the transaction
 * that stored the record (receiver.ts calls `issue`), so a crash cannot lose it.
 */
export class Receipts {
  /** The peers' keys, resolved once per DID (and again after a while for DIDs that can change). */
  private readonly peerKeys: DidKeyCache;

  constructor(
    private readonly store: Store,
    private readonly crypto: CryptoProvider,
    private readonly agent: AgentContext,
    private readonly signers: DidSigners,
  ) {
    this.peerKeys = new DidKeyCache(store.now);
  }

  /** Sender: the row a record sealed with a receipt request needs (its content as it will travel). */
  sealing(messageId: string, content: Uint8Array): Sealing {
    return { messageId, contentHash: receiptContentHash(this.crypto, content) };
  }

  /**
   * Receiver: signs the receipt of a record just stored (`content` is the EncryptedMessage.content
   * that opened) and queues it, in the transaction that stored the record. A message id a receipt
   * cannot name (empty, or longer than a receipt's `mid` may be) gets none.
   */
  async issue(em: Tx, row: ConnectionRow, s: SessionState, messageId: string, content: Uint8Array): Promise<SessionState> {
    if (messageId.length === 0 || messageId.length > MAX_RECEIPT_MESSAGE_ID_LENGTH || !row.peerDid) {
      debug('no receipt on %s: the message id cannot be named in one', row.connectionId);
      return s;
    }
    const now = this.store.now();
    const jwt = await signReceipt(this.crypto, await this.signers.get(row.localDid), { aud: row.peerDid, cid: row.connectionId, mid: messageId, content, now });
    return this.store.outbox.queueControl(em, row, createDeliveryReceipt(this.crypto, s, now, jwt));
  }

  /**
   * Sender: checks a receipt that arrived on `row`'s connection (26.3) and keeps it on the
   * sealing it names. Returns the message's receipt view when this one was kept, undefined when
   * the message had a receipt already (a second one changes nothing). Throws the ProtocolError of
   * the first check that fails, having written nothing; a DID that does not resolve throws
   * `did_resolution_failed` (the control message is then tried again later).
   */
  async accept(em: Tx, row: ConnectionRow, jwt: string): Promise<E2EReceipt | undefined> {
    let sealings: ReceiptRow[] = [];
    const { claims } = await verifyReceipt(
      jwt,
      {
        peerDid: row.peerDid ?? '',
        localDid: row.localDid,
        connectionId: row.connectionId,
        sent: async (mid) => {
          sealings = await this.store.receipts.ofMessage(row.connectionId, mid, em);
          return sealings.map((x) => x.contentHash);
        },
      },
      didVerifier(this.agent.get(), this.crypto, this.peerKeys),
    );
    if (sealings.some((x) => x.jwt !== null)) return undefined;
    const receivedAt = this.store.now();
    await this.store.receipts.keep(em, row.connectionId, claims.mid, claims.sha256, jwt, receivedAt);
    return receiptView(row, sealings.map((x) => (x.contentHash === claims.sha256 ? { ...x, jwt, receivedAt } : x)));
  }
}
