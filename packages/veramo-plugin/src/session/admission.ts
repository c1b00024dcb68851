import { decodeFrame, ProtocolError, type HandshakeMessage, type SealedControl } from '@connector-e2e/protocol';
import createDebug from 'debug';
import { ConnectorE2EError } from '../errors.js';
import type { Handshakes } from '../handshake/handshakes.js';
import type { ConnectionEnvelope, Store } from '../storage/store.js';
import type { Envelopes } from '../transport/envelopes.js';

const debug = createDebug('connector-e2e:plugin');

/** A frame let in on its connection: a record, control or handshake message, and the ETAMP envelope it came in. */
export type Admitted = {
  frame: { record?: { content: Uint8Array; connectionId: string } | null; control?: SealedControl | null; handshake?: HandshakeMessage | null };
  envelope?: string;
};

/** What became of a frame at the door: let in, refused, or for no connection of ours. */
export type Admission = Admitted | 'rejected' | 'unknown';

/** Connections whose envelope mode and DIDs are remembered (they never change once the peer is known). */
const MAX_REMEMBERED = 4096;

/**
 * What may enter on a connection (docs/protocol.md 23.4). On an ETAMP connection a record or
 * control message enters only inside an envelope that verifies against the peer's DID, and is
 * unwrapped here, before anything opens it; on a plain connection an envelope never enters.
 * Handshake frames enter on both. A connection's mode and DIDs are read once and remembered,
 * so a frame costs no read of its connection row.
 */
export class FrameAdmission {
  private readonly known = new Map<string, ConnectionEnvelope>();

  constructor(private readonly p: { store: Store; handshakes: Handshakes; envelopes: Envelopes }) {}

  /** Lets `payload` in on `connectionId`, or not. With `settle`, a connection not found is looked for again once accepts under way have created theirs. */
  async admit(connectionId: string, payload: Uint8Array, settle: boolean): Promise<Admission> {
    let frame;
    try {
      frame = decodeFrame(payload);
    } catch (e) {
      debug('undecodable frame on %s rejected: %s', connectionId, (e as Error).message);
      return 'rejected';
    }
    const connection = await this.connection(connectionId, settle);
    if (!connection) return 'unknown';
    // (The generated types allow null members; a decoded frame has the one it carries.)
    const plain: Admitted = { frame: { record: frame.record as Admitted['frame']['record'], control: frame.control as SealedControl | null, handshake: frame.handshake as HandshakeMessage | null } };
    if (frame.handshake) return plain;
    if (connection.mode === 'plain') {
      if (!frame.etamp) return plain;
      debug('ETAMP envelope on plain connection %s rejected', connectionId);
      return 'rejected';
    }
    if (!frame.etamp) {
      // A relay that unwrapped an envelope: the record would still open, without its signature.
      debug('frame outside an envelope on ETAMP connection %s rejected', connectionId);
      return 'rejected';
    }
    try {
      return { frame: await this.p.envelopes.open({ connectionId, ...connection }, frame.etamp), envelope: frame.etamp };
    } catch (e) {
      if (!ProtocolError.is(e) && !ConnectorE2EError.is(e, 'did_resolution_failed')) throw e;
      debug('ETAMP envelope on %s rejected: %s', connectionId, (e as Error).message);
      return 'rejected';
    }
  }

  /** Forgets a connection that was deleted. */
  forget(connectionId: string): void {
    this.known.delete(connectionId);
  }

  private async connection(connectionId: string, settle: boolean): Promise<ConnectionEnvelope | undefined> {
    const hit = this.known.get(connectionId);
    if (hit) return hit;
    const { store, handshakes } = this.p;
    let found = await store.connectionEnvelope(connectionId);
    if (!found && settle && (await handshakes.acceptsSettled())) found = await store.connectionEnvelope(connectionId);
    // Kept once nothing about it can change: a plain connection's mode, an ETAMP one's peer DID too.
    if (found && (found.mode === 'plain' || found.peerDid !== null)) {
      this.known.set(connectionId, found);
      if (this.known.size > MAX_REMEMBERED) this.known.delete(this.known.keys().next().value!);
    }
    return found;
  }
}
