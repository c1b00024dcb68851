/**
 * The wire format of the HTTP API: protobuf bodies in and out (proto/connector.proto), error
 * answers as an `ErrorBody`.
 */
import type { FastifyReply } from 'fastify';
import { connector_e2e, type DirectoryAnswerFields } from '@connector-e2e/protocol';
import type { MailboxItemRow } from './entities.js';
import { ConnectorError } from './errors.js';

export const api = connector_e2e.connector.v1;
export const PROTOBUF = 'application/x-protobuf';

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function errorBody(e: ConnectorError): Buffer {
  return toBuffer(api.ErrorBody.encode({ code: e.code, message: e.message, retryAfterSeconds: e.retryAfterSeconds ?? 0 }).finish());
}

export function toDelivery(row: MailboxItemRow): connector_e2e.connector.v1.Delivery.$Properties {
  return {
    seq: row.seq,
    kind: row.kind,
    connectionId: row.connectionId,
    messageId: row.messageId,
    payload: row.payload ?? new Uint8Array(0),
    sentAt: row.createdAt,
    tokenId: row.tokenId,
  };
}

/** A directory answer as sent (to the initiator, and in the participant's notice). */
export function directoryAnswerMessage(answer: DirectoryAnswerFields, signature: Uint8Array): connector_e2e.connector.v1.DirectoryAnswer.$Properties {
  const opk = answer.oneTimePreKey;
  return {
    participantId: answer.participantId,
    bundle: answer.bundle,
    ...(opk ? { oneTimePrekey: { id: opk.id, publicKey: opk.publicKey, signature: opk.signature } } : {}),
    connectionId: answer.connectionId,
    initiatorId: answer.initiatorId,
    issuedAt: answer.issuedAt,
    connectorSignature: signature,
  };
}

export function encodeDirectoryAnswer(answer: DirectoryAnswerFields, signature: Uint8Array): Uint8Array {
  return api.DirectoryAnswer.encode(directoryAnswerMessage(answer, signature)).finish();
}

export function decodeBody<C extends { decode(bytes: Uint8Array): unknown }>(codec: C, body: unknown, what: string): ReturnType<C['decode']> {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(0);
  try {
    return codec.decode(bytes) as ReturnType<C['decode']>;
  } catch {
    throw new ConnectorError('bad_request', `${what} body does not decode`);
  }
}

export function send(reply: FastifyReply, bytes: Uint8Array): FastifyReply {
  return reply.type(PROTOBUF).send(toBuffer(bytes));
}
