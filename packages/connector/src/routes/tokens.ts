/** Registration, connection tokens and their acceptance (which creates a connection). */
import type { FastifyInstance } from 'fastify';
import { checkOtpIdentifier, connectorTokenId, toBase64url } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { ConnectorError } from '../errors.js';
import { checkText } from '../validate.js';
import { api, decodeBody, send } from '../wire.js';
import type { RouteContext } from './context.js';

const TOKEN_BYTES = 16;

export function tokenRoutes(app: FastifyInstance, { store, limits, clock, auth }: RouteContext): void {
  const signed = { preHandler: auth.authenticate };
  const { takeNonce } = auth;

  app.post('/v1/register', signed, async (request, reply) => {
    const body = decodeBody(api.RegisterRequest, request.body, 'RegisterRequest');
    checkText('display_name', body.displayName, 128);
    checkText('logo_url', body.logoUrl, 2048);
    const otpProof = body.otpProof ? { identifier: body.otpProof.identifier ?? '', mac: new Uint8Array(body.otpProof.mac ?? []) } : undefined;
    if (otpProof) {
      try {
        checkOtpIdentifier(otpProof.identifier);
      } catch (e) {
        throw new ConnectorError('bad_request', `otp_proof.${(e as Error).message}`);
      }
      if (otpProof.mac.length !== 32) throw new ConnectorError('bad_request', 'otp_proof.mac must be 32 bytes');
    }
    try {
      await store.register(request.participantId, new Uint8Array(body.publicKey), body.displayName, body.logoUrl, clock(), takeNonce(request), otpProof);
    } catch (e) {
      // guessing OTPs across identifiers spends the address's failure budget
      if (ConnectorError.is(e, 'otp_invalid')) auth.failed(request);
      throw e;
    }
    return send(reply, api.RegisterResponse.encode({ participantId: request.participantId }).finish());
  });

  app.post('/v1/tokens', signed, async (request, reply) => {
    const body = decodeBody(api.CreateTokensRequest, request.body, 'CreateTokensRequest');
    const ttl = body.ttlSeconds || limits.tokenTtlSeconds;
    if (ttl > limits.maxTokenTtlSeconds) throw new ConnectorError('bad_request', `ttl_seconds exceeds ${limits.maxTokenTtlSeconds}`);
    let tokens: Uint8Array[];
    if (body.tokens.length > 0) {
      tokens = body.tokens.map((t) => new Uint8Array(t));
      if (tokens.some((t) => t.length !== TOKEN_BYTES)) throw new ConnectorError('bad_request', `tokens must be ${TOKEN_BYTES} bytes`);
    } else {
      const count = body.count || 1;
      if (count > limits.maxTokensPerRequest) throw new ConnectorError('bad_request', `count exceeds ${limits.maxTokensPerRequest}`);
      tokens = Array.from({ length: count }, () => nodeCrypto.randomBytes(TOKEN_BYTES));
    }
    if (tokens.length > limits.maxTokensPerRequest) throw new ConnectorError('bad_request', `more than ${limits.maxTokensPerRequest} tokens`);
    const ids = tokens.map((t) => connectorTokenId(nodeCrypto, t));
    if (new Set(ids).size !== ids.length) throw new ConnectorError('bad_request', 'duplicate tokens in the request');
    const now = clock();
    const expiresAt = now + ttl * 1000;
    await store.createTokens(request.participantId, ids, expiresAt, now, takeNonce(request));
    return send(reply, api.CreateTokensResponse.encode({ tokens: tokens.map((token, i) => ({ token, tokenId: ids[i]!, expiresAt })) }).finish());
  });

  app.post('/v1/tokens/info', signed, async (request, reply) => {
    const body = decodeBody(api.TokenInfoRequest, request.body, 'TokenInfoRequest');
    if (body.token.length !== TOKEN_BYTES) throw new ConnectorError('bad_request', `token must be ${TOKEN_BYTES} bytes`);
    const info = await store.tokenInfo(connectorTokenId(nodeCrypto, body.token), clock(), takeNonce(request));
    return send(reply, api.TokenInfoResponse.encode(info).finish());
  });

  app.post('/v1/tokens/accept', signed, async (request, reply) => {
    const body = decodeBody(api.AcceptTokenRequest, request.body, 'AcceptTokenRequest');
    if (body.token.length !== TOKEN_BYTES) throw new ConnectorError('bad_request', `token must be ${TOKEN_BYTES} bytes`);
    const tokenId = connectorTokenId(nodeCrypto, body.token);
    const connectionId = toBase64url(nodeCrypto.randomBytes(16));
    await store.acceptToken(tokenId, request.participantId, connectionId, clock(), takeNonce(request));
    return send(reply, api.AcceptTokenResponse.encode({ connectionId, tokenId }).finish());
  });
}
