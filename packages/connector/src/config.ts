/**
 * Connector configuration: defaults, command-line flags and environment variables.
 * Every flag `--some-flag` can also be set as `CONNECTOR_SOME_FLAG`; flags win.
 */
export interface ConnectorLimits {
  /** Largest accepted message payload in bytes. */
  maxMessageBytes: number;
  /**
   * Largest batch send body in bytes (payloads plus framing); never below what one message of
   * `maxMessageBytes` needs. A larger batch is refused as a whole with `batch_too_large`.
   */
  maxBatchBytes: number;
  /** Most undelivered messages one connection may hold per direction. */
  queueCap: number;
  /** How long an undelivered message is kept before it expires (and is reported to its sender). */
  retentionSeconds: number;
  /** Sustained requests per second per participant (WebSocket upgrades included). */
  rateLimitPerSecond: number;
  /** Burst size of the per-participant token bucket. */
  rateLimitBurst: number;
  /**
   * Bytes of send and batch-send bodies per participant and second (per process; bursts of one
   * second's worth, and always at least one largest batch). The request rate alone let one
   * participant write 200 MiB a second, whose commits and checkpoints stall everyone's.
   */
  sendBytesPerSecond: number;
  /** Tolerated clock difference of signed requests, in seconds (also how long nonces are kept). */
  authWindowSeconds: number;
  /** Default and maximum lifetime of connection tokens, in seconds. */
  tokenTtlSeconds: number;
  maxTokenTtlSeconds: number;
  /** Most tokens per create request. */
  maxTokensPerRequest: number;
  /** Largest page of a fetch. */
  maxFetchLimit: number;
  /**
   * Most open WebSockets per participant (per process). A new socket past the cap closes the
   * participant's oldest one (close code 4009 `socket_replaced`), so a client whose old socket
   * went half-open can always reconnect at once.
   */
  maxSocketsPerParticipant: number;
  /**
   * WebSocket upgrades per participant and minute (per process; the burst is the socket cap).
   * Every new socket is pushed the participant's whole backlog, so reopening sockets that
   * never read would otherwise multiply that work.
   */
  wsOpensPerMinute: number;
  /**
   * Bytes pushed per participant and second over all its sockets (per process; bursts of one
   * second's worth, the frame that crosses it repaid by the refill). Keeps the read-and-send work one participant can ask of the process fair
   * to the others, however many sockets it opens; a subscriber past it is pushed later.
   */
  wsPushBytesPerSecond: number;
  /**
   * Bytes queued for sending on all WebSockets of this process together (pushed frames the
   * clients have not read yet). When it is spent, the socket holding the most unread bytes is
   * closed (4008 `slow_consumer`); its items stay stored and are pushed again on reconnect.
   */
  wsOutboundBudgetBytes: number;
  /** Most payload bytes held undelivered in one participant's mailbox, over all its connections. */
  mailboxQuotaBytes: number;
  /** Most messages held undelivered in one participant's mailbox, over all its connections. */
  mailboxQuotaItems: number;
  /** Most connections (not revoked) a participant may be a party of. */
  maxConnectionsPerParticipant: number;
  /** New participants registered per client address and minute (per process), sustained. */
  registrationsPerMinute: number;
  /** New participants per client address at once (a test run or an office behind one NAT). */
  registrationBurst: number;
  /**
   * WebSocket frames per second per participant (per process, all its sockets); an ack counts
   * one per 100 refs. A participant over the limit has the socket closed (4029 `rate_limited`).
   */
  wsFramesPerSecond: number;
  wsFrameBurst: number;
  /**
   * Failed authentications per second per client address (per process). An address past its
   * burst is refused with rate_limited (429) before any signature is checked.
   */
  authFailuresPerSecond: number;
  authFailureBurst: number;
  /** Time a client has to send a whole request, headers included (a slow body is cut off). */
  requestTimeoutSeconds: number;
  /**
   * One-time pre-keys the key directory holds per participant (`quota_exceeded` past it). Each
   * is at most a few hundred bytes; the cap bounds what one participant stores there.
   */
  maxPreKeyStock: number;
}

/**
 * Most messages in one batch send. Bounds the work (and the time a SQLite write holds the
 * database) of one request; a batch of more is refused as a whole with `batch_too_large`.
 * The rate limit counts every message, so the effective cap is also at most `--rate-burst`.
 */
export const MAX_SEND_BATCH_ITEMS = 256;

