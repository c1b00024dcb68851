import { isTransientDatabaseError, ProtocolError, protocolErrorCodeOf, type ProtocolErrorCode } from '@connector-e2e/protocol';

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
  'connector_unavailable',
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

/** A database failure as a typed error (`storage_unavailable`: retry later; `storage_failed`); other errors pass unchanged. */
export function asStorageError(e: unknown): unknown {
  if (!(e instanceof Error) || ConnectorE2EError.is(e)) return e;
  if (isTransientDatabaseError(e)) return new ConnectorE2EError('storage_unavailable', `the agent database is unavailable, retry later (${e.message.slice(0, 200)})`, { cause: e });
  if (e.name === 'QueryFailedError' || 'driverError' in e) return new ConnectorE2EError('storage_failed', `the agent database refused a write (${e.message.slice(0, 200)})`, { cause: e });
  return e;
}
