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
  FetchArgs,
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

const KINDS: Record<number, DeliveryKind> = { 1: 'message', 2: 'connection_accepted', 3: 'message_expired', 4: 'connection_revoked' };

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

  private async call<T>(route: string, body: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
    const path = this.pathOf(route);
    const headers = { ...this.signedHeaders('POST', path, body), 'content-type': PROTOBUF };
    let res: Response;
    try {
      res = await fetch(this.url + route, { method: 'POST', headers, body: new Uint8Array(body), signal: AbortSignal.timeout(this.timeoutMs) });
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
