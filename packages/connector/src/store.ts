/**
 * The relay's persistent state, behind one small API: this class only composes the parts in
 * `store/`, one concept each (mailbox order and locks in `store/mailbox.ts`).
 *
 * Payload bytes are stored and returned as they came, never decoded or logged.
 *
 * Hot paths (send, fetch, ack) use raw statements, prepared once per connection on
 * PostgreSQL; a send costs the nonce insert, the mailbox counter update, one probe (revoked?
 * duplicate? queue length?) and the insert, which on PostgreSQL also carries the NOTIFY.
 */
import type { Database } from './db.js';
import type { DirectoryOneTimePreKey } from '@connector-e2e/protocol';
import { ITEM_KIND, type MailboxItemRow, type NonceRow } from './entities.js';
import type { ConnectorLimits } from './config.js';
import { ack, ackOwn, type AckRef } from './store/acks.js';
import { Connections } from './store/connections.js';
import { Directory, type DirectoryConnectResult, type DirectorySign, type DirectoryStock } from './store/directory.js';
import { directorySigningKey, type StoredDirectoryKey } from './store/directory-key.js';
import { expire } from './store/expiry.js';
import { fetchItems } from './store/fetch.js';
import { sweepNonces, useNonce } from './store/nonces.js';
import { Participants, type RegistrationMode } from './store/participants.js';
import { storeIssuedOtp, type OtpProof } from './store/registration-otps.js';
import { Sender, type BatchItem, type BatchOutcome, type SendResult, type StoreHooks } from './store/send.js';
import { sql, type Wake } from './store/sql.js';
import { Tokens, type TokenInfo } from './store/tokens.js';

export type { AckRef } from './store/acks.js';
export { ACCEPTED_ID, DIRECTORY_ID, EXPIRED_PREFIX, REVOKED_ID } from './store/mailbox.js';
export type { DirectoryConnectResult, DirectorySign, DirectoryStock } from './store/directory.js';
export type { StoredDirectoryKey } from './store/directory-key.js';
export { MESSAGE_ID_PATTERN, type BatchItem, type BatchOutcome, type SendResult, type StoreHooks } from './store/send.js';
export type { Wake } from './store/sql.js';
export type { TokenInfo } from './store/tokens.js';
export type { RegistrationMode } from './store/participants.js';
export type { OtpProof } from './store/registration-otps.js';

export class Store {
  private readonly participants: Participants;
  private readonly connections: Connections;
  private readonly tokens: Tokens;
  private readonly sender: Sender;
  private readonly directory: Directory;

  constructor(
    readonly db: Database,
    limits: ConnectorLimits,
    private readonly wake: Wake,
    registration: RegistrationMode = 'open',
  ) {
    this.participants = new Participants(db, registration);
    this.connections = new Connections(db, wake);
    this.tokens = new Tokens(db, limits, this.connections, wake);
    this.sender = new Sender(db, limits, this.connections, wake);
    this.directory = new Directory(db, limits, this.connections, wake);
  }

  async ping(): Promise<void> {
    await this.db.read((em) => sql(this.db, em, 'SELECT 1', []));
  }

  // ---- participants and authentication ----

  register(id: string, publicKey: Uint8Array, displayName: string, logoUrl: string, now: number, nonce?: NonceRow, otpProof?: OtpProof): Promise<void> {
    return this.participants.register(id, publicKey, displayName, logoUrl, now, nonce, otpProof);
  }

  /** Keeps the K_temp of an OTP just issued for `identifier` (replacing an earlier one). */
  storeIssuedOtp(identifier: string, temporaryKey: Uint8Array, now: number, expiresAt: number): Promise<void> {
    return storeIssuedOtp(this.db, identifier, temporaryKey, now, expiresAt);
  }

  publicKey(id: string): Promise<Uint8Array | undefined> {
    return this.participants.publicKey(id);
  }

  /** Records a nonce; false when it was seen before (a replay). */
  useNonce(participantId: string, nonce: string, expiresAt: number): Promise<boolean> {
    return useNonce(this.db, participantId, nonce, expiresAt);
  }

  // ---- tokens and connections ----

  createTokens(creatorId: string, tokenIds: string[], expiresAt: number, now: number, nonce?: NonceRow): Promise<void> {
    return this.tokens.create(creatorId, tokenIds, expiresAt, now, nonce);
  }

  tokenInfo(tokenId: string, now: number, nonce?: NonceRow): Promise<TokenInfo> {
    return this.tokens.info(tokenId, now, nonce);
  }

  acceptToken(tokenId: string, acceptorId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<void> {
    return this.tokens.accept(tokenId, acceptorId, connectionId, now, nonce);
  }

  revoke(callerId: string, connectionId: string, now: number, nonce?: NonceRow): Promise<number> {
    return this.connections.revoke(callerId, connectionId, now, nonce);
  }

  // ---- key directory ----

  publishPreKeys(participantId: string, bundle: Uint8Array, keys: readonly DirectoryOneTimePreKey[], now: number, nonce?: NonceRow): Promise<number> {
    return this.directory.publish(participantId, bundle, keys, now, nonce);
  }

  directoryStock(participantId: string, nonce?: NonceRow): Promise<DirectoryStock> {
    return this.directory.stock(participantId, nonce);
  }

  directoryConnect(initiatorId: string, participantId: string, connectionId: string, now: number, sign: DirectorySign, nonce?: NonceRow): Promise<DirectoryConnectResult> {
    return this.directory.connect(initiatorId, participantId, connectionId, now, sign, nonce);
  }

  /** The directory signing key kept in the database: `candidate` if there was none yet. */
  directorySigningKey(candidate: StoredDirectoryKey & { keyId: string }, now: number): Promise<StoredDirectoryKey> {
    return directorySigningKey(this.db, candidate, now);
  }

  // ---- mailbox ----

  send(senderId: string, connectionId: string, messageId: string, payload: Uint8Array, now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<SendResult> {
    return this.sender.send(senderId, connectionId, messageId, payload, now, nonce, hooks);
  }

  sendBatch(senderId: string, items: readonly BatchItem[], now: number, nonce?: NonceRow, hooks?: StoreHooks): Promise<BatchOutcome[]> {
    return this.sender.sendBatch(senderId, items, now, nonce, hooks);
  }

  fetch(recipientId: string, after: number, limit: number, now: number, nonce?: NonceRow, maxBytes?: number): Promise<{ items: MailboxItemRow[]; hasMore: boolean }> {
    return fetchItems(this.db, recipientId, after, limit, now, nonce, maxBytes);
  }

  ackOwn(recipientId: string, refs: AckRef[]): Promise<number> {
    return ackOwn(this.db, recipientId, refs);
  }

  ack(recipientId: string, refs: AckRef[], nonce?: NonceRow): Promise<number> {
    return ack(this.db, this.connections, recipientId, refs, nonce);
  }

  // ---- expiry and sweeps ----

  expire(now: number, senderId?: string): Promise<number> {
    return expire(this.db, this.wake, now, senderId);
  }

  sweepNonces(now: number): Promise<void> {
    return sweepNonces(this.db, now);
  }

  async queueDepth(): Promise<number> {
    return this.db.read((em) => em.count(this.db.entities.MailboxItem, { where: { kind: ITEM_KIND.message } }));
  }
}
