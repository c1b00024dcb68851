/**
 * OTP-gated registration at the connector (docs/protocol.md section 27), after EE2E's step 1:
 *
 *   salt   = HMAC-SHA-256(key = OTP, data = identifier)
 *   K_temp = PBKDF2-HMAC-SHA-256(password = OTP, salt, OTP_PBKDF2_ITERATIONS, 32)
 *   mac    = HMAC-SHA-256(K_temp, lp(LABELS.otpRegistration, identifier, public_key))
 *
 * EE2E MACs the public key alone; the label and the identifier are added so the MAC cannot be
 * taken for any other HMAC of the protocol, nor moved to another identifier. PBKDF2 runs through
 * WebCrypto (native in Node.js and in browsers, and asynchronous: 600 000 iterations take a
 * fraction of a second off the event loop).
 */
import { lengthPrefixed, utf8 } from './bytes.js';
import { LABELS } from './labels.js';
import type { CryptoProvider } from './providers/types.js';

/** PBKDF2 iterations of K_temp (OWASP's figure for PBKDF2-HMAC-SHA-256). Part of the protocol. */
export const OTP_PBKDF2_ITERATIONS = 600_000;
/** A one-time password is valid this long after the connector issued it. */
export const OTP_VALIDITY_MS = 5 * 60 * 1000;
/** Wrong proofs one OTP survives; the next attempt is refused even with the right OTP. */
export const OTP_MAX_ATTEMPTS = 5;
/** Issued OTPs: this many characters of the RFC 4648 base32 alphabet (50 bits). */
export const OTP_LENGTH = 10;
export const OTP_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Identifiers (a phone number, an e-mail address, a DID) are 1 to 256 bytes of UTF-8. */
export const OTP_IDENTIFIER_MAX_BYTES = 256;

/** A fresh OTP from the provider's CSPRNG (rejection-free: 32 symbols divide 256). */
export function generateOtp(crypto: CryptoProvider): string {
  const bytes = crypto.randomBytes(OTP_LENGTH);
  let otp = '';
  for (const b of bytes) otp += OTP_ALPHABET[b & 31];
  return otp;
}

/**
 * The OTP as the formulas take it: spaces and hyphens removed, upper case. Throws RangeError
 * when what remains is not OTP_LENGTH characters of the alphabet.
 */
export function normalizeOtp(typed: string): string {
  const otp = typed.replace(/[\s-]/g, '').toUpperCase();
  if (otp.length !== OTP_LENGTH || [...otp].some((c) => !OTP_ALPHABET.includes(c))) {
    throw new RangeError(`otp: expected ${OTP_LENGTH} characters of A-Z and 2-7`);
  }
  return otp;
}

/** Throws RangeError unless the identifier is 1 to OTP_IDENTIFIER_MAX_BYTES bytes of UTF-8. */
export function checkOtpIdentifier(identifier: string): void {
  const n = utf8(identifier).length;
  if (n === 0 || n > OTP_IDENTIFIER_MAX_BYTES) throw new RangeError(`identifier: expected 1 to ${OTP_IDENTIFIER_MAX_BYTES} bytes of UTF-8, got ${n}`);
}

/** salt = HMAC-SHA-256(key = OTP, data = identifier). */
export function otpSalt(crypto: CryptoProvider, otp: string, identifier: string): Uint8Array {
  return crypto.hmacSha256(utf8(normalizeOtp(otp)), utf8(identifier));
}

/** K_temp = PBKDF2-HMAC-SHA-256(OTP, salt, OTP_PBKDF2_ITERATIONS, 32), through WebCrypto. */
export async function otpTemporaryKey(crypto: CryptoProvider, otp: string, identifier: string): Promise<Uint8Array> {
  checkOtpIdentifier(identifier);
  // copies over plain ArrayBuffers, as WebCrypto's types ask
  const password = new Uint8Array(utf8(normalizeOtp(otp)));
  const salt = new Uint8Array(otpSalt(crypto, otp, identifier));
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: OTP_PBKDF2_ITERATIONS }, key, 256);
  return new Uint8Array(bits);
}

/** mac = HMAC-SHA-256(K_temp, lp(label, identifier, public_key)). */
export function otpRegistrationMac(crypto: CryptoProvider, temporaryKey: Uint8Array, identifier: string, publicKey: Uint8Array): Uint8Array {
  if (temporaryKey.length !== 32) throw new RangeError(`temporaryKey: expected 32 bytes, got ${temporaryKey.length}`);
  return crypto.hmacSha256(temporaryKey, lengthPrefixed(LABELS.otpRegistration, identifier, publicKey));
}

/** What a client sends with its registration: the identifier and the MAC over its key. */
export async function otpRegistrationProof(
  crypto: CryptoProvider,
  args: { otp: string; identifier: string; publicKey: Uint8Array },
): Promise<{ identifier: string; mac: Uint8Array }> {
  const kTemp = await otpTemporaryKey(crypto, args.otp, args.identifier);
  return { identifier: args.identifier, mac: otpRegistrationMac(crypto, kTemp, args.identifier, args.publicKey) };
}
