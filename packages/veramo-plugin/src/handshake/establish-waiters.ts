import type { ConnectionRow } from '../storage/entities.js';
import { ConnectorE2EError, errorCodeOf } from '../errors.js';

type Waiter = { resolve: (row: ConnectionRow) => void; reject: (e: Error) => void };

/**
 * Callers of e2eAcceptInvitation waiting for their connection to be established: answered when
 * the handshake ends either way, or by `atDeadline` when their time is up.
 */
export class EstablishWaiters {
  private readonly waiters = new Map<string, Waiter[]>();

  wait(connectionId: string, timeoutMs: number, atDeadline: () => Promise<ConnectionRow>): Promise<ConnectionRow> {
    return new Promise<ConnectionRow>((resolve, reject) => {
      const timer = setTimeout(() => void atDeadline().then(resolve, reject), timeoutMs);
      const list = this.waiters.get(connectionId) ?? [];
      list.push({
        resolve: (row) => {
          clearTimeout(timer);
          resolve(row);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.waiters.set(connectionId, list);
    });
  }

  /** Answers the connection's waiters if its handshake ended (established or failed). */
  settle(row: ConnectionRow): void {
    if (row.state !== 'established' && row.state !== 'failed') return;
    const list = this.waiters.get(row.connectionId);
    if (!list) return;
    this.waiters.delete(row.connectionId);
    for (const w of list) {
      if (row.state === 'established') w.resolve(row);
      else w.reject(failure(row));
    }
  }
}

/** The error of a failed handshake, with the protocol's own code (commitment_mismatch, bad_signature, ...). */
export function failure(row: ConnectionRow): Error {
  const message = row.error ?? 'connection_failed: the handshake failed';
  const code = errorCodeOf(message);
  return code ? new ConnectorE2EError(code, message.slice(code.length + 2)) : new ConnectorE2EError('connection_failed', message);
}
