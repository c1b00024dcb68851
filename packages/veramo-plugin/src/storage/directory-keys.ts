import { SecretBytes, fromHex, toHex, type DirectoryPrekey } from '@connector-e2e/protocol';
import { sealedField } from './at-rest.js';
import { sql } from './sql.js';
import type { Store, Tx } from './store.js';

/**
 * What this agent published to a key directory (docs/protocol.md 30), by local DID: each signed
 * pre-key with the encoded bundle that carries it (kept after a newer one, so inits in flight
 * still complete), and each one-time pre-key until an init consumes it. Private parts sealed at
 * rest, bound to their row.
 */
export class DirectoryKeys {
  constructor(private readonly store: Store) {}

  private open(did: string, kind: 'spk' | 'opk', id: number, row: Record<string, unknown>): DirectoryPrekey {
    const privateKey = this.store.cipher.open(sealedField.directoryKey(did, kind, id), row.private_sealed);
    return { id, publicKey: fromHex(row.public_key as string), privateKey: new SecretBytes(privateKey, kind === 'spk' ? 'signed pre-key' : 'one-time pre-key') };
  }

  private row(did: string, kind: 'spk' | 'opk', key: DirectoryPrekey, bundle: Uint8Array | null): unknown[] {
    return [did, kind, key.id, toHex(key.publicKey), bundle ? toHex(bundle) : null, this.store.cipher.seal(sealedField.directoryKey(did, kind, key.id), key.privateKey.expose()), this.store.now()];
  }

  /** Keeps a new signed pre-key, its bundle and one-time pre-keys, in one transaction. */
  async add(did: string, signed: { key: DirectoryPrekey; bundle: Uint8Array } | undefined, oneTime: readonly DirectoryPrekey[]): Promise<void> {
    await this.store.tx(async (tx) => {
      const insert = 'INSERT INTO e2e_directory_key (did, kind, key_id, public_key, bundle, private_sealed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)';
      if (signed) await sql(tx, insert, this.row(did, 'spk', signed.key, signed.bundle));
      for (const k of oneTime) await sql(tx, insert, this.row(did, 'opk', k, null));
    });
  }

  /** The newest signed pre-key of `did` and its bundle, if it published one. */
  async latestBundle(did: string): Promise<{ signedPrekeyId: number; bundle: Uint8Array } | undefined> {
    const { records } = await sql(this.store.reads, "SELECT key_id, bundle FROM e2e_directory_key WHERE did = ? AND kind = 'spk' ORDER BY created_at DESC, key_id DESC LIMIT 1", [did]);
    const r = records[0];
    return r ? { signedPrekeyId: Number(r.key_id), bundle: fromHex(r.bundle as string) } : undefined;
  }

  /** The local DID whose published bundle is exactly `bundle`, with that signed pre-key. */
  async byBundle(bundle: Uint8Array): Promise<{ did: string; signedPrekey: DirectoryPrekey; bundle: Uint8Array } | undefined> {
    const { records } = await sql(this.store.reads, "SELECT did, key_id, public_key, private_sealed FROM e2e_directory_key WHERE kind = 'spk' AND bundle = ?", [toHex(bundle)]);
    const r = records[0];
    if (!r) return undefined;
    const did = r.did as string;
    return { did, signedPrekey: this.open(did, 'spk', Number(r.key_id), r), bundle };
  }

  /** A signed pre-key of `did` by id, with the bundle that carried it. */
  async signed(did: string, id: number): Promise<{ key: DirectoryPrekey; bundle: Uint8Array } | undefined> {
    const { records } = await sql(this.store.reads, "SELECT public_key, bundle, private_sealed FROM e2e_directory_key WHERE did = ? AND kind = 'spk' AND key_id = ?", [did, id]);
    const r = records[0];
    return r ? { key: this.open(did, 'spk', id, r), bundle: fromHex(r.bundle as string) } : undefined;
  }

  /** A one-time pre-key of `did` not consumed yet. */
  async oneTime(did: string, id: number): Promise<DirectoryPrekey | undefined> {
    const { records } = await sql(this.store.reads, "SELECT public_key, private_sealed FROM e2e_directory_key WHERE did = ? AND kind = 'opk' AND key_id = ?", [did, id]);
    const r = records[0];
    return r ? this.open(did, 'opk', id, r) : undefined;
  }

  /** Deletes a consumed one-time pre-key, in the transaction that stores its session. */
  async consume(tx: Tx, did: string, id: number): Promise<void> {
    await sql(tx, "DELETE FROM e2e_directory_key WHERE did = ? AND kind = 'opk' AND key_id = ?", [did, id]);
  }

  /** Ids already used by `did` (for drawing fresh ones). */
  async ids(did: string): Promise<Set<number>> {
    const { records } = await sql(this.store.reads, 'SELECT key_id FROM e2e_directory_key WHERE did = ?', [did]);
    return new Set(records.map((r) => Number(r.key_id)));
  }
}
