import { toHex, type PeerIdentity } from '@connector-e2e/protocol';
import { ConnectorE2EError } from '../errors.js';
import { sql } from './sql.js';
import type { Store, Tx } from './store.js';

/**
 * Trust on first use: the X25519 identity key each peer DID showed in its first completed
 * handshake with this agent. A later handshake of that DID with another key is refused
 * (`identity_changed`) and the new key is kept aside until the user accepts it.
 */
export class PeerIdentities {
  constructor(private readonly store: Store) {}

  /**
   * Inside the handshake's transaction: pins `identityKey` (hex) for `did` unless a key is
   * pinned already; returns that other key when it differs, else undefined. Safe to run again.
   */
  async pin(tx: Tx, did: string, identityKey: string): Promise<string | undefined> {
    await sql(tx, 'INSERT INTO e2e_peer_identity (peer_did, identity_key, pinned_at) VALUES (?, ?, ?) ON CONFLICT (peer_did) DO NOTHING', [did, identityKey, this.store.now()]);
    const { records } = await sql(tx, 'SELECT identity_key FROM e2e_peer_identity WHERE peer_did = ?', [did]);
    const pinned = records[0]?.identity_key as string | undefined;
    return pinned !== undefined && pinned !== identityKey ? pinned : undefined;
  }

  /**
   * Inside the handshake's transaction (docs/protocol.md 31): pins the peer's key on first use,
   * or throws identity_changed when another key is pinned for its DID.
   */
  async pinOrRefuse(tx: Tx, peer: PeerIdentity): Promise<void> {
    const key = toHex(peer.identityKey);
    const pinned = await this.pin(tx, peer.did, key);
    if (pinned !== undefined) {
      throw new ConnectorE2EError('identity_changed', `${peer.did} showed identity key ${key.slice(0, 16)}..., not the ${pinned.slice(0, 16)}... pinned on first use; if the change is expected, accept it with e2eAcceptIdentityChange and connect again`);
    }
  }

  /** Keeps a refused key aside for `acceptChange`. */
  async recordChange(did: string, identityKey: Uint8Array): Promise<void> {
    await this.store.execute('UPDATE e2e_peer_identity SET changed_key = ?, changed_at = ? WHERE peer_did = ?', [toHex(identityKey), this.store.now(), did]);
  }

  /** Pins the key kept aside for `did`; undefined when there is none. */
  async acceptChange(did: string): Promise<string | undefined> {
    return this.store.tx(async (tx) => {
      const { records } = await sql(tx, 'SELECT changed_key FROM e2e_peer_identity WHERE peer_did = ?', [did]);
      const changed = records[0]?.changed_key as string | null | undefined;
      if (!changed) return undefined;
      await sql(tx, 'UPDATE e2e_peer_identity SET identity_key = ?, pinned_at = ?, changed_key = NULL, changed_at = NULL WHERE peer_did = ?', [changed, this.store.now(), did]);
      return changed;
    });
  }

  async pinned(did: string): Promise<{ identityKey: string; changedKey: string | null } | undefined> {
    const { records } = await sql(this.store.reads, 'SELECT identity_key, changed_key FROM e2e_peer_identity WHERE peer_did = ?', [did]);
    const r = records[0];
    return r ? { identityKey: r.identity_key as string, changedKey: (r.changed_key as string | null) ?? null } : undefined;
  }
}
