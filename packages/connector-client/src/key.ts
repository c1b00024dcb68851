import { connectorParticipantId, type CryptoProvider } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';

/** A participant's Ed25519 signing key and the id the connector knows it by. */
export interface ParticipantKey {
  /** 32-byte Ed25519 seed (private). */
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  /** base64url(SHA-256(publicKey)). */
  readonly participantId: string;
}

/** Derives the participant key from a 32-byte seed, or draws a fresh one. */
export function createParticipantKey(seed?: Uint8Array, crypto: CryptoProvider = nodeCrypto): ParticipantKey {
  const s = seed ?? crypto.randomBytes(32);
  if (!(s instanceof Uint8Array) || s.length !== 32) throw new RangeError('seed: expected 32 bytes');
  const publicKey = crypto.ed25519PublicKey(s);
  const key = { seed: s.slice(), publicKey, participantId: connectorParticipantId(crypto, publicKey) };
  // keep the seed out of logs and util.inspect output
  Object.defineProperty(key, 'seed', { enumerable: false });
  return key;
}
