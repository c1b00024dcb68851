import type { CryptoProvider } from './types.js';

/** One encryption (AES-GCM or XSalsa20-Poly1305) as seen by an observer: the key and the IV or nonce that were used. */
export interface SealObservation {
  readonly provider: string;
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
}

/**
 * Wraps a provider so every `aesGcmSeal` and `xsalsa20Poly1305Seal` is reported before it runs. Test harnesses use it
 * as a (key, IV) oracle to prove no pair is ever used twice; production code never needs it.
 */
export function observeSeals(provider: CryptoProvider, onSeal: (o: SealObservation) => void): CryptoProvider {
  return {
    ...provider,
    name: `${provider.name}+observed`,
    aesGcmSeal(key, iv, plaintext, aad) {
      onSeal({ provider: provider.name, key: key.slice(), iv: iv.slice() });
      return provider.aesGcmSeal(key, iv, plaintext, aad);
    },
    xsalsa20Poly1305Seal(key, nonce, plaintext) {
      onSeal({ provider: provider.name, key: key.slice(), iv: nonce.slice() });
      return provider.xsalsa20Poly1305Seal(key, nonce, plaintext);
    },
  };
}
