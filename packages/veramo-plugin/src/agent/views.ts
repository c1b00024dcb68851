import { describeSession } from '@connector-e2e/protocol';
import type { ConnectionRow, ReceiptRow } from '../storage/entities.js';
import { ConnectorE2EError } from '../errors.js';
import { rotationFromColumn, type SendingKeys } from '../session/sending-keys.js';
import type { Store } from '../storage/store.js';
import type { E2EConnection, E2EConnectionState, E2EReceipt } from '../types/IConnectorE2E.js';

/**
 * A connection as the methods return it. With `listing`, a corrupt session shows as the row's
 * error instead of failing the whole list (and the connection stays unusable).
 */
export async function connectionView(store: Store, sending: SendingKeys, row: ConnectionRow, listing = false): Promise<E2EConnection> {
  const base: E2EConnection = {
    connectionId: row.connectionId,
    role: row.role,
    state: row.state as E2EConnectionState,
    localDid: row.localDid,
    ...(row.peerDid ? { peerDid: row.peerDid } : {}),
    connectorUrl: row.connectorUrl,
    createdAt: new Date(row.createdAt).toISOString(),
    lastActivityAt: new Date(row.lastActivityAt).toISOString(),
    unacked: await store.outbox.unackedCount(row.connectionId),
    ...(row.error ? { error: row.error } : {}),
    ...(row.rejectedHandshakes > 0 ? { rejectedHandshakes: row.rejectedHandshakes } : {}),
    ...(row.envelope === 'etamp' ? { envelope: 'etamp' as const } : {}),
  };
  if (row.acceptedAt && row.establishedAt) base.handshakeMs = row.establishedAt - row.acceptedAt;
  if (row.sessionSealed) {
    try {
      const session = store.session(row);
      const d = describeSession(session);
      base.epoch = d.epoch;
      base.sendNext = sending.current(row.connectionId, session)?.next ?? 0;
      base.receiveNext = d.receiveNext;
      base.sendingKeyRotation = sending.policy(rotationFromColumn(row.keyRotation));
    } catch (e) {
      if (!listing || !ConnectorE2EError.is(e, 'state_corrupt')) throw e;
      base.error = e.message;
    }
  }
  return base;
}

/**
 * A message sent with a receipt request as `e2eGetReceipt` returns it, from its sealings
 * (oldest first, at least one): the receipt is on the sealing it names, if one arrived.
 */
export function receiptView(row: Pick<ConnectionRow, 'connectionId' | 'localDid' | 'peerDid'>, sealings: readonly ReceiptRow[]): E2EReceipt {
  const got = sealings.find((x) => x.jwt !== null);
  return {
    connectionId: row.connectionId,
    messageId: sealings[0]!.messageId,
    status: got ? 'received' : 'pending',
    issuer: row.peerDid ?? '',
    audience: row.localDid,
    requestedAt: new Date(sealings[0]!.requestedAt).toISOString(),
    ...(got ? { jwt: got.jwt!, contentHash: got.contentHash, receivedAt: new Date(got.receivedAt ?? 0).toISOString() } : {}),
  };
}
