/**
 * Shapes of the identifiers and texts a client sends, checked before they reach a query: a
 * value the database cannot hold (a NUL byte in PostgreSQL text, an over-long id) must be the
 * client's bad_request on every backend, not a driver error answered as internal.
 */
import type { AckRef } from './store.js';
import { ConnectorError } from './errors.js';

/** Connection ids are made by the connector: base64url of 16 bytes (22 characters). */
const CONNECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Message ids (printable ASCII), including the connector's notice ids such as `!expired:<id>`. */
const REF_MESSAGE_ID = /^[\x21-\x7e]{1,200}$/;

export function checkConnectionId(id: string): void {
  if (!CONNECTION_ID.test(id)) throw new ConnectorError('bad_request', 'connection_id is malformed');
}

export function checkRefs(refs: readonly AckRef[]): void {
  for (const r of refs) {
    checkConnectionId(r.connectionId);
    if (!REF_MESSAGE_ID.test(r.messageId)) throw new ConnectorError('bad_request', 'message_id of an ack ref is malformed');
  }
}

/** Free text (display name, logo URL): any characters but NUL, which PostgreSQL cannot store. */
export function checkText(field: string, value: string, maxLength: number): void {
  if (value.length > maxLength) throw new ConnectorError('bad_request', `${field} is longer than ${maxLength} characters`);
  if (value.includes('\0')) throw new ConnectorError('bad_request', `${field} contains a NUL character`);
}
