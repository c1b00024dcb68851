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
  'connector_unavailable',
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
