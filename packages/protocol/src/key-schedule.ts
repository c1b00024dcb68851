import { concatBytes, lengthPrefixed, utf8 } from './bytes.js';
import { ProtocolError } from './errors.js';
import { LABELS, X3DH_F, X3DH_SALT } from './labels.js';
import type { CryptoProvider } from './providers/types.js';
import { SecretBytes } from './secret.js';

export type Role = 'issuer' | 'holder';

/**
 * Keys of one epoch, from the point of view of one role. The direction keys are chain keys:
 * never record keys themselves, every sending key of the epoch derives from them (sending-key.ts).
 */
export interface EpochKeys {
  readonly sendChain: SecretBytes;
  readonly receiveChain: SecretBytes;
  readonly confirmOwn: SecretBytes;
  readonly confirmPeer: SecretBytes;
  /** RK_e: the salt of the next rekey's secret, so every epoch chains from the one before. */
  readonly root: SecretBytes;
  /** K_ctl,e: seals the control channel of the epoch, both directions (AAD names the direction). */
  readonly control: SecretBytes;
}

/**
 * X3DH KDF (Signal X3DH §2.2):
 *   SK = HKDF-SHA256(salt = 0^32, IKM = 0xFF^32 || DH1 || ... || DHn, info, L = 32)
 * A rekey passes the root key of its base epoch as the salt (13.2), chaining the epochs.
 * Every DH output is checked to be non-zero before it reaches here (low-order inputs).
 */
export function x3dhSecret(crypto: CryptoProvider, dhs: readonly Uint8Array[], info: string, salt: Uint8Array = X3DH_SALT): SecretBytes {
  const ikm = concatBytes(X3DH_F, ...dhs);
  const sk = crypto.hkdfSha256(ikm, salt, utf8(info), 32);
  ikm.fill(0);
  return new SecretBytes(sk, 'x3dh secret');
}

/** K_label = HKDF-SHA256(IKM = SK, salt = TH, info = label, L = 32). The X3DH secret itself is never a record key. */
function expand(crypto: CryptoProvider, sk: SecretBytes, transcriptHash: Uint8Array, label: string): SecretBytes {
  return new SecretBytes(crypto.hkdfSha256(sk.expose(), transcriptHash, utf8(label), 32), label);
}

export function deriveEpochKeys(crypto: CryptoProvider, sk: SecretBytes, transcriptHash: Uint8Array, role: Role): EpochKeys {
  const i2h = expand(crypto, sk, transcriptHash, LABELS.keyIssuerToHolder);
  const h2i = expand(crypto, sk, transcriptHash, LABELS.keyHolderToIssuer);
  const ci = expand(crypto, sk, transcriptHash, LABELS.keyConfirmIssuer);
  const ch = expand(crypto, sk, transcriptHash, LABELS.keyConfirmHolder);
  const root = expand(crypto, sk, transcriptHash, LABELS.keyRoot);
  const control = expand(crypto, sk, transcriptHash, LABELS.keyControl);
  return role === 'issuer'
    ? { sendChain: i2h, receiveChain: h2i, confirmOwn: ci, confirmPeer: ch, root, control }
    : { sendChain: h2i, receiveChain: i2h, confirmOwn: ch, confirmPeer: ci, root, control };
}

/** Confirmation tag: HMAC-SHA256(K_confirm_role, label_role || TH). */
export function confirmationTag(crypto: CryptoProvider, key: SecretBytes, role: Role, transcriptHash: Uint8Array): Uint8Array {
  const label = role === 'issuer' ? LABELS.confirmIssuer : LABELS.confirmHolder;
  return crypto.hmacSha256(key.expose(), lengthPrefixed(label, transcriptHash));
}

/** DH with a low-order check: an all-zero result aborts (RFC 7748 §6.1, X3DH §4.6 hygiene). */
export function checkedDh(result: Uint8Array | undefined, which: string): Uint8Array {
  if (result === undefined || result.length !== 32 || result.every((b) => b === 0)) {
    throw new ProtocolError('low_order_point', `${which}: X25519 result is all zero (low-order public key)`);
  }
  return result;
}
