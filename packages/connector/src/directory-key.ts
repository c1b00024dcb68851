/**
 * The connector's directory key: the Ed25519 key that countersigns key directory answers
 * (docs/protocol.md section 29). Read from a PEM file (`--directory-key-file`, PKCS#8 as
 * `openssl genpkey -algorithm ed25519` writes it), or else generated once and kept in the
 * database, shared by every process on it. Its public half and id are served at
 * GET /v1/directory/key.
 *
 * The private key lives only in a node:crypto KeyObject held in a private field: it is never
 * logged, and `util.inspect` of this object shows the public key and id only.
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { directoryAnswerSigningInput, directoryKeyId, type DirectoryAnswerFields } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { Store } from './store.js';

export class DirectoryKey {
  readonly #privateKey: KeyObject;
  readonly publicKey: Uint8Array;
  /** base64url(SHA-256(public key)). */
  readonly keyId: string;
  /** Where the key came from: the operator's file, or the database. */
  readonly source: 'file' | 'database';

  private constructor(privateKey: KeyObject, source: 'file' | 'database') {
    this.#privateKey = privateKey;
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
    this.publicKey = new Uint8Array(Buffer.from(String(jwk.x), 'base64url'));
    this.keyId = directoryKeyId(nodeCrypto, this.publicKey);
    this.source = source;
  }

  /** The connector's signature over an answer (64 bytes). */
  sign(answer: DirectoryAnswerFields): Uint8Array {
    return new Uint8Array(sign(null, directoryAnswerSigningInput(nodeCrypto, answer), this.#privateKey));
  }

  /** Reads an Ed25519 private key from a PEM file; the error names the file, never its content. */
  static async fromFile(path: string): Promise<DirectoryKey> {
    let pem: string;
    try {
      pem = await readFile(path, 'utf8');
    } catch (e) {
      throw new Error(`directory key file ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    let key: KeyObject;
    try {
      key = createPrivateKey({ key: pem, format: 'pem' });
    } catch {
      throw new Error(`directory key file ${path}: not a PEM private key (expected PKCS#8 Ed25519, e.g. from 'openssl genpkey -algorithm ed25519')`);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`directory key file ${path}: expected an Ed25519 key, got ${key.asymmetricKeyType ?? 'an unknown type'}`);
    return new DirectoryKey(key, 'file');
  }

  /** The key stored in the database, created now (race-free across processes) if there is none. */
  static async fromDatabase(store: Store, now: number): Promise<DirectoryKey> {
    const seed = nodeCrypto.randomBytes(32);
    const publicKey = nodeCrypto.ed25519PublicKey(seed);
    const stored = await store.directorySigningKey({ seed, publicKey, keyId: directoryKeyId(nodeCrypto, publicKey) }, now);
    seed.fill(0);
    const key = createPrivateKey({
      key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from(stored.seed).toString('base64url'), x: Buffer.from(stored.publicKey).toString('base64url') },
      format: 'jwk',
    });
    stored.seed.fill(0);
    return new DirectoryKey(key, 'database');
  }
}
