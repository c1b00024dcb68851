import { fromBase64url, fromHex, toBase64url, type CryptoProvider } from '@connector-e2e/protocol';
import { ConnectorE2EError } from './errors.js';

/*
 * Encryption at rest for session secrets, pre-keys, invitation secrets and received plaintexts.
 *
 *   blob = "v1." || base64url(iv || AES-256-GCM(K, iv, plaintext, aad))
 *   aad  = "connector-e2e/at-rest/v1" || 0x00 || table || 0x00 || row key || 0x00 || column
 *
 * The AAD binds every value to its row and column, so a value copied into another row (or
 * column) fails closed exactly like a tampered one: `state_corrupt`, and nothing is used.
 * The IV is random (96 bits): at-rest values are rewritten at most once per message, far below
 * the 2^32 random-IV bound per key.
 */
const PREFIX = 'v1.';
const encoder = new TextEncoder();

export class AtRestCipher {
  readonly #key: Uint8Array;

  constructor(
    private readonly crypto: CryptoProvider,
    secretKeyHex: string,
  ) {
    if (typeof secretKeyHex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(secretKeyHex)) {
      throw new TypeError('secretKey: expected 64 hex characters (a 256-bit key), e.g. from `openssl rand -hex 32`');
    }
    this.#key = fromHex(secretKeyHex.toLowerCase());
  }

  private aad(table: string, rowKey: string, column: string): Uint8Array {
    return encoder.encode(`connector-e2e/at-rest/v1\0${table}\0${rowKey}\0${column}`);
  }

  seal(table: string, rowKey: string, column: string, plaintext: Uint8Array): string {
    const iv = this.crypto.randomBytes(12);
    const sealed = this.crypto.aesGcmSeal(this.#key, iv, plaintext, this.aad(table, rowKey, column));
    const out = new Uint8Array(12 + sealed.length);
    out.set(iv);
    out.set(sealed, 12);
    return PREFIX + toBase64url(out);
  }

  open(table: string, rowKey: string, column: string, blob: unknown): Uint8Array {
    const fail = (why: string): never => {
      throw new ConnectorE2EError('state_corrupt', `${table}.${column} of ${rowKey}: ${why}; refusing to use it`);
    };
    if (typeof blob !== 'string' || !blob.startsWith(PREFIX)) return fail('not an encrypted value');
    const bytes = fromBase64url(blob.slice(PREFIX.length));
    if (!bytes || bytes.length < 12 + 16) return fail('truncated');
    const plain = this.crypto.aesGcmOpen(this.#key, bytes.subarray(0, 12), bytes.subarray(12), this.aad(table, rowKey, column));
    return plain ?? fail('does not authenticate (tampered, moved from another row, or another secretKey)');
  }

  sealJson(table: string, rowKey: string, column: string, value: unknown): string {
    return this.seal(table, rowKey, column, encoder.encode(JSON.stringify(value)));
  }

  openJson<T>(table: string, rowKey: string, column: string, blob: unknown): T {
    return JSON.parse(new TextDecoder().decode(this.open(table, rowKey, column, blob))) as T;
  }

  /** Keeps the key out of logs and util.inspect output. */
  toJSON(): string {
    return 'AtRestCipher([redacted])';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'AtRestCipher([redacted])';
  }
}
