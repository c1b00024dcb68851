/**
 * The protocol's one error class. `code` is a closed string union; the message always
 * starts with `code: ` so the code survives hops that keep only `error.message`
 * (Veramo's REST transport, logs). Misuse of the API (wrong type or length of an
 * argument) is not a ProtocolError: it throws TypeError / RangeError instead.
 */
export const PROTOCOL_ERROR_CODES = [
  // decoding untrusted bytes
  'malformed_message',
  'unsupported_version',
  // record layer
  'decrypt_failed',
  'replayed_message',
  'message_too_old',
  'wrong_connection',
  'not_confirmed',
  'no_sending_key',
  'unknown_key',
  'counter_exhausted',
  'epoch_mismatch',
  'rekey_required',
  // control channel (resync, rekey)
  'control_replayed',
  'resync_backwards',
  'resync_out_of_range',
  'resync_rate_limited',
  'rekey_failed',
  // handshake
  'bad_mac',
  'bad_signature',
  'commitment_mismatch',
  'missing_one_time_prekey',
  'low_order_point',
  'replayed_init',
  'handshake_state',
  'key_confirmation_failed',
  // invitation
  'invitation_malformed',
  'invitation_expired',
  // ETAMP envelope, delivery receipt
  'wrong_audience',
  // WAMP-E2EE payload
  'wrong_uri',
  // WAMP-E2EE trust roots (EIP-712 certificates)
  'certificate_malformed',
  'certificate_chain_invalid',
  'untrusted_root',
  'certificate_revoked',
  'certificate_not_yet_valid',
  'certificate_capability_missing',
  // delivery receipt
  'receipt_unexpected',
  'receipt_mismatch',
  // persisted state
  'state_corrupt',
] as const;

export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly code: ProtocolErrorCode;

  constructor(code: ProtocolErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.code = code;
  }

  /** Narrows `e` to a ProtocolError, optionally of one code. Works across realms/copies. */
  static is<C extends ProtocolErrorCode>(e: unknown, code?: C): e is ProtocolError & { code: C } {
    if (!(e instanceof Error) || (e as { name?: unknown }).name !== 'ProtocolError') return false;
    const c = (e as { code?: unknown }).code;
    return typeof c === 'string' && (PROTOCOL_ERROR_CODES as readonly string[]).includes(c) && (code === undefined || c === code);
  }
}

/** Parses `code: detail` back from a message that crossed a transport keeping only text. */
export function protocolErrorCodeOf(message: string): ProtocolErrorCode | undefined {
  const code = message.slice(0, message.indexOf(':'));
  return (PROTOCOL_ERROR_CODES as readonly string[]).includes(code) ? (code as ProtocolErrorCode) : undefined;
}