/** Largest pre-key bundle the key directory stores (opaque bytes; a bundle is a few hundred). */
export const MAX_PREKEY_BUNDLE_BYTES = 16 * 1024;
/** Largest signature of a one-time pre-key (opaque: a DID signature with its framing). */
export const MAX_PREKEY_SIGNATURE_BYTES = 1024;
/** Most one-time pre-keys one publish request adds. */
export const MAX_PREKEYS_PER_PUBLISH = 100;

export const DEFAULT_LIMITS: ConnectorLimits = {
  maxMessageBytes: 1024 * 1024,
  maxBatchBytes: 4 * 1024 * 1024,
  queueCap: 10_000,
  retentionSeconds: 30 * 24 * 3600,
  rateLimitPerSecond: 200,
  rateLimitBurst: 400,
  sendBytesPerSecond: 4 * 1024 * 1024,
  authWindowSeconds: 300,
  tokenTtlSeconds: 24 * 3600,
  maxTokenTtlSeconds: 30 * 24 * 3600,
  maxTokensPerRequest: 100,
  maxFetchLimit: 500,
  maxSocketsPerParticipant: 8,
  wsOpensPerMinute: 20,
  wsPushBytesPerSecond: 4 * 1024 * 1024,
  wsOutboundBudgetBytes: 256 * 1024 * 1024,
  mailboxQuotaBytes: 1024 * 1024 * 1024,
  mailboxQuotaItems: 100_000,
  maxConnectionsPerParticipant: 1_000,
  registrationsPerMinute: 30,
  registrationBurst: 100,
  wsFramesPerSecond: 200,
  wsFrameBurst: 400,
  authFailuresPerSecond: 5,
  authFailureBurst: 50,
  requestTimeoutSeconds: 30,
  maxPreKeyStock: 1000,
};

export interface CliOptions {
  port: number;
  host: string;
  db: string;
  pgSchema: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  logLevel: string;
  wsPingSeconds: number;
  sweepSeconds: number;
  /** Serve /metrics on its own listener at this port (0 = any free port); undefined = none. */
  metricsPort: number | undefined;
  metricsHost: string;
  /** Bearer token that /metrics on the public listener requires; without it, it answers 404 there. */
  metricsToken: string | undefined;
  /** 'open' registration, or new participants only with an operator's one-time password. */
  registration: 'open' | 'otp';
  /** Bearer token of the operator's API (/admin/v1/...); without it there is none. */
  adminToken: string | undefined;
  /** PEM file with the key directory's Ed25519 private key; without it the key is kept in the database. */
  directoryKeyFile: string | undefined;
  limits: ConnectorLimits;
}

interface FlagSpec {
  flag: string;
  env: string;
  help: string;
  apply(o: CliOptions, v: string): void;
  show(o: CliOptions): string;
}

function int(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new RangeError(`${name}: expected an integer >= ${min}, got ${JSON.stringify(v)}`);
  return n;
}

function limitFlag(flag: string, key: keyof ConnectorLimits, help: string, min = 1): FlagSpec {
  return {
    flag,
    env: envName(flag),
    help,
    apply: (o, v) => { o.limits[key] = int(`--${flag}`, v, min); },
    show: (o) => String(o.limits[key]),
  };
}

function envName(flag: string): string {
  return `CONNECTOR_${flag.toUpperCase().replace(/-/g, '_')}`;
}

