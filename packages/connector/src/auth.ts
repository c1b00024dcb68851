/**
 * Authentication of every /v1 request (the WebSocket upgrade included), in this order: the
 * client address's failed-authentication budget (before any crypto), the signed headers
 * (freshness, nonce shape, Ed25519 signature over method, path, body hash, timestamp and
 * nonce), the participant's request rate (and for sends its byte rate, for upgrades its socket
 * opens), and for a registration the address's budget of new participants. The verified nonce is handed to the handler's transaction (takeNonce).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import {
  CONNECTOR_AUTH_HEADERS,
  CONNECTOR_AUTH_NONCE_MAX_LENGTH,
  CONNECTOR_AUTH_NONCE_MIN_LENGTH,
  checkConnectorTimestamp,
  connectorParticipantId,
  connectorSigningInput,
  connector_e2e,
} from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { AddressLimits } from './abuse-limits.js';
import type { ConnectorLimits } from './config.js';
import type { NonceRow } from './entities.js';
import { ConnectorError } from './errors.js';
import type { RateLimiter } from './rate-limit.js';
import type { Store } from './store.js';
import { api, decodeBody } from './wire.js';

export const SEND_BATCH_ROUTE = '/v1/messages/send-batch';
export const SEND_ROUTE = '/v1/messages/send';

declare module 'fastify' {
  interface FastifyRequest {
    participantId: string;
    /** The verified request's nonce, recorded in the handler's transaction. */
    nonce: NonceRow | undefined;
    nonceTaken: boolean;
    /** A batch send's body, decoded once (authentication needs its item count). */
    sendBatch: connector_e2e.connector.v1.SendBatchRequest | undefined;
  }
}

/** Ed25519 public keys imported once per participant (importing per request costs more than verifying). */
class VerifierCache {
  private readonly keys = new Map<string, KeyObject>();
  get(participantId: string, publicKey: Uint8Array): KeyObject {
    let k = this.keys.get(participantId);
    if (!k) {
      if (this.keys.size >= 100_000) this.keys.clear();
      k = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' });
      this.keys.set(participantId, k);
    }
    return k;
  }
}

export interface AuthDeps {
  store: Store;
  limits: ConnectorLimits;
  clock: () => number;
  /** Requests per participant. */
  limiter: RateLimiter;
  /** WebSocket upgrades per participant. */
  socketOpens: RateLimiter;
  /** Bytes of send bodies per participant. */
  sendBytes: RateLimiter;
  addresses: AddressLimits;
  /** Most items a batch send may have (a larger one costs one token and is refused by its handler). */
  maxBatchItems: number;
}

export interface Auth {
  /** A preHandler: refuses with a ConnectorError, or sets request.participantId and request.nonce. */
  authenticate(request: FastifyRequest): Promise<void>;
  /** Hands the request's nonce to the handler's transaction. */
  takeNonce(request: FastifyRequest): NonceRow | undefined;
  /** Counts a failure found after authentication (a wrong OTP) against the client address. */
  failed(request: FastifyRequest): void;
}

