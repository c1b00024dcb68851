/**
 * ConnectorClient: signed requests to the connector API (protobuf bodies) and a WebSocket
 * subscription with reconnect. Every request is signed with the participant's Ed25519 key
 * over method, path, body hash, timestamp and a fresh nonce, so a retry is a new request.
 */
import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import {
  CONNECTOR_AUTH_HEADERS,
  connectorSigningInput,
  connectorTokenId,
  otpRegistrationProof,
  connector_e2e,
  toBase64url,
  verifyDirectoryAnswer,
  type CryptoProvider,
} from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { ConnectorClientError, isConnectorClientErrorCode, unreachableError } from './errors.js';
import type { ParticipantKey } from './key.js';
import { Subscription, type SubscribeOptions } from './subscription.js';
import type {
  AcceptResult,
  AckRef,
  CreateTokensArgs,
  Delivery,
  DeliveryKind,
  DirectoryAnswer,
  DirectoryConnectArgs,
  DirectoryConnectResult,
  DirectoryKeyInfo,
  DirectoryStock,
  FetchArgs,
  OneTimePreKey,
  PublishPreKeysArgs,
  FetchResult,
  RegisterArgs,
  SendArgs,
  SendBatchResult,
  SendResult,
  TokenGrant,
  TokenInfo,
} from './types.js';

const api = connector_e2e.connector.v1;
export const PROTOBUF = 'application/x-protobuf';
export const EXPIRED_PREFIX = '!expired:';
/**
 * Most messages the connector takes in one `sendBatch` (a connector with a rate burst below
 * this takes at most that many). Larger batches are refused as a whole with `batch_too_large`,
 * as are bodies above the connector's byte cap (`--max-batch-bytes`, 4 MiB by default).
 */
export const MAX_SEND_BATCH_ITEMS = 256;

export interface ConnectorClientOptions {
  /** Base URL of the connector, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly key: ParticipantKey;
  /** Default: the node:crypto provider. */
  readonly crypto?: CryptoProvider;
  /** Per-request timeout; default 10 s. */
  readonly timeoutMs?: number;
  /** Unix milliseconds; default Date.now. */
  readonly clock?: () => number;
}

const KINDS: Record<number, DeliveryKind> = { 1: 'message', 2: 'connection_accepted', 3: 'message_expired', 4: 'connection_revoked', 5: 'directory_connection' };
export const DIRECTORY_KEY_ROUTE = '/v1/directory/key';

/** A key directory answer off the wire (as the connector sent it, unchecked). */
export function toDirectoryAnswer(a: connector_e2e.connector.v1.IDirectoryAnswer | connector_e2e.connector.v1.DirectoryAnswer.$Properties | null | undefined): DirectoryAnswer {
  if (!a) throw new ConnectorClientError('bad_response', 'the directory answer is missing');
  const opk = a.oneTimePrekey;
  const oneTimePreKey: OneTimePreKey | undefined = opk
    ? { id: opk.id ?? 0, publicKey: new Uint8Array(opk.publicKey ?? []), signature: new Uint8Array(opk.signature ?? []) }
    : undefined;
  return {
    participantId: a.participantId ?? '',
    bundle: new Uint8Array(a.bundle ?? []),
    ...(oneTimePreKey ? { oneTimePreKey } : {}),
    connectionId: a.connectionId ?? '',
    initiatorId: a.initiatorId ?? '',
    issuedAt: Number(a.issuedAt ?? 0),
    connectorSignature: new Uint8Array(a.connectorSignature ?? []),
  };
}

/** Decodes the payload of a `directory_connection` item (the answer its initiator was given). */
export function decodeDirectoryAnswer(payload: Uint8Array): DirectoryAnswer {
  let decoded: connector_e2e.connector.v1.DirectoryAnswer;
  try {
    decoded = api.DirectoryAnswer.decode(payload);
  } catch (e) {
    throw new ConnectorClientError('bad_response', 'a directory connection item whose answer does not decode', { cause: e });
  }
  return toDirectoryAnswer(decoded);
}

export function toDelivery(d: connector_e2e.connector.v1.IDelivery | connector_e2e.connector.v1.Delivery.$Properties): Delivery {
  const messageId = d.messageId ?? '';
  const kind = KINDS[d.kind ?? 0];
  if (!kind) throw new ConnectorClientError('bad_response', `unknown delivery kind ${String(d.kind)}`);
  return {
    seq: Number(d.seq ?? 0),
    kind,
    connectionId: d.connectionId ?? '',
    messageId,
    payload: d.payload ? new Uint8Array(d.payload) : new Uint8Array(0),
    sentAt: Number(d.sentAt ?? 0),
    tokenId: d.tokenId ?? '',
    ...(kind === 'message_expired' && messageId.startsWith(EXPIRED_PREFIX) ? { expiredMessageId: messageId.slice(EXPIRED_PREFIX.length) } : {}),
    ...(kind === 'directory_connection' ? { directoryAnswer: decodeDirectoryAnswer(d.payload ?? new Uint8Array(0)) } : {}),
  };
}

