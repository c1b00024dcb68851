/**
 * `buildConnector(options)`: the relay as a Fastify app, separate from `listen` so tests can
 * drive it by `inject` or on a real port. Bodies are protobuf (proto/connector.proto);
 * payloads are opaque bytes that are stored and forwarded, never decoded or logged.
 * Authentication is in auth.ts, the route groups in routes/, the WebSocket push in socket.ts.
 */
import { randomBytes } from 'node:crypto';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import websocket from '@fastify/websocket';
import { pino, type DestinationStream, type Logger } from 'pino';
import { toBase64url } from '@connector-e2e/protocol';
import { DEFAULT_LIMITS, MAX_SEND_BATCH_ITEMS, type ConnectorLimits } from './config.js';
import { openDatabase, type Database } from './db.js';
import type { MailboxItemRow } from './entities.js';
import { CONNECTOR_ERROR_STATUS } from './errors.js';
import { createMetrics, type Metrics } from './metrics.js';
import { MailboxHub, listenPostgres, localOnly, type Listener$ } from './notifier.js';
import { RateLimiter } from './rate-limit.js';
import { AddressLimits } from './abuse-limits.js';
import { createAuth } from './auth.js';
import { DirectoryKey } from './directory-key.js';
import { metricsRoute, startMetricsListener, type MetricsListener, type MetricsOptions } from './metrics-listener.js';
import { Store, type RegistrationMode, type StoreHooks } from './store.js';
import { attachSocket } from './socket.js';
import { OutboundBudget } from './outbound-budget.js';
import { SocketRegistry } from './socket-registry.js';
import { PushFrames } from './push-frames.js';
import type { RouteContext } from './routes/context.js';
import { installErrorHandling } from './routes/errors.js';
import { adminRoutes } from './routes/admin.js';
import { directoryRoutes } from './routes/directory.js';
import { invitePageRoute } from './routes/invite-page.js';
import { messageRoutes } from './routes/messages.js';
import { tokenRoutes } from './routes/tokens.js';

export { PROTOBUF } from './wire.js';
/** Room for framing and ids around the payloads of a request body. */
const BODY_SLACK_BYTES = 64 * 1024;
/** How long shutdown waits for in-flight requests before cutting connections. */
export const SHUTDOWN_GRACE_MS = 10_000;
/** An admin token shorter than this is refused at start (it guards the issuing of OTPs). */
export const ADMIN_TOKEN_MIN_LENGTH = 16;

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
  /**
   * Who may register: 'open' (default) takes any key; 'otp' takes a new key only with a
   * one-time password the operator issued for an identifier (docs/protocol.md section 27).
   */
  registration?: RegistrationMode;
  /** Bearer token of the operator's API (/admin/v1/...); unset: there is none. At least 16 characters. */
  adminToken?: string;
  /**
   * PEM file (PKCS#8, Ed25519) with the key that countersigns key directory answers; unset: a
   * key generated once and kept in the database (shared by every process on it).
   */
  directoryKeyFile?: string;
}

export interface Connector {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly db: Database;
  readonly metrics: Metrics;
  readonly limits: ConnectorLimits;
  /** The key directory's signing key (its public half and id; the private key stays inside). */
  readonly directoryKey: DirectoryKey;
  /** Starts listening (and the metrics listener, if configured); returns the base URL (http://host:port). */
  listen(port?: number, host?: string): Promise<string>;
  /** The separate metrics listener's URL, once listening (undefined without one). */
  readonly metricsUrl: string | undefined;
  /** Graceful: stops accepting, finishes in-flight requests, closes sockets, closes the database. */
  close(): Promise<void>;
}