export const FLAGS: FlagSpec[] = [
  { flag: 'port', env: 'CONNECTOR_PORT', help: 'TCP port to listen on (0 = any free port)', apply: (o, v) => { o.port = int('--port', v, 0); }, show: (o) => String(o.port) },
  { flag: 'host', env: 'CONNECTOR_HOST', help: 'address to bind', apply: (o, v) => { o.host = v; }, show: (o) => o.host },
  { flag: 'db', env: 'CONNECTOR_DB', help: 'SQLite file path (better-sqlite3), sqlite3:<path> for the sqlite3 driver, or postgres://user@host:port/db', apply: (o, v) => { o.db = v; }, show: (o) => o.db },
  { flag: 'pg-schema', env: 'CONNECTOR_PG_SCHEMA', help: 'PostgreSQL schema holding the connector tables', apply: (o, v) => { o.pgSchema = v; }, show: (o) => o.pgSchema },
  { flag: 'sqlite-synchronous', env: 'CONNECTOR_SQLITE_SYNCHRONOUS', help: 'SQLite durability: FULL (fsync every commit) or NORMAL (survives process crashes, not power loss)', apply: (o, v) => { const u = v.toUpperCase(); if (u !== 'FULL' && u !== 'NORMAL') throw new RangeError(`--sqlite-synchronous: FULL or NORMAL, got ${v}`); o.sqliteSynchronous = u; }, show: (o) => o.sqliteSynchronous },
  { flag: 'log-level', env: 'CONNECTOR_LOG_LEVEL', help: 'pino log level (fatal, error, warn, info, debug, silent)', apply: (o, v) => { o.logLevel = v; }, show: (o) => o.logLevel },
  { flag: 'ws-ping-seconds', env: 'CONNECTOR_WS_PING_SECONDS', help: 'WebSocket heartbeat; a socket that misses one pong is closed', apply: (o, v) => { o.wsPingSeconds = int('--ws-ping-seconds', v, 1); }, show: (o) => String(o.wsPingSeconds) },
  { flag: 'sweep-seconds', env: 'CONNECTOR_SWEEP_SECONDS', help: 'interval of the expiry sweep (expired messages, old nonces)', apply: (o, v) => { o.sweepSeconds = int('--sweep-seconds', v, 1); }, show: (o) => String(o.sweepSeconds) },
  { flag: 'metrics-port', env: 'CONNECTOR_METRICS_PORT', help: 'serve /metrics on a separate listener at this port (no token needed there)', apply: (o, v) => { o.metricsPort = int('--metrics-port', v, 0); }, show: (o) => (o.metricsPort === undefined ? 'none' : String(o.metricsPort)) },
  { flag: 'metrics-host', env: 'CONNECTOR_METRICS_HOST', help: 'address the metrics listener binds', apply: (o, v) => { o.metricsHost = v; }, show: (o) => o.metricsHost },
  { flag: 'metrics-token', env: 'CONNECTOR_METRICS_TOKEN', help: '/metrics on the public port answers only with "Authorization: Bearer <token>" (without a token: 404)', apply: (o, v) => { o.metricsToken = v; }, show: (o) => (o.metricsToken === undefined ? 'none' : '(set)') },
  { flag: 'registration', env: 'CONNECTOR_REGISTRATION', help: 'open (any key may register) or otp (a new key needs a one-time password from issue-otp or the admin API)', apply: (o, v) => { if (v !== 'open' && v !== 'otp') throw new RangeError(`--registration: open or otp, got ${v}`); o.registration = v; }, show: (o) => o.registration },
  { flag: 'admin-token', env: 'CONNECTOR_ADMIN_TOKEN', help: 'serve the operator API (POST /admin/v1/registration-otps) with "Authorization: Bearer <token>" (16 characters or more)', apply: (o, v) => { if (v.length < 16) throw new RangeError('--admin-token: at least 16 characters'); o.adminToken = v; }, show: (o) => (o.adminToken === undefined ? 'none' : '(set)') },
  { flag: 'directory-key-file', env: 'CONNECTOR_DIRECTORY_KEY_FILE', help: 'PEM file (PKCS#8, Ed25519) with the key that countersigns key directory answers (default: one generated once and kept in the database)', apply: (o, v) => { o.directoryKeyFile = v; }, show: (o) => o.directoryKeyFile ?? 'in the database' },
  limitFlag('max-message-bytes', 'maxMessageBytes', 'largest message payload in bytes'),
  limitFlag('max-batch-bytes', 'maxBatchBytes', 'largest batch send body in bytes (at least what one largest message needs)'),
  limitFlag('queue-cap', 'queueCap', 'most undelivered messages per connection and direction'),
  limitFlag('retention-seconds', 'retentionSeconds', 'lifetime of an undelivered message'),
  limitFlag('rate-limit', 'rateLimitPerSecond', 'requests per second per participant (sustained)'),
  limitFlag('rate-burst', 'rateLimitBurst', 'requests per participant in a burst'),
  limitFlag('send-bytes-per-second', 'sendBytesPerSecond', 'bytes of send bodies per participant and second (bursts of 1 s, at least one largest batch)'),
  limitFlag('auth-window-seconds', 'authWindowSeconds', 'tolerated clock skew of signed requests'),
  limitFlag('token-ttl-seconds', 'tokenTtlSeconds', 'default lifetime of connection tokens'),
  limitFlag('max-token-ttl-seconds', 'maxTokenTtlSeconds', 'longest lifetime of connection tokens'),
  limitFlag('max-sockets-per-participant', 'maxSocketsPerParticipant', 'open WebSockets per participant; a newer one closes the oldest'),
  limitFlag('ws-opens-per-minute', 'wsOpensPerMinute', 'WebSocket upgrades per participant and minute (burst: the socket cap)'),
  limitFlag('ws-push-bytes-per-second', 'wsPushBytesPerSecond', 'bytes pushed per participant and second over all its sockets (bursts of 1 s worth)'),
  limitFlag('ws-outbound-budget-bytes', 'wsOutboundBudgetBytes', 'unread bytes queued on all WebSockets together; past it the slowest reader is dropped'),
  limitFlag('mailbox-quota-bytes', 'mailboxQuotaBytes', 'undelivered payload bytes per participant mailbox (all connections)'),
  limitFlag('mailbox-quota-items', 'mailboxQuotaItems', 'undelivered messages per participant mailbox (all connections)'),
  limitFlag('max-connections', 'maxConnectionsPerParticipant', 'connections (not revoked) per participant'),
  limitFlag('registrations-per-minute', 'registrationsPerMinute', 'new participants per client address and minute (sustained)'),
  limitFlag('registration-burst', 'registrationBurst', 'new participants per client address at once'),
  limitFlag('ws-frame-rate', 'wsFramesPerSecond', 'WebSocket frames per second per participant (sustained; an ack counts one per 100 refs)'),
  limitFlag('ws-frame-burst', 'wsFrameBurst', 'WebSocket frames per participant in a burst'),
  limitFlag('auth-failure-rate', 'authFailuresPerSecond', 'failed authentications per second per client address before it is refused unchecked'),
  limitFlag('auth-failure-burst', 'authFailureBurst', 'failed authentications per client address in a burst'),
  limitFlag('request-timeout-seconds', 'requestTimeoutSeconds', 'time a client has to send a whole request'),
  limitFlag('max-prekey-stock', 'maxPreKeyStock', 'one-time pre-keys the key directory holds per participant'),
];