export function createAuth({ store, limits, clock, limiter, socketOpens, sendBytes, addresses, maxBatchItems }: AuthDeps): Auth {
  const verifiers = new VerifierCache();
  /** Refusals that count against the client address's failure budget. */
  const AUTH_FAILURES = new Set(['unauthenticated', 'stale_request', 'unknown_participant']);

  async function authenticate(request: FastifyRequest): Promise<void> {
    const now = clock();
    const blocked = addresses.blocked(request.ip, now);
    if (blocked > 0) throw new ConnectorError('rate_limited', 'too many failed authentications from this address', { retryAfterSeconds: blocked });
    try {
      await verifyRequest(request, now);
    } catch (e) {
      if (ConnectorError.is(e) && AUTH_FAILURES.has(e.code)) addresses.failed(request.ip, now);
      throw e;
    }
  }

  async function verifyRequest(request: FastifyRequest, now: number): Promise<void> {
    const h = request.headers;
    const participantId = h[CONNECTOR_AUTH_HEADERS.participant];
    const ts = h[CONNECTOR_AUTH_HEADERS.timestamp];
    const nonce = h[CONNECTOR_AUTH_HEADERS.nonce];
    const signature = h[CONNECTOR_AUTH_HEADERS.signature];
    if (typeof participantId !== 'string' || typeof ts !== 'string' || typeof nonce !== 'string' || typeof signature !== 'string') {
      throw new ConnectorError('unauthenticated', 'the request is not signed');
    }
    if (nonce.length < CONNECTOR_AUTH_NONCE_MIN_LENGTH || nonce.length > CONNECTOR_AUTH_NONCE_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(nonce)) {
      throw new ConnectorError('unauthenticated', 'malformed nonce');
    }
    const timestamp = /^\d{1,16}$/.test(ts) ? Number(ts) : NaN;
    const windowMs = limits.authWindowSeconds * 1000;
    if (checkConnectorTimestamp(timestamp, now, windowMs) !== 'fresh') {
      throw new ConnectorError('stale_request', 'the request timestamp is outside the accepted window');
    }
    let publicKey: Uint8Array | undefined;
    if (request.routeOptions.url === '/v1/register') {
      const body = decodeBody(api.RegisterRequest, request.body, 'RegisterRequest');
      if (body.publicKey.length !== 32) throw new ConnectorError('bad_request', 'public_key must be 32 bytes (Ed25519)');
      if (connectorParticipantId(nodeCrypto, body.publicKey) !== participantId) throw new ConnectorError('unauthenticated', 'participant id does not match the public key');
      publicKey = body.publicKey;
    } else {
      publicKey = await store.publicKey(participantId);
      if (!publicKey) throw new ConnectorError('unknown_participant', 'no participant with this id; register first');
    }
    const body = request.body instanceof Uint8Array ? request.body : new Uint8Array(0);
    const input = connectorSigningInput(nodeCrypto, { method: request.method, path: request.url, body, timestamp, nonce, participantId });
    let sig: Uint8Array;
    try {
      sig = new Uint8Array(Buffer.from(signature, 'base64url'));
    } catch {
      throw new ConnectorError('unauthenticated', 'malformed signature');
    }
    if (sig.length !== 64 || !verify(null, input, verifiers.get(participantId, publicKey), sig)) throw new ConnectorError('unauthenticated', 'bad signature');
    // A batch draws one token per message; one over the cap costs one and is refused by its
    // handler (it could never pass, so throttling it would only make the client wait).
    let cost = 1;
    if (request.routeOptions.url === SEND_BATCH_ROUTE) {
      request.sendBatch = decodeBody(api.SendBatchRequest, request.body, 'SendBatchRequest');
      const n = request.sendBatch.items.length;
      if (n <= maxBatchItems) cost = Math.max(1, n);
    }
    const wait = limiter.take(participantId, now, cost);
    if (wait > 0) throw new ConnectorError('rate_limited', 'too many requests for this participant', { retryAfterSeconds: wait });
    const url = request.routeOptions.url;
    if ((url === SEND_BATCH_ROUTE || url === SEND_ROUTE) && body.length > 0) {
      const again = sendBytes.take(participantId, now, body.length);
      if (again > 0) throw new ConnectorError('rate_limited', 'too many bytes sent by this participant', { retryAfterSeconds: again });
    }
    if (request.ws) {
      const again = socketOpens.take(participantId, now);
      if (again > 0) throw new ConnectorError('rate_limited', 'too many new WebSockets for this participant', { retryAfterSeconds: again });
    }
    // A new participant is a new set of quotas: their number per address is limited
    // (registering a known key again only updates its name and logo).
    if (request.routeOptions.url === '/v1/register' && !(await store.publicKey(participantId))) {
      const again = addresses.register(request.ip, now);
      if (again > 0) throw new ConnectorError('rate_limited', 'too many new participants from this address', { retryAfterSeconds: again });
    }
    request.participantId = participantId;
    request.nonce = { participantId, nonce, expiresAt: timestamp + windowMs };
    if (request.ws) {
      // no transaction follows an upgrade: record the nonce now
      const n = takeNonce(request);
      if (n && !(await store.useNonce(n.participantId, n.nonce, n.expiresAt))) throw new ConnectorError('replayed_request', 'this nonce was already used');
    }
  }

  /** Hands the request's nonce to the handler's transaction. */
  function takeNonce(request: FastifyRequest): NonceRow | undefined {
    request.nonceTaken = true;
    return request.nonce;
  }

  return { authenticate, takeNonce, failed: (request) => addresses.failed(request.ip, clock()) };
}