export async function buildConnector(options: ConnectorOptions): Promise<Connector> {
  const limits: ConnectorLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // every message of a batch draws from the rate limit, so a batch above the burst could never pass
  const maxBatchItems = Math.max(1, Math.min(MAX_SEND_BATCH_ITEMS, limits.rateLimitBurst));
  const batchBodyLimit = Math.max(limits.maxBatchBytes, limits.maxMessageBytes) + BODY_SLACK_BYTES;
  const bodyLimit = limits.maxMessageBytes + BODY_SLACK_BYTES;
  const clock = options.clock ?? Date.now;
  if (options.adminToken !== undefined && options.adminToken.length < ADMIN_TOKEN_MIN_LENGTH) {
    throw new RangeError(`adminToken: at least ${ADMIN_TOKEN_MIN_LENGTH} characters`);
  }
  if (options.registration !== undefined && options.registration !== 'open' && options.registration !== 'otp') {
    throw new RangeError(`registration: 'open' or 'otp', got ${JSON.stringify(options.registration)}`);
  }
  const logger: Logger =
    options.logger && 'info' in options.logger
      ? options.logger
      : pino({ level: options.logger?.level ?? 'info', base: { service: 'connector-e2e' } }, options.logger?.stream ?? process.stdout);

  const db =
    typeof options.db === 'string'
      ? await openDatabase({ url: options.db, pgSchema: options.pgSchema, sqliteSynchronous: options.sqliteSynchronous })
      : options.db;
  // frames kept for sharing are held on top of what the budget counts: a quarter of it at most
  const frames = new PushFrames(Math.floor(limits.wsOutboundBudgetBytes / 4));
  const hub = new MailboxHub((id) => (id === undefined ? frames.clear() : frames.changed(id)));
  let listener: Listener$ = localOnly;
  const store = new Store(db, limits, (id) => hub.wake(id), options.registration ?? 'open');
  const budget = new OutboundBudget(limits.wsOutboundBudgetBytes);
  const sockets = new SocketRegistry(limits.maxSocketsPerParticipant);
  const frameLimiter = new RateLimiter(limits.wsFramesPerSecond, limits.wsFrameBurst);
  // bursts of one second's worth; a frame that crosses it is repaid by the refill (debt)
  const pushLimiter = new RateLimiter(limits.wsPushBytesPerSecond, limits.wsPushBytesPerSecond);
  const metrics = createMetrics(() => store.queueDepth(), options.defaultMetrics ?? false, () => budget.usedBytes);
  const limiter = new RateLimiter(limits.rateLimitPerSecond, limits.rateLimitBurst);
  const addresses = new AddressLimits(limits);
  let directoryKey: DirectoryKey;
  try {
    directoryKey = options.directoryKeyFile !== undefined ? await DirectoryKey.fromFile(options.directoryKeyFile) : await DirectoryKey.fromDatabase(store, clock());
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
    bodyLimit,
    logController: new LogController({ disableRequestLogging: true }),
    // a per-process random prefix and a counter: unique, and cheaper than random bytes per request
    genReqId: () => `${reqIdPrefix}${(++reqCount).toString(36)}`,
  });
  app.decorateRequest('participantId', '');
  app.decorateRequest('nonce', undefined);
  app.decorateRequest('nonceTaken', false);
  app.decorateRequest('sendBatch', undefined);
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

  installErrorHandling(app, { store, metrics, batchBodyLimit, bodyLimit, closing: () => closing });

  app.addHook('onResponse', (request, reply, done) => {
    metrics.requestSeconds.observe({ route: request.routeOptions.url ?? 'unknown', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    request.log.debug({ method: request.method, route: request.routeOptions.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, participant: request.participantId || undefined }, 'request');
    done();
  });

  function deliver(rows: MailboxItemRow[], via: 'http' | 'ws'): void {
    if (rows.length === 0) return;
    metrics.delivered.inc({ via }, rows.length);
    const now = clock();
    for (const r of rows) metrics.deliverySeconds.observe(Math.max(0, now - r.createdAt) / 1000);
  }

  async function expireFor(participantId: string): Promise<void> {
    const n = await store.expire(clock(), participantId);
    if (n > 0) {
      metrics.expired.inc(n);
      frames.clear();
    }
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
  metricsRoute(app, metrics, options.metrics?.token, addresses, clock);
  invitePageRoute(app);
  if (options.adminToken !== undefined) adminRoutes(app, { store, token: options.adminToken, addresses, clock });

  // ---- API ----
  const socketOpens = new RateLimiter(limits.wsOpensPerMinute / 60, Math.max(1, limits.maxSocketsPerParticipant));
  // any request the body limits allow must fit a full bucket
  const sendBytes = new RateLimiter(limits.sendBytesPerSecond, Math.max(limits.sendBytesPerSecond, batchBodyLimit));
  const auth = createAuth({ store, limits, clock, limiter, socketOpens, sendBytes, addresses, maxBatchItems });
  const routes: RouteContext = { store, limits, metrics, clock, auth, hooks: options.hooks, deliver, expireFor, acked: (id) => frames.changed(id) };
  tokenRoutes(app, routes);
  messageRoutes(app, routes, { maxBatchItems, batchBodyLimit });
  directoryRoutes(app, routes, { directoryKey, bodyLimit });
  app.get('/v1/ws', { websocket: true, preHandler: auth.authenticate }, (socket, request) => {
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
      pushLimiter,
      frames,
    });
  });

  // ---- background sweep ----
  const sweep = setInterval(() => {
    const now = clock();
    void store
      .expire(now)
      .then((n) => {
        if (n === 0) return;
        metrics.expired.inc(n);
        // kept frames may carry what expired
        frames.clear();
      })
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
    directoryKey,
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