export class ConnectorClient {
  readonly url: string;
  readonly participantId: string;
  private readonly key: ParticipantKey;
  private readonly signer: (message: Uint8Array) => Uint8Array;
  readonly crypto: CryptoProvider;
  private readonly timeoutMs: number;
  readonly clock: () => number;

  constructor(options: ConnectorClientOptions) {
    this.url = options.url.replace(/\/+$/, '');
    this.key = options.key;
    this.participantId = options.key.participantId;
    this.crypto = options.crypto ?? nodeCrypto;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.clock = options.clock ?? Date.now;
    if (options.crypto) {
      const crypto = options.crypto;
      const seed = options.key.seed;
      this.signer = (m) => crypto.ed25519Sign(seed, m);
    } else {
      // node:crypto with the key imported once (importing it per request costs more than signing)
      const keyObject = createPrivateKey({
        key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from(options.key.seed).toString('base64url'), x: Buffer.from(options.key.publicKey).toString('base64url') },
        format: 'jwk',
      });
      this.signer = (m) => new Uint8Array(nodeSign(null, m, keyObject));
    }
  }

  /** The id the connector uses for a token: base64url(SHA-256(token)). */
  static tokenId(token: Uint8Array, crypto: CryptoProvider = nodeCrypto): string {
    return connectorTokenId(crypto, token);
  }

  /** Signed headers for a request (exposed for the WebSocket upgrade and for tests). */
  signedHeaders(method: string, path: string, body: Uint8Array): Record<string, string> {
    const fields = { method, path, body, timestamp: this.clock(), nonce: toBase64url(this.crypto.randomBytes(16)), participantId: this.participantId };
    return {
      [CONNECTOR_AUTH_HEADERS.participant]: fields.participantId,
      [CONNECTOR_AUTH_HEADERS.timestamp]: String(fields.timestamp),
      [CONNECTOR_AUTH_HEADERS.nonce]: fields.nonce,
      [CONNECTOR_AUTH_HEADERS.signature]: toBase64url(this.signer(connectorSigningInput(this.crypto, fields))),
    };
  }

  private pathOf(route: string): string {
    return new URL(this.url).pathname.replace(/\/+$/, '') + route;
  }

  /** A signed POST with a protobuf body. */
  private call<T>(route: string, body: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
    const headers = { ...this.signedHeaders('POST', this.pathOf(route), body), 'content-type': PROTOBUF };
    return this.request(route, { method: 'POST', headers, body: new Uint8Array(body) }, decode);
  }

  private async request<T>(route: string, init: RequestInit, decode: (b: Uint8Array) => T): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.url + route, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      const name = (e as { name?: string }).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new ConnectorClientError('timeout', `no answer from the connector at ${new URL(this.url).host} within ${this.timeoutMs} ms`, { cause: e });
      throw unreachableError(this.url, e);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw unreachableError(this.url, e, 'the connection dropped while reading the answer from');
    }
    if (!res.ok) throw errorFromResponse(res.status, bytes, res.headers.get('retry-after'));
    try {
      return decode(bytes);
    } catch (e) {
      throw new ConnectorClientError('bad_response', 'the answer does not decode', { status: res.status, cause: e });
    }
  }

  /**
   * Registers (or updates) this participant's key, display name and logo. Idempotent. With
   * `otp`, proves the one-time password (throws RangeError for one that is malformed).
   */
  async register(args: RegisterArgs = {}): Promise<{ participantId: string }> {
    const otpProof = args.otp ? await otpRegistrationProof(this.crypto, { ...args.otp, publicKey: this.key.publicKey }) : undefined;
    const body = api.RegisterRequest.encode({ publicKey: this.key.publicKey, displayName: args.displayName ?? '', logoUrl: args.logoUrl ?? '', ...(otpProof ? { otpProof } : {}) }).finish();
    const res = await this.call('/v1/register', body, (b) => api.RegisterResponse.decode(b));
    return { participantId: res.participantId };
  }

  async createTokens(args: CreateTokensArgs = {}): Promise<TokenGrant[]> {
    const body = api.CreateTokensRequest.encode({ count: args.count ?? 0, ttlSeconds: args.ttlSeconds ?? 0, tokens: args.tokens ? [...args.tokens] : [] }).finish();
    const res = await this.call('/v1/tokens', body, (b) => api.CreateTokensResponse.decode(b));
    return res.tokens.map((t) => ({ token: new Uint8Array(t.token ?? []), tokenId: t.tokenId ?? '', expiresAt: Number(t.expiresAt ?? 0) }));
  }

  /** What an invitee may see before accepting: inviter name and logo (never secrets). */
  async tokenInfo(token: Uint8Array): Promise<TokenInfo> {
    const res = await this.call('/v1/tokens/info', api.TokenInfoRequest.encode({ token }).finish(), (b) => api.TokenInfoResponse.decode(b));
    return { tokenId: res.tokenId, inviterName: res.inviterName, inviterLogoUrl: res.inviterLogoUrl, expiresAt: Number(res.expiresAt) };
  }

  /** Consumes the token; the new connection links this participant and the token's creator. */
  async acceptToken(token: Uint8Array): Promise<AcceptResult> {
    const res = await this.call('/v1/tokens/accept', api.AcceptTokenRequest.encode({ token }).finish(), (b) => api.AcceptTokenResponse.decode(b));
    return { connectionId: res.connectionId, tokenId: res.tokenId };
  }

  /**
   * Stores a message for the other participant of the connection. Resolves once the
   * connector has persisted it. Retrying with the same messageId is safe.
   */
  async send(args: SendArgs): Promise<SendResult> {
    const body = api.SendRequest.encode({ connectionId: args.connectionId, messageId: args.messageId, payload: args.payload }).finish();
    const res = await this.call('/v1/messages/send', body, (b) => api.SendResponse.decode(b));
    return { duplicate: res.duplicate, expiresAt: Number(res.expiresAt) };
  }

  /**
   * Sends several messages, possibly on different connections, in one signed request that the
   * connector stores in one transaction; resolves once committed, with one result per item in
   * the same order. Items of one connection are queued in array order. Retrying items with the
   * same messageIds is safe (`duplicate: true`).
   *
   * Throws (and nothing was stored) when the whole request is refused: `forbidden` (an item is
   * on a connection that is not yours), `batch_too_large` (more than MAX_SEND_BATCH_ITEMS items
   * or too many bytes: split it), `rate_limited` (every item counts), or a transport error.
   * Per-item refusals come back as results with `ok: false` and a typed error (its `status` is
   * undefined); see SendBatchResult.
   */
  async sendBatch(items: readonly SendArgs[]): Promise<SendBatchResult[]> {
    if (items.length === 0) return [];
    const body = api.SendBatchRequest.encode({
      items: items.map((it) => ({ connectionId: it.connectionId, messageId: it.messageId, payload: it.payload })),
    }).finish();
    const res = await this.call('/v1/messages/send-batch', body, (b) => api.SendBatchResponse.decode(b));
    if (res.results.length !== items.length) {
      throw new ConnectorClientError('bad_response', `${res.results.length} results for ${items.length} items`);
    }
    return res.results.map((r): SendBatchResult => {
      if (!r.error) return { ok: true, duplicate: r.duplicate === true, expiresAt: Number(r.expiresAt ?? 0) };
      const code = r.error.code ?? '';
      const message = r.error.message ?? '';
      if (!isConnectorClientErrorCode(code)) return { ok: false, error: new ConnectorClientError('bad_response', `unknown item error ${JSON.stringify(code)}: ${message}`) };
      const detail = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
      return { ok: false, error: new ConnectorClientError(code, detail) };
    });
  }

  /** Reads unacked items (FIFO). Nothing is deleted until acked. */
  async fetch(args: FetchArgs = {}): Promise<FetchResult> {
    const body = api.FetchRequest.encode({ after: args.after ?? 0, limit: args.limit ?? 0 }).finish();
    const res = await this.call('/v1/messages/fetch', body, (b) => api.FetchResponse.decode(b));
    return { items: res.items.map(toDelivery), nextAfter: Number(res.nextAfter), hasMore: res.hasMore };
  }

  /** Deletes delivered items; returns how many were deleted. */
  async ack(refs: readonly AckRef[]): Promise<number> {
    if (refs.length === 0) return 0;
    const body = api.AckRequest.encode({ refs: refs.map((r) => ({ connectionId: r.connectionId, messageId: r.messageId })) }).finish();
    const res = await this.call('/v1/messages/ack', body, (b) => api.AckResponse.decode(b));
    return res.deleted;
  }

  /** Revokes a connection; its queued messages are deleted and the peer is told. */
  async revoke(connectionId: string): Promise<number> {
    const res = await this.call('/v1/connections/revoke', api.RevokeRequest.encode({ connectionId }).finish(), (b) => api.RevokeResponse.decode(b));
    return res.deletedMessages;
  }

  // ---- key directory (docs/protocol.md section 29) ----

  /**
   * Publishes this participant's pre-key bundle (replacing the current one; omitted or empty:
   * kept) and adds one-time pre-keys to its stock (at most 100 per call). Returns the stock
   * after. All or nothing: `prekey_exists` (an id already in stock), `quota_exceeded` (the
   * stock would pass the connector's cap), `bad_request` / `payload_too_large` (a key not of 32
   * bytes, a signature above 1 KiB, a bundle above 16 KiB, an id twice, too many keys).
   */
  async publishPreKeys(args: PublishPreKeysArgs): Promise<{ stock: number }> {
    const body = api.PublishPreKeysRequest.encode({
      bundle: args.bundle ?? new Uint8Array(0),
      oneTimePrekeys: (args.oneTimePreKeys ?? []).map((k) => ({ id: k.id, publicKey: k.publicKey, signature: k.signature })),
    }).finish();
    const res = await this.call('/v1/directory/publish', body, (b) => api.PublishPreKeysResponse.decode(b));
    return { stock: res.stock };
  }

  /** How many one-time pre-keys this participant has left in the directory (refill when low). */
  async directoryStock(): Promise<DirectoryStock> {
    const res = await this.call('/v1/directory/stock', api.DirectoryStockRequest.encode({}).finish(), (b) => api.DirectoryStockResponse.decode(b));
    return { stock: res.stock, bundlePublished: res.bundlePublished };
  }

  /** The connector's directory key (not a signed request). Pin it, or compare it out of band: fetched here it is only trust on first use. */
  async directoryKey(): Promise<DirectoryKeyInfo> {
    const res = await this.request(DIRECTORY_KEY_ROUTE, { method: 'GET' }, (b) => api.DirectoryKeyResponse.decode(b));
    if (res.publicKey.length !== 32) throw new ConnectorClientError('bad_response', `a directory key of ${res.publicKey.length} bytes`);
    return { publicKey: new Uint8Array(res.publicKey), keyId: res.keyId };
  }

  /**
   * Sets up a connection with `participantId` from the key directory, online or not: the
   * connector takes one of its one-time pre-keys (if any are left), creates the connection and
   * tells the participant through its mailbox. Returns the countersigned answer, checked against
   * `directoryKey` when given (`directory_signature_invalid` otherwise; the connection exists
   * then, and can be revoked). The answer always has to name this request's participant, this
   * caller and the connection (`bad_response`). The keys inside are the participant's to prove
   * (by its DID signatures), not the connector's.
   */
  async directoryConnect(args: DirectoryConnectArgs): Promise<DirectoryConnectResult> {
    const res = await this.call('/v1/directory/connect', api.DirectoryConnectRequest.encode({ participantId: args.participantId }).finish(), (b) => api.DirectoryConnectResponse.decode(b));
    const answer = toDirectoryAnswer(res.answer);
    if (answer.connectionId !== res.connectionId || answer.participantId !== args.participantId || answer.initiatorId !== this.participantId) {
      throw new ConnectorClientError('bad_response', 'the directory answer names another connection, participant or initiator than this request');
    }
    if (args.directoryKey !== undefined && !verifyDirectoryAnswer(this.crypto, args.directoryKey, answer, answer.connectorSignature)) {
      throw new ConnectorClientError('directory_signature_invalid', `the answer for connection ${res.connectionId} does not verify under the pinned directory key`);
    }
    return { connectionId: res.connectionId, answer, verified: args.directoryKey !== undefined };
  }

  /**
   * Live delivery over a WebSocket, with reconnect (exponential backoff, full jitter) and HTTP
   * pull while the socket is down. Each item goes to `onMessage`; once that resolves the item
   * is acked (over the socket when open, else over HTTP). A throwing handler leaves the item
   * queued for redelivery.
   */
  subscribe(options: SubscribeOptions): Subscription {
    return new Subscription(this, options);
  }

  /** WebSocket URL and signed upgrade headers. */
  socketRequest(): { url: string; headers: Record<string, string> } {
    const u = new URL(this.url);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    u.pathname = this.pathOf('/v1/ws');
    return { url: u.toString(), headers: this.signedHeaders('GET', u.pathname, new Uint8Array(0)) };
  }
}

export function errorFromResponse(status: number, bytes: Uint8Array, retryAfter: string | null): ConnectorClientError {
  let code = '';
  let message = '';
  let retryAfterSeconds: number | undefined = retryAfter ? Number(retryAfter) || undefined : undefined;
  try {
    const body = api.ErrorBody.decode(bytes);
    code = body.code;
    message = body.message;
    if (body.retryAfterSeconds) retryAfterSeconds = body.retryAfterSeconds;
  } catch {
    // not an ErrorBody (e.g. a proxy's page): fall back to the status
  }
  if (!isConnectorClientErrorCode(code)) code = status === 429 ? 'rate_limited' : status >= 500 ? 'unavailable' : 'bad_response';
  const detail = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message || `HTTP ${status}`;
  return new ConnectorClientError(code as ConnectorClientError['code'], detail, { status, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) });
}