export function defaultCliOptions(): CliOptions {
  return {
    port: 8080,
    host: '0.0.0.0',
    db: './connector.sqlite',
    pgSchema: 'public',
    sqliteSynchronous: 'FULL',
    logLevel: 'info',
    wsPingSeconds: 30,
    sweepSeconds: 60,
    metricsPort: undefined,
    metricsHost: '127.0.0.1',
    metricsToken: undefined,
    registration: 'open',
    adminToken: undefined,
    directoryKeyFile: undefined,
    limits: { ...DEFAULT_LIMITS },
  };
}

export type ParsedCli =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'issue-otp'; options: CliOptions; identifier: string }
  | { kind: 'help'; text: string };

/** The operator command that issues a registration OTP; it takes the database flags and this one. */
export const ISSUE_OTP_COMMAND = 'issue-otp';

/** Parses argv (without node and script) and the environment. Throws RangeError on bad input. */
export function parseCli(argv: readonly string[], env: Record<string, string | undefined>): ParsedCli {
  const options = defaultCliOptions();
  for (const spec of FLAGS) {
    const v = env[spec.env];
    if (v !== undefined && v !== '') spec.apply(options, v);
  }
  const issueOtp = argv[0] === ISSUE_OTP_COMMAND;
  let identifier: string | undefined;
  for (let i = issueOtp ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help', text: helpText() };
    if (!arg.startsWith('--')) throw new RangeError(`unexpected argument ${JSON.stringify(arg)} (see --help)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = FLAGS.find((f) => f.flag === name);
    if (!spec && !(issueOtp && name === 'identifier')) throw new RangeError(`unknown flag --${name} (see --help)`);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new RangeError(`--${name} needs a value`);
    if (spec) spec.apply(options, value);
    else identifier = value;
  }
  if (issueOtp) {
    if (identifier === undefined) throw new RangeError(`${ISSUE_OTP_COMMAND}: --identifier is required`);
    return { kind: 'issue-otp', options, identifier };
  }
  return { kind: 'run', options };
}

export function helpText(): string {
  const d = defaultCliOptions();
  const lines = [
    'Usage: connector-e2e-connector [flags]',
    '',
    'Runs the connector-e2e relay. Every flag can also be given as an environment variable.',
    '',
  ];
  for (const f of FLAGS) {
    lines.push(`  --${f.flag} <value>`.padEnd(36) + `${f.env}`);
    lines.push(`      ${f.help} (default: ${f.show(d)})`);
  }
  lines.push('  --help'.padEnd(36) + 'print this text');
  lines.push(
    '',
    `Usage: connector-e2e-connector ${ISSUE_OTP_COMMAND} --identifier <id> [--db <url>] [--pg-schema <schema>]`,
    '',
    'Issues a one-time password that lets one new participant register under <id> within five',
    'minutes (with --registration otp), and prints it as JSON: {"identifier","otp","expiresAt"}.',
    'Deliver the OTP to the identifier\'s owner out of band; the connector keeps no copy of it.',
  );
  return lines.join('\n');
}
