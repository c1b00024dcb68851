/**
 * The key directory (docs/protocol.md section 29): a participant publishes its pre-key bundle
 * and one-time pre-keys; a peer sets up a connection with it from them while it is offline,
 * and gets an answer the connector countersigns with its directory key.
 *
 *   GET  /v1/directory/key      (not signed)  -> DirectoryKeyResponse
 *   POST /v1/directory/publish  PublishPreKeysRequest -> PublishPreKeysResponse
 *   POST /v1/directory/stock    DirectoryStockRequest -> DirectoryStockResponse
 *   POST /v1/directory/connect  DirectoryConnectRequest -> DirectoryConnectResponse
 */
import type { FastifyInstance } from 'fastify';
import { toBase64url, type DirectoryOneTimePreKey } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { MAX_PREKEY_BUNDLE_BYTES, MAX_PREKEY_SIGNATURE_BYTES, MAX_PREKEYS_PER_PUBLISH } from '../config.js';
import type { DirectoryKey } from '../directory-key.js';
import { ConnectorError } from '../errors.js';
import { api, decodeBody, directoryAnswerMessage, send } from '../wire.js';
import type { RouteContext } from './context.js';

export const DIRECTORY_KEY_ROUTE = '/v1/directory/key';
/** A participant id: base64url of a SHA-256 hash (43 characters). */
const PARTICIPANT_ID = /^[A-Za-z0-9_-]{43}$/;
/** The largest publish body: a largest bundle and the most keys, each with a largest signature, and framing. */
export const PUBLISH_BODY_LIMIT = MAX_PREKEY_BUNDLE_BYTES + MAX_PREKEYS_PER_PUBLISH * (MAX_PREKEY_SIGNATURE_BYTES + 64) + 4096;

/** The keys of a publish request, checked; a bad one refuses the whole request. */
function checkedKeys(keys: readonly { id?: number | null; publicKey?: Uint8Array | null; signature?: Uint8Array | null }[]): DirectoryOneTimePreKey[] {
  if (keys.length > MAX_PREKEYS_PER_PUBLISH) throw new ConnectorError('bad_request', `more than ${MAX_PREKEYS_PER_PUBLISH} one-time pre-keys in one request (${keys.length}); publish them in several`);
  const seen = new Set<number>();
  return keys.map((k, i) => {
    const id = k.id ?? 0;
    const publicKey = new Uint8Array(k.publicKey ?? []);
    const signature = new Uint8Array(k.signature ?? []);
    if (publicKey.length !== 32) throw new ConnectorError('bad_request', `one_time_prekeys[${i}].public_key must be 32 bytes, got ${publicKey.length}`);
    if (signature.length > MAX_PREKEY_SIGNATURE_BYTES) throw new ConnectorError('bad_request', `one_time_prekeys[${i}].signature is longer than ${MAX_PREKEY_SIGNATURE_BYTES} bytes`);
    if (seen.has(id)) throw new ConnectorError('bad_request', `one-time pre-key id ${id} appears twice in the request`);
    seen.add(id);
    return { id, publicKey, signature };
  });
}

export function directoryRoutes(app: FastifyInstance, { store, clock, auth }: RouteContext, options: { directoryKey: DirectoryKey; bodyLimit: number }): void {
  const signed = { preHandler: auth.authenticate };
  const { takeNonce } = auth;
  const keyAnswer = api.DirectoryKeyResponse.encode({ publicKey: options.directoryKey.publicKey, keyId: options.directoryKey.keyId }).finish();

  // public, like a web server's certificate: clients pin it (or compare it out of band)
  app.get(DIRECTORY_KEY_ROUTE, async (_request, reply) => send(reply, keyAnswer));

  app.post('/v1/directory/publish', { ...signed, bodyLimit: Math.max(options.bodyLimit, PUBLISH_BODY_LIMIT) }, async (request, reply) => {
    const body = decodeBody(api.PublishPreKeysRequest, request.body, 'PublishPreKeysRequest');
    if (body.bundle.length > MAX_PREKEY_BUNDLE_BYTES) throw new ConnectorError('payload_too_large', `bundle is ${body.bundle.length} bytes, more than ${MAX_PREKEY_BUNDLE_BYTES}`);
    const keys = checkedKeys(body.oneTimePrekeys);
    const stock = await store.publishPreKeys(request.participantId, new Uint8Array(body.bundle), keys, clock(), takeNonce(request));
    return send(reply, api.PublishPreKeysResponse.encode({ stock }).finish());
  });

  app.post('/v1/directory/stock', signed, async (request, reply) => {
    decodeBody(api.DirectoryStockRequest, request.body, 'DirectoryStockRequest');
    const { stock, bundlePublished } = await store.directoryStock(request.participantId, takeNonce(request));
    return send(reply, api.DirectoryStockResponse.encode({ stock, bundlePublished }).finish());
  });

  app.post('/v1/directory/connect', signed, async (request, reply) => {
    const body = decodeBody(api.DirectoryConnectRequest, request.body, 'DirectoryConnectRequest');
    if (!PARTICIPANT_ID.test(body.participantId)) throw new ConnectorError('bad_request', 'participant_id is malformed');
    if (body.participantId === request.participantId) throw new ConnectorError('bad_request', 'a participant cannot connect to itself');
    const connectionId = toBase64url(nodeCrypto.randomBytes(16));
    const { answer, signature } = await store.directoryConnect(request.participantId, body.participantId, connectionId, clock(), (a) => options.directoryKey.sign(a), takeNonce(request));
    return send(reply, api.DirectoryConnectResponse.encode({ connectionId, answer: directoryAnswerMessage(answer, signature) }).finish());
  });
}
