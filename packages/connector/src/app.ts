/**
 * `buildConnector(options)`: the relay as a Fastify app, separate from `listen` so tests can
 * drive it by `inject` or on a real port. Bodies are protobuf (proto/connector.proto);
 * payloads are opaque bytes that are stored and forwarded, never decoded or logged.
 */
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import websocket from '@fastify/websocket';
import { pino, type DestinationStream, type Logger } from 'pino';
import {
  CONNECTOR_AUTH_HEADERS,
  CONNECTOR_AUTH_NONCE_MAX_LENGTH,
  CONNECTOR_AUTH_NONCE_MIN_LENGTH,
  checkConnectorTimestamp,
  connectorParticipantId,
  connectorSigningInput,
  connectorTokenId,
  connector_e2e,
  toBase64url,
} from '@connector-e2e/protocol';
import { isTransientDatabaseError } from '@connector-e2e/db-kit';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { DEFAULT_LIMITS, MAX_SEND_BATCH_ITEMS, type ConnectorLimits } from './config.js';
import { openDatabase, type Database } from './db.js';
import type { MailboxItemRow, NonceRow } from './entities.js';
import { CONNECTOR_ERROR_STATUS, ConnectorError } from './errors.js';
import { createMetrics, type Metrics } from './metrics.js';
import { MailboxHub, listenPostgres, localOnly, type Listener$ } from './notifier.js';
import { RateLimiter } from './rate-limit.js';
import { AddressLimits } from './abuse-limits.js';
import { checkConnectionId, checkRefs, checkText } from './validate.js';
import { metricsRoute, startMetricsListener, type MetricsListener, type MetricsOptions } from './metrics-listener.js';
import { MESSAGE_ID_PATTERN, Store, type StoreHooks } from './store.js';
import { attachSocket } from './socket.js';
import { OutboundBudget } from './outbound-budget.js';
import { SocketRegistry } from './socket-registry.js';

const api = connector_e2e.connector.v1;
export const PROTOBUF = 'application/x-protobuf';
const TOKEN_BYTES = 16;
const DEFAULT_FETCH_LIMIT = 100;
const SEND_BATCH_ROUTE = '/v1/messages/send-batch';
/** Room for framing and ids around the payloads of a request body. */
const BODY_SLACK_BYTES = 64 * 1024;
/** Payload bytes of one fetch answer (at least one item), so a fetch never loads a whole backlog. */
const FETCH_PAGE_BYTES = 8 * 1024 * 1024;
/** Refusals counted in connector_requests_refused_total (a limit or quota, not a client mistake). */
const LIMIT_CODES: ReadonlySet<string> = new Set(['rate_limited', 'quota_exceeded', 'connection_limit', 'queue_full', 'payload_too_large', 'batch_too_large']);
/** How long shutdown waits for in-flight requests before cutting connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface ConnectorOptions {
  /** SQLite file path (better-sqlite3), `sqlite3:<path>`, or `postgres://` URL; or an opened Database. */
  db: string | Database;
  pgSchema?: string;
  sqliteSynchronous?: 'FULL' | 'NORMAL';
  limits?: Partial<ConnectorLimits>;
  /** pino logger, or options for one (default level `info` to stdout). */
  logger?: Logger | { level?: string; stream?: DestinationStream };
  /** WebSocket heartbeat interval (default 30 s). */
  wsPingSeconds?: number;
  /** Expiry sweep interval (default 60 s). */
  sweepSeconds?: number;
  /** Clock in unix milliseconds (tests move it to expire things). */
  clock?: () => number;
  /** Process-wide default metrics (CPU, memory); off by default so several apps can share a process. */
  defaultMetrics?: boolean;
  /** Where /metrics is served (default: nowhere; see metrics-listener.ts). */
  metrics?: MetricsOptions;
  /** Fault injection for tests. */
  hooks?: StoreHooks;
}

export interface Connector {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly db: Database;
  readonly metrics: Metrics;
  readonly limits: ConnectorLimits;
  /** Starts listening (and the metrics listener, if configured); returns the base URL (http://host:port). */
  listen(port?: number, host?: string): Promise<string>;
  /** The separate metrics listener's URL, once listening (undefined without one). */
  readonly metricsUrl: string | undefined;
  /** Graceful: stops accepting, finishes in-flight requests, closes sockets, closes the database. */
  close(): Promise<void>;
}

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

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function errorBody(e: ConnectorError): Buffer {
  return toBuffer(api.ErrorBody.encode({ code: e.code, message: e.message, retryAfterSeconds: e.retryAfterSeconds ?? 0 }).finish());
}

