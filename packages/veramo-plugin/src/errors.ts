import { ConnectorClientError } from '@connector-e2e/connector-client';
import { isTransientDatabaseError } from '@connector-e2e/db-kit';
import { ProtocolError, protocolErrorCodeOf, type ProtocolErrorCode } from '@connector-e2e/protocol';

/**
 * The plugin's error class. Like ProtocolError, the message starts with the code so the code
 * survives Veramo's REST hop, where only `error.message` travels. Protocol failures surfaced
 * by the plugin keep their protocol code (e.g. `invitation_expired`, `commitment_mismatch`).
 */
export const PLUGIN_ERROR_CODES = [
  'invalid_argument',
  'not_found',
  'invitation_used',
  'invitation_unknown',
  'handshake_timeout',
  'connection_failed',
  'connection_not_established',
  'identity_unavailable',
  'did_resolution_failed',
  'state_conflict',
  // The connector did not answer (down, unreachable, timed out, overloaded): retry later.
  'connector_unavailable',
  // The connector refused the request for good (e.g. a revoked connection, a payload too large);
  // its own code follows in the message.
  'connector_refused',
  // A peer DID showed another identity key than the one pinned on first use (e2eAcceptIdentityChange).
  'identity_changed',
  // The connector takes new participants only with a one-time password (e2eRegister).
  'registration_required',
  // The agent's database: momentarily unavailable (locked, restarting, unreachable: retry), or
  // a write it refused (disk full, I/O error, a constraint). Nothing of the call took effect.
  'storage_unavailable',
  'storage_failed',
] as const;

export type PluginErrorCode = (typeof PLUGIN_ERROR_CODES)[number];
export type ConnectorE2EErrorCode = PluginErrorCode | ProtocolErrorCode;

export class ConnectorE2EError extends Error {
  override readonly name = 'ConnectorE2EError';
  readonly code: ConnectorE2EErrorCode;

  constructor(code: ConnectorE2EErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.code = code;
  }

  /** Narrows `e` to a ConnectorE2EError (optionally of one code); also true for ProtocolErrors. */
  static is<C extends ConnectorE2EErrorCode>(e: unknown, code?: C): e is Error & { code: C } {
    if (!(e instanceof Error)) return false;
    if (e.name !== 'ConnectorE2EError' && !ProtocolError.is(e)) return false;
    return code === undefined || (e as { code?: unknown }).code === code;
  }
}

/** The code at the start of an error message that crossed a text-only transport. */
export function errorCodeOf(message: string): ConnectorE2EErrorCode | undefined {
  const code = message.slice(0, message.indexOf(':'));
  if ((PLUGIN_ERROR_CODES as readonly string[]).includes(code)) return code as PluginErrorCode;
  return protocolErrorCodeOf(message);
}

/**
 * Every failure of a plugin method as a ConnectorE2EError, so callers handle one class:
 * a ProtocolError keeps its code; a connector client error becomes `connector_unavailable`
 * (retryable) or `connector_refused`; a database failure `storage_unavailable` (retry later)
 * or `storage_failed`. The original error is the `cause`. Other errors (programming errors)
 * pass unchanged.
 */
export function asPluginError(e: unknown): unknown {
  if (!(e instanceof Error) || e.name === 'ConnectorE2EError') return e;
  if (ProtocolError.is(e)) return new ConnectorE2EError(e.code, e.message.slice(e.code.length + 2), { cause: e });
  if (ConnectorClientError.is(e)) {
    return e.retryable
      ? new ConnectorE2EError('connector_unavailable', `the connector did not answer, retry later (${e.message.slice(0, 200)})`, { cause: e })
      : new ConnectorE2EError('connector_refused', `the connector refused the request (${e.message.slice(0, 200)})`, { cause: e });
  }
  if (isTransientDatabaseError(e)) return new ConnectorE2EError('storage_unavailable', `the agent database is unavailable, retry later (${e.message.slice(0, 200)})`, { cause: e });
  if (e.name === 'QueryFailedError' || 'driverError' in e) return new ConnectorE2EError('storage_failed', `the agent database refused a write (${e.message.slice(0, 200)})`, { cause: e });
  return e;
}
