/**
 * The client's one error class. `code` is either a code the connector sent (its error table)
 * or a client-side transport code. The message starts with the code (`queue_full: ...`).
 * `retryable` says whether sending the same request again later may succeed, e.g. while the
 * connector is down or its host unreachable (`network_error`, naming the host and the system
 * error, e.g. `ENOTFOUND`): the caller keeps the message in its outbox and retries.
 */
export const CONNECTOR_CODES = [
  'bad_request',
  'unauthenticated',
  'stale_request',
  'replayed_request',
  'unknown_participant',
  'otp_required',
  'otp_invalid',
  'otp_expired',
  'otp_used',
  'otp_attempts_exhausted',
  'forbidden',
  'connection_limit',
  'not_found',
  'token_not_found',
  'token_exists',
  'token_expired',
  'token_used',
  'directory_not_found',
  'prekey_exists',
  'connection_revoked',
  'payload_too_large',
  'batch_too_large',
  'rate_limited',
  'queue_full',
  'quota_exceeded',
  'internal',
  'unavailable',
] as const;

/**
 * Found by the client itself: `directory_signature_invalid` is a key directory answer whose
 * countersignature does not verify under the directory key the caller pinned.
 */
export const CLIENT_CODES = ['network_error', 'timeout', 'bad_response', 'directory_signature_invalid'] as const;

export type ConnectorClientErrorCode = (typeof CONNECTOR_CODES)[number] | (typeof CLIENT_CODES)[number];

const RETRYABLE: ReadonlySet<ConnectorClientErrorCode> = new Set([
  'network_error',
  'timeout',
  'unavailable',
  'internal',
  'rate_limited',
  'queue_full',
  // the recipient's mailbox frees up as it acks
  'quota_exceeded',
  // a clock jump or a lost response; a fresh signature fixes both
  'stale_request',
  'replayed_request',
]);

export function isConnectorClientErrorCode(code: string): code is ConnectorClientErrorCode {
  return (CONNECTOR_CODES as readonly string[]).includes(code) || (CLIENT_CODES as readonly string[]).includes(code);
}

export class ConnectorClientError extends Error {
  override readonly name = 'ConnectorClientError';
  readonly code: ConnectorClientErrorCode;
  /** HTTP status when the connector answered, else undefined. */
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ConnectorClientErrorCode, detail: string, options?: { status?: number; retryAfterSeconds?: number; cause?: unknown }) {
    super(`${code}: ${detail}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options?.status;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  static is<C extends ConnectorClientErrorCode>(e: unknown, code?: C): e is ConnectorClientError & { code: C } {
    if (!(e instanceof Error) || e.name !== 'ConnectorClientError') return false;
    const c = (e as { code?: unknown }).code;
    return typeof c === 'string' && isConnectorClientErrorCode(c) && (code === undefined || c === code);
  }
}

/**
 * What went wrong below HTTP, from a fetch or socket error: the innermost system error
 * (`getaddrinfo ENOTFOUND connector.example`, `connect ECONNREFUSED 127.0.0.1:8080`), else the
 * innermost message (fetch wraps them all in `fetch failed`).
 */
export function networkReason(err: unknown): string {
  let reason = err instanceof Error ? err.message : String(err);
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code) return e.message.includes(code) ? e.message : `${code}: ${e.message}`;
    if (e.message) reason = e.message;
    // happy eyeballs: one error per address tried
    e = e instanceof AggregateError && e.errors.length > 0 ? (e.cause ?? e.errors[0]) : e.cause;
  }
  return reason;
}

/** A request that never reached the connector (no DNS answer, refused, reset, TLS): `network_error`, naming the host. */
export function unreachableError(url: string, err: unknown, what = 'cannot reach the connector at'): ConnectorClientError {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the string as given
  }
  return new ConnectorClientError('network_error', `${what} ${host}: ${networkReason(err)}`, { cause: err });
}