export function toDelivery(row: MailboxItemRow): connector_e2e.connector.v1.Delivery.$Properties {
  return {
    seq: row.seq,
    kind: row.kind,
    connectionId: row.connectionId,
    messageId: row.messageId,
    payload: row.payload ?? new Uint8Array(0),
    sentAt: row.createdAt,
    tokenId: row.tokenId,
  };
}

function decodeBody<C extends { decode(bytes: Uint8Array): unknown }>(codec: C, body: unknown, what: string): ReturnType<C['decode']> {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(0);
  try {
    return codec.decode(bytes) as ReturnType<C['decode']>;
  } catch {
    throw new ConnectorError('bad_request', `${what} body does not decode`);
  }
}

function send(reply: FastifyReply, bytes: Uint8Array): FastifyReply {
  return reply.type(PROTOBUF).send(toBuffer(bytes));
}

export async function buildConnector(options: ConnectorOptions): Promise<Connector> {
  const limits: ConnectorLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // every message of a batch draws from the rate limit, so a batch above the burst could never pass
  const maxBatchItems = Math.max(1, Math.min(MAX_SEND_BATCH_ITEMS, limits.rateLimitBurst));
  const batchBodyLimit = Math.max(limits.maxBatchBytes, limits.maxMessageBytes) + BODY_SLACK_BYTES;
  const clock = options.clock ?? Date.now;
  const logger: Logger =
    options.logger && 'info' in options.logger
      ? options.logger
      : pino({ level: options.logger?.level ?? 'info', base: { service: 'connector-e2e' } }, options.logger?.stream ?? process.stdout);

  const db =
    typeof options.db === 'string'
      ? await openDatabase({ url: options.db, pgSchema: options.pgSchema, sqliteSynchronous: options.sqliteSynchronous })
      : options.db;
  const hub = new MailboxHub();
  let listener: Listener$ = localOnly;
  const store = new Store(db, limits, (id) => hub.wake(id));
  const budget = new OutboundBudget(limits.wsOutboundBudgetBytes);
  const sockets = new SocketRegistry(limits.maxSocketsPerParticipant);
  const frameLimiter = new RateLimiter(limits.wsFramesPerSecond, limits.wsFrameBurst);
  const metrics = createMetrics(() => store.queueDepth(), options.defaultMetrics ?? false, () => budget.usedBytes);
  const limiter = new RateLimiter(limits.rateLimitPerSecond, limits.rateLimitBurst);
  const addresses = new AddressLimits(limits);
  try {
    if (db.dialect === 'postgres' && db.pgUrl) listener = await listenPostgres(db.pgUrl, db.notifyChannel, hub, logger);
  } catch (e) {
    await db.close();
    throw e;
  }

  const reqIdPrefix = `${toBase64url(randomBytes(6))}-`;
  let reqCount = 0;
  // A client has requestTimeoutSeconds to send a whole request (headers within at most 10 s),
  // instead of Node's 300 s: a slow body cannot hold a socket and a parser for long. Node
  // checks the deadlines every connectionsCheckingInterval, so that is a fraction of them.
  const requestTimeoutMs = limits.requestTimeoutSeconds * 1000;
  const app = Fastify({
    requestTimeout: requestTimeoutMs,
    http: { headersTimeout: Math.min(requestTimeoutMs, 10_000), connectionsCheckingInterval: Math.min(5_000, requestTimeoutMs / 2) },
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: limits.maxMessageBytes + BODY_SLACK_BYTES,
    logController: new LogController({ disableRequestLogging: true }),
    // a per-process random prefix and a counter: unique, and cheaper than random bytes per request
    genReqId: () => `${reqIdPrefix}${(++reqCount).toString(36)}`,
  });
  app.decorateRequest('participantId', '');
  app.decorateRequest('nonce', undefined);
  app.decorateRequest('nonceTaken', false);
  app.decorateRequest('sendBatch', undefined);
  const verifiers = new VerifierCache();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  await app.register(websocket, {
    options: { maxPayload: 1024 * 1024 },
    // Socket errors are the client's doing (an oversize frame is closed by ws with 1009, a
    // reset connection): one warn line, no stack trace, and the socket goes.
    errorHandler: (err, socket, request) => {
      const e = err as Error & { code?: string };
      request.log.warn({ participant: request.participantId || undefined, reason: e.message, code: e.code }, 'socket error; closing');
      socket.terminate();
    },
  });

  let closing = false;

  // ---- errors: every failure leaves as an ErrorBody with its code ----
  app.setErrorHandler(async (err, request, reply) => {
    // A refused request still uses up its nonce (its transaction, if any, was rolled back),
    // so replaying it later cannot succeed either.
    const pending = request.nonce;
    request.nonceTaken = true;
    if (pending && !ConnectorError.is(err, 'replayed_request')) await store.useNonce(pending.participantId, pending.nonce, pending.expiresAt).catch(() => undefined);
    let e: ConnectorError;
    if (ConnectorError.is(err)) e = err;
    else {
      const fe = err as { code?: string; statusCode?: number; message: string };
      if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        e =
          request.routeOptions.url === SEND_BATCH_ROUTE
            ? new ConnectorError('batch_too_large', `request body exceeds ${batchBodyLimit} bytes; split the batch`)
            : new ConnectorError('payload_too_large', `request body exceeds ${limits.maxMessageBytes + BODY_SLACK_BYTES} bytes`);
      }
      else if (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500) e = new ConnectorError('bad_request', fe.message);
      else if (closing) e = new ConnectorError('unavailable', 'shutting down');
      else if (isTransientDatabaseError(err)) {
        request.log.warn({ err: { message: fe.message, code: fe.code } }, 'database unavailable');
        e = new ConnectorError('unavailable', 'database unavailable, retry later', { retryAfterSeconds: 1 });
      } else {
        request.log.error({ err: { message: fe.message, code: fe.code } }, 'request failed');
        e = new ConnectorError('internal', 'unexpected server error');
      }
    }
    // refusals a client causes (quotas answer 507 too) stay at debug: a client must not be able to flood the log
    if (e.code === 'internal' || e.code === 'unavailable') request.log.warn({ code: e.code }, 'request refused');
    else request.log.debug({ code: e.code }, 'request refused');
    if (LIMIT_CODES.has(e.code)) metrics.refused.inc({ code: e.code });
    if (e.retryAfterSeconds !== undefined) reply.header('retry-after', String(e.retryAfterSeconds));
    reply.code(e.status).header('x-connector-error', e.code);
    return send(reply, errorBody(e));
  });
  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).header('x-connector-error', 'not_found');
    return send(reply, errorBody(new ConnectorError('not_found', 'no such endpoint')));
  });

  app.addHook('onSend', async (request) => {
    if (request.nonce && !request.nonceTaken) throw new Error(`route ${request.routeOptions.url} did not record its nonce`);
  });
  app.addHook('onResponse', (request, reply, done) => {
    metrics.requestSeconds.observe({ route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    request.log.debug({ method: request.method, route: request.routeOptions.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, participant: request.participantId || undefined }, 'request');
    done();
  });

  // ---- authentication: address limit, signature, freshness, nonce, rate limit ----
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

  function deliver(rows: MailboxItemRow[], via: 'http' | 'ws'): void {
    if (rows.length === 0) return;
    metrics.delivered.inc({ via }, rows.length);
    const now = clock();
    for (const r of rows) metrics.deliverySeconds.observe(Math.max(0, now - r.createdAt) / 1000);
  }

  async function expireFor(participantId: string): Promise<void> {
    const n = await store.expire(clock(), participantId);
    if (n > 0) metrics.expired.inc(n);
  }

  // ---- operations ----
  app.get('/healthz', async (_req, reply) => reply.type('text/plain').send('ok'));
  app.get('/readyz', async (_req, reply) => {
    const problems: string[] = [];
    if (closing) problems.push('shutting down');
    if (!listener.alive()) problems.push('notify listener down');
    try {
      await store.ping();
    } catch {
      problems.push('database unreachable');
    }
    return reply.code(problems.length ? 503 : 200).type('text/plain').send(problems.length ? problems.join('; ') : 'ready');
  });
  metricsRoute(app, metrics, options.metrics?.token);

  // ---- API ----
  const signed = { preHandler: authenticate };

  app.post('/v1/register', signed, async (request, reply) => {
    const body = decodeBody(api.RegisterRequest, request.body, 'RegisterRequest');
    checkText('display_name', body.displayName, 128);
    checkText('logo_url', body.logoUrl, 2048);
    await store.register(request.participantId, new Uint8Array(body.publicKey), body.displayName, body.logoUrl, clock(), takeNonce(request));
    return send(reply, api.RegisterResponse.encode({ participantId: request.participantId }).finish());
  });

  app.post('/v1/tokens', signed, async (request, reply) => {
    const body = decodeBody(api.CreateTokensRequest, request.body, 'CreateTokensRequest');
    const ttl = body.ttlSeconds || limits.tokenTtlSeconds;
    if (ttl > limits.maxTokenTtlSeconds) throw new ConnectorError('bad_request', `ttl_seconds exceeds ${limits.maxTokenTtlSeconds}`);
    let tokens: Uint8Array[];
    if (body.tokens.length > 0) {
      tokens = body.tokens.map((t) => new Uint8Array(t));
      if (tokens.some((t) => t.length !== TOKEN_BYTES)) throw new ConnectorError('bad_request', `tokens must be ${TOKEN_BYTES} bytes`);
    } else {
      const count = body.count || 1;
      if (count > limits.maxTokensPerRequest) throw new ConnectorError('bad_request', `count exceeds ${limits.maxTokensPerRequest}`);
      tokens = Array.from({ length: count }, () => nodeCrypto.randomBytes(TOKEN_BYTES));
    }
    if (tokens.length > limits.maxTokensPerRequest) throw new ConnectorError('bad_request', `more than ${limits.maxTokensPerRequest} tokens`);
    const ids = tokens.map((t) => connectorTokenId(nodeCrypto, t));
    if (new Set(ids).size !== ids.length) throw new ConnectorError('bad_request', 'duplicate tokens in the request');
    const now = clock();
    const expiresAt = now + ttl * 1000;
    await store.createTokens(request.participantId, ids, expiresAt, now, takeNonce(request));
    return send(reply, api.CreateTokensResponse.encode({ tokens: tokens.map((token, i) => ({ token, tokenId: ids[i]!, expiresAt })) }).finish());
  });

  app.post('/v1/tokens/info', signed, async (request, reply) => {
    const body = decodeBody(api.TokenInfoRequest, request.body, 'TokenInfoRequest');
    if (body.token.length !== TOKEN_BYTES) throw new ConnectorError('bad_request', `token must be ${TOKEN_BYTES} bytes`);
    const info = await store.tokenInfo(connectorTokenId(nodeCrypto, body.token), clock(), takeNonce(request));
    return send(reply, api.TokenInfoResponse.encode(info).finish());
  });

  app.post('/v1/tokens/accept', signed, async (request, reply) => {
    const body = decodeBody(api.AcceptTokenRequest, request.body, 'AcceptTokenRequest');
    if (body.token.length !== TOKEN_BYTES) throw new ConnectorError('bad_request', `token must be ${TOKEN_BYTES} bytes`);
    const tokenId = connectorTokenId(nodeCrypto, body.token);
    const connectionId = toBase64url(nodeCrypto.randomBytes(16));
    await store.acceptToken(tokenId, request.participantId, connectionId, clock(), takeNonce(request));
    return send(reply, api.AcceptTokenResponse.encode({ connectionId, tokenId }).finish());
  });

  app.post('/v1/messages/send', signed, async (request, reply) => {
    const body = decodeBody(api.SendRequest, request.body, 'SendRequest');
    if (!MESSAGE_ID_PATTERN.test(body.messageId) || body.messageId.startsWith('!')) {
      throw new ConnectorError('bad_request', 'message_id must be 1-128 printable ASCII characters and must not start with "!"');
    }
    checkConnectionId(body.connectionId);
    const item = { connectionId: body.connectionId, messageId: body.messageId, payload: body.payload };
    const [outcome] = await store.sendBatch(request.participantId, [item], clock(), takeNonce(request), options.hooks);
    request.nonce = undefined; // committed with the transaction, also when the item was refused
    if (!outcome!.ok) throw outcome!.error;
    if (!outcome!.duplicate) metrics.stored.inc();
    return send(reply, api.SendResponse.encode({ duplicate: outcome!.duplicate, expiresAt: outcome!.expiresAt }).finish());
  });

  app.post(SEND_BATCH_ROUTE, { ...signed, bodyLimit: batchBodyLimit }, async (request, reply) => {
    const body = request.sendBatch ?? decodeBody(api.SendBatchRequest, request.body, 'SendBatchRequest');
    if (body.items.length > maxBatchItems) {
      throw new ConnectorError('batch_too_large', `a batch holds at most ${maxBatchItems} messages; this one has ${body.items.length}`);
    }
    const items = body.items.map((it) => ({ connectionId: it.connectionId ?? '', messageId: it.messageId ?? '', payload: it.payload ?? new Uint8Array(0) }));
    // a malformed connection id is the request's fault as a whole, like an unknown one
    for (const it of items) checkConnectionId(it.connectionId);
    const outcomes = await store.sendBatch(request.participantId, items, clock(), takeNonce(request), options.hooks);
    let stored = 0;
    const results = outcomes.map((o): connector_e2e.connector.v1.SendBatchResult.$Properties => {
      if (!o.ok) return { duplicate: false, expiresAt: 0, error: { code: o.error.code, message: o.error.message, retryAfterSeconds: 0 } };
      if (!o.duplicate) stored++;
      return { duplicate: o.duplicate, expiresAt: o.expiresAt };
    });
    if (stored > 0) metrics.stored.inc(stored);
    return send(reply, api.SendBatchResponse.encode({ results }).finish());
  });

  app.post('/v1/messages/fetch', signed, async (request, reply) => {
    const body = decodeBody(api.FetchRequest, request.body, 'FetchRequest');
    const limit = Math.min(body.limit || DEFAULT_FETCH_LIMIT, limits.maxFetchLimit);
    await expireFor(request.participantId);
    const after = Number(body.after);
    const { items, hasMore } = await store.fetch(request.participantId, after, limit, clock(), takeNonce(request), FETCH_PAGE_BYTES);
    deliver(items, 'http');
    const nextAfter = items.length ? items[items.length - 1]!.seq : after;
    return send(reply, api.FetchResponse.encode({ items: items.map(toDelivery), nextAfter, hasMore }).finish());
  });

  app.post('/v1/messages/ack', signed, async (request, reply) => {
    const body = decodeBody(api.AckRequest, request.body, 'AckRequest');
    if (body.refs.length > 1000) throw new ConnectorError('bad_request', 'at most 1000 refs per ack');
    const refs = body.refs.map((r) => ({ connectionId: r.connectionId ?? '', messageId: r.messageId ?? '' }));
    checkRefs(refs);
    const deleted = await store.ack(request.participantId, refs, takeNonce(request));
    metrics.acked.inc(deleted);
    return send(reply, api.AckResponse.encode({ deleted }).finish());
  });

  app.post('/v1/connections/revoke', signed, async (request, reply) => {
    const body = decodeBody(api.RevokeRequest, request.body, 'RevokeRequest');
    checkConnectionId(body.connectionId);
    const deleted = await store.revoke(request.participantId, body.connectionId, clock(), takeNonce(request));
    return send(reply, api.RevokeResponse.encode({ deletedMessages: deleted }).finish());
  });

  app.get('/v1/ws', { websocket: true, preHandler: authenticate }, (socket, request) => {
    attachSocket({
      socket,
      participantId: request.participantId,
      store,
      hub,
      metrics,
      log: request.log,
      clock,
      pingSeconds: options.wsPingSeconds ?? 30,
      onDeliver: (rows) => deliver(rows, 'ws'),
      beforeFirstPump: () => expireFor(request.participantId),
      budget,
      registry: sockets,
      frameLimiter,
    });
  });

  // ---- background sweep ----
  const sweep = setInterval(() => {
    const now = clock();
    void store
      .expire(now)
      .then((n) => (n > 0 ? metrics.expired.inc(n) : undefined))
      .then(() => store.sweepNonces(now - limits.authWindowSeconds * 1000))
      .catch((e: unknown) => logger.warn({ err: (e as Error).message }, 'sweep failed'));
  }, (options.sweepSeconds ?? 60) * 1000);
  sweep.unref();

  let closed: Promise<void> | undefined;
  let metricsListener: MetricsListener | undefined;
  return {
    app,
    store,
    db,
    metrics,
    limits,
    get metricsUrl() {
      return metricsListener?.url;
    },
    async listen(port = 0, host = '127.0.0.1') {
      await app.listen({ port, host });
      if (options.metrics?.port !== undefined) metricsListener = await startMetricsListener(metrics, options.metrics.port, options.metrics.host);
      const addr = app.server.address();
      if (addr === null || typeof addr === 'string') throw new Error('listen: no TCP address');
      return `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
    },
    close() {
      closed ??= (async () => {
        closing = true;
        clearInterval(sweep);
        // Fastify closes idle keep-alive connections once, when closing starts; connections that
        // finish their in-flight request later would keep the server open until they time out.
        const idle = setInterval(() => app.server.closeIdleConnections(), 50);
        const hard = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        try {
          await app.close();
        } finally {
          clearInterval(idle);
          clearTimeout(hard);
        }
        await metricsListener?.close();
        await listener.close();
        await db.close();
      })();
      return closed;
    },
  };
}

export { CONNECTOR_ERROR_STATUS };
