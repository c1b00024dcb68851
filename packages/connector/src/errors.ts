/**
 * The connector's one error class. `code` is a closed string union; the message starts with
 * `code: ` so the code survives transports that keep only text. Every code maps to one HTTP
 * status (CONNECTOR_ERROR_STATUS); error responses carry an `ErrorBody` protobuf
 * (content type application/x-protobuf) and the code again in the `x-connector-error` header.
 */
export const CONNECTOR_ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  stale_request: 401,
  replayed_request: 401,
  unknown_participant: 401,
  otp_required: 401,
  otp_invalid: 401,
  otp_expired: 410,
  otp_used: 410,
  otp_attempts_exhausted: 403,
  forbidden: 403,
  connection_limit: 403,
  not_found: 404,
  token_not_found: 404,
  token_exists: 409,
  token_expired: 410,
  token_used: 410,
  directory_not_found: 404,
  prekey_exists: 409,
  connection_revoked: 410,
  payload_too_large: 413,
  batch_too_large: 413,
  rate_limited: 429,
  queue_full: 507,
  quota_exceeded: 507,
  internal: 500,
  unavailable: 503,
} as const;

export type ConnectorErrorCode = keyof typeof CONNECTOR_ERROR_STATUS;
export const CONNECTOR_ERROR_CODES = Object.keys(CONNECTOR_ERROR_STATUS) as ConnectorErrorCode[];

export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  readonly code: ConnectorErrorCode;
  /** Seconds a client should wait before retrying (rate_limited, unavailable). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ConnectorErrorCode, detail: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(`${code}: ${detail}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get status(): number {
    return CONNECTOR_ERROR_STATUS[this.code];
  }

  static is<C extends ConnectorErrorCode>(e: unknown, code?: C): e is ConnectorError & { code: C } {
    if (!(e instanceof Error) || e.name !== 'ConnectorError') return false;
    const c = (e as { code?: unknown }).code;
    return typeof c === 'string' && c in CONNECTOR_ERROR_STATUS && (code === undefined || c === code);
  }
}
