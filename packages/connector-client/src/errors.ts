/**
 * The client's one error class. `code` is either a code the connector sent (its error table)
 * or a client-side transport code. The message starts with the code (`queue_full: ...`).
 * `retryable` says whether sending the same request again later may succeed, e.g. while the
 * connector is down (`network_error`): the caller keeps the message in its outbox and retries.
 */
export const CONNECTOR_CODES = [
  'bad_request',
  'unauthenticated',
  'stale_request',
  'replayed_request',
  'unknown_participant',
  'forbidden',
  'connection_limit',
  'not_found',
  'token_not_found',
  'token_exists',
  'token_expired',
  'token_used',
  'connection_revoked',
  'payload_too_large',
  'batch_too_large',
  'rate_limited',
  'queue_full',
  'quota_exceeded',
  'internal',
  'unavailable',
] as const;

export const CLIENT_CODES = ['network_error', 'timeout', 'bad_response'] as const;

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
