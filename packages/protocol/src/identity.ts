import { assertBytes } from './bytes.js';
import type { CryptoProvider } from './providers/types.js';

/**
 * A party's long-term X3DH identity. The private key may live in a KMS (Veramo's
 * `keyManagerSharedSecret`), so the DH is a callback; it must return the raw X25519 output.
 */
export interface IdentityKey {
  readonly publicKey: Uint8Array;
  dh(peerPublicKey: Uint8Array): Promise<Uint8Array>;
}

/** Signs with one of the DID's authentication keys (Veramo `keyManagerSign`). */
export interface DidSigner {
  readonly did: string;
  /** Verification method id (DID URL) the verifier should use. */
  readonly keyId: string;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * Verifies that `signature` over `data` was made by an authentication key of `did`
 * (resolved through did-resolver in the plugin). Returns false, never throws, on a bad signature.
 */
export type DidSignatureVerifier = (args: { did: string; keyId: string; data: Uint8Array; signature: Uint8Array }) => Promise<boolean>;

/** An identity whose private key is held in memory: tests, vectors, and KMS-less setups. */
export function inMemoryIdentity(crypto: CryptoProvider, privateKey: Uint8Array): IdentityKey {
  assertBytes(privateKey, 'identity private key', 32);
  const key = privateKey.slice();
  const publicKey = crypto.x25519PublicKey(key);
  return {
    publicKey,
    async dh(peer) {
      const out = crypto.x25519(key, peer);
      // The caller's low-order check turns this into a typed error.
      return out ?? new Uint8Array(32);
    },
  };
}
