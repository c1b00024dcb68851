import { fromBase64url, fromHex, toBase64url, type CryptoProvider } from '@connector-e2e/protocol';
import { ConnectorE2EError } from '../errors.js';

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

/** Where a sealed value lives: the table, row key and column its AAD binds it to. */
export interface SealedField {
  readonly table: string;
  readonly rowKey: string;
  readonly column: string;
}

/**
 * Every sealed column of the plugin, by name: the one place that spells out a binding, so a
 * wrong table or column is a compile error at the call site instead of `state_corrupt` at run
 * time. The row keys are part of the stored data's AAD: changing one orphans existing rows.
 */
export const sealedField = {
  participantSeed: (): SealedField => ({ table: 'e2e_participant', rowKey: 'default', column: 'seed_sealed' }),
  invitation: (tokenId: string): SealedField => ({ table: 'e2e_invitation', rowKey: tokenId, column: 'invitation_sealed' }),
  /** The invitation (holder) or the pending pre-keys (issuer) while a handshake runs. */
  handshake: (connectionId: string): SealedField => ({ table: 'e2e_connection', rowKey: connectionId, column: 'handshake_sealed' }),
  session: (connectionId: string): SealedField => ({ table: 'e2e_connection', rowKey: connectionId, column: 'session_sealed' }),
  /** A received plaintext; rows from before sending keys have no key id in their row key. */
  inboxPlaintext: (r: { connectionId: string; epoch: number; keyId: string | null; counter: number }): SealedField => ({
    table: 'e2e_inbox',
    rowKey: r.keyId ? `${r.connectionId}/${r.epoch}/${r.keyId}/${r.counter}` : `${r.connectionId}/${r.epoch}/${r.counter}`,
    column: 'plaintext_sealed',
  }),
  /** A record's plaintext held to be sealed again (a `reseal` outbox row). */
  resealPlaintext: (connectionId: string, messageId: string): SealedField => ({ table: 'e2e_outbox', rowKey: `${connectionId}/${messageId}`, column: 'frame' }),
  /** A pre-key published to a key directory: `spk` signed, `opk` one-time. */
  directoryKey: (did: string, kind: 'spk' | 'opk', id: number): SealedField => ({ table: 'e2e_directory_key', rowKey: `${did}/${kind}/${id}`, column: 'private_sealed' }),
};

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

  private aad({ table, rowKey, column }: SealedField): Uint8Array {
    return encoder.encode(`connector-e2e/at-rest/v1\0${table}\0${rowKey}\0${column}`);
  }

  seal(field: SealedField, plaintext: Uint8Array): string {
    const iv = this.crypto.randomBytes(12);
    const sealed = this.crypto.aesGcmSeal(this.#key, iv, plaintext, this.aad(field));
    const out = new Uint8Array(12 + sealed.length);
    out.set(iv);
    out.set(sealed, 12);
    return PREFIX + toBase64url(out);
  }

  open(field: SealedField, blob: unknown): Uint8Array {
    const fail = (why: string): never => {
      throw new ConnectorE2EError('state_corrupt', `${field.table}.${field.column} of ${field.rowKey}: ${why}; refusing to use it`);
    };
    if (typeof blob !== 'string' || !blob.startsWith(PREFIX)) return fail('not an encrypted value');
    const bytes = fromBase64url(blob.slice(PREFIX.length));
    if (!bytes || bytes.length < 12 + 16) return fail('truncated');
    const plain = this.crypto.aesGcmOpen(this.#key, bytes.subarray(0, 12), bytes.subarray(12), this.aad(field));
    return plain ?? fail('does not authenticate (tampered, moved from another row, or another secretKey)');
  }

  sealJson(field: SealedField, value: unknown): string {
    return this.seal(field, encoder.encode(JSON.stringify(value)));
  }

  openJson<T>(field: SealedField, blob: unknown): T {
    return JSON.parse(new TextDecoder().decode(this.open(field, blob))) as T;
  }

  /** Keeps the key out of logs and util.inspect output. */
  toJSON(): string {
    return 'AtRestCipher([redacted])';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'AtRestCipher([redacted])';
  }
}
