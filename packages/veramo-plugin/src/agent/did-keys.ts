import { fromBase64url, fromHex, toHex, type CryptoProvider, type DidSignatureVerifier, type EtampSigner, type IdentityKey } from '@connector-e2e/protocol';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { dereferenceDidKeys, mapIdentifierKeysToDoc, resolveDidOrThrow } from '@veramo/utils';
import { ConnectorE2EError } from '../errors.js';
import { DID_KEY_TTL_MS, MAX_CACHED_DID_KEYS } from '../limits.js';
import type { Store } from '../storage/store.js';
import type { E2EContext } from '../types/IConnectorE2E.js';

/*
 * Binding X3DH identities to DIDs through Veramo:
 * - the X25519 identity key of each local DID lives in the Veramo KMS (keyManagerCreate) and
 *   every DH with it goes through keyManagerSharedSecret;
 * - handshake signatures are made by one of the DID's authentication keys (keyManagerSign:
 *   Ed25519 -> EdDSA, Secp256k1 -> ES256K over SHA-256, 64-byte r||s) and verified against the
 *   DID document resolved through the agent's did-resolver.
 */

/** The X25519 identity key of `did`, created in the KMS on first use. */
export async function kmsIdentity(context: E2EContext, store: Store, did: string, kms: string): Promise<IdentityKey> {
  const { kid, publicKeyHex } = await store.keys.identity(did, async () => {
    await identifierOrThrow(context, did);
    const key = await context.agent.keyManagerCreate({ kms, type: 'X25519', meta: { purpose: 'connector-e2e X3DH identity', did } });
    return { did, kid: key.kid, publicKeyHex: key.publicKeyHex, createdAt: store.now() };
  });
  return {
    publicKey: fromHex(publicKeyHex),
    async dh(peer: Uint8Array): Promise<Uint8Array> {
      try {
        const hex = await context.agent.keyManagerSharedSecret({ secretKeyRef: kid, publicKey: { type: 'X25519', publicKeyHex: toHex(peer) } });
        return fromHex(hex);
      } catch {
        // The KMS refuses some low-order points itself; the caller's all-zero check names the error.
        return new Uint8Array(32);
      }
    },
  };
}

async function identifierOrThrow(context: E2EContext, did: string) {
  try {
    return await context.agent.didManagerGet({ did });
  } catch (e) {
    throw new ConnectorE2EError('identity_unavailable', `${did} is not managed by this agent's DID manager`, { cause: e });
  }
}

/** Signs with the DID's first Ed25519 or Secp256k1 authentication key. */
export async function kmsSigner(context: E2EContext, did: string): Promise<EtampSigner> {
  const identifier = await identifierOrThrow(context, did);
  const keys = await mapIdentifierKeysToDoc(identifier, 'authentication', context);
  const key = keys.find((k) => k.type === 'Ed25519') ?? keys.find((k) => k.type === 'Secp256k1');
  if (!key) throw new ConnectorE2EError('identity_unavailable', `${did} has no Ed25519 or Secp256k1 authentication key`);
  const algorithm = key.type === 'Ed25519' ? 'EdDSA' : 'ES256K';
  return {
    did,
    keyId: key.meta.verificationMethod.id,
    algorithm,
    async sign(data: Uint8Array): Promise<Uint8Array> {
      const sig = await context.agent.keyManagerSign({ keyRef: key.kid, algorithm, data: toHex(data), encoding: 'base16' });
      const bytes = fromBase64url(sig);
      if (!bytes || bytes.length !== 64) throw new ConnectorE2EError('identity_unavailable', `KMS returned an unexpected ${algorithm} signature`);
      return bytes;
    },
  };
}

/**
 * The KMS signer of each local DID, looked up once per agent (mapping the DID's keys to its
 * document costs a DID manager read and a resolution). Rekey messages, ETAMP envelopes and
 * delivery receipts all sign through it. A DID not (yet) in the KMS is looked up again next time.
 */
export class DidSigners {
  private readonly signers = new Map<string, Promise<EtampSigner>>();

  constructor(private readonly context: () => E2EContext) {}

  get(did: string): Promise<EtampSigner> {
    let signer = this.signers.get(did);
    if (!signer) {
      signer = kmsSigner(this.context(), did);
      this.signers.set(did, signer);
      signer.catch(() => this.signers.delete(did));
    }
    return signer;
  }
}

/** A DID's authentication key as a verifier uses it. */
interface AuthenticationKey {
  publicKey: Uint8Array;
  /** The verification method's type (an X25519 key is never a signing key). */
  type: string;
}

/**
 * Authentication keys resolved earlier, so that a verifier need not resolve a DID for every
 * signature (an ETAMP connection verifies one per frame). A self-certifying DID (did:key,
 * did:peer numalgo 0 and 2) names its keys itself, so its document never changes and its keys
 * are kept while used; any other DID's are resolved again after DID_KEY_TTL_MS. The most
 * recently used MAX_CACHED_DID_KEYS are kept.
 */
export class DidKeyCache {
  private readonly keys = new Map<string, { key: AuthenticationKey | null; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(did: string, keyId: string, resolve: () => Promise<AuthenticationKey | null>): Promise<AuthenticationKey | null> {
    const id = `${did} ${keyId}`;
    const hit = this.keys.get(id);
    if (hit && hit.until > this.now()) {
      this.keys.delete(id);
      this.keys.set(id, hit); // most recently used last
      return hit.key;
    }
    const key = await resolve();
    const selfCertifying = /^did:(key:|peer:[02])/.test(did);
    this.keys.delete(id);
    this.keys.set(id, { key, until: selfCertifying ? Number.POSITIVE_INFINITY : this.now() + DID_KEY_TTL_MS });
    if (this.keys.size > MAX_CACHED_DID_KEYS) this.keys.delete(this.keys.keys().next().value!);
    return key;
  }
}

/** The authentication key `keyId` of `did` from its resolved document, or null when it names none of them. */
async function resolveAuthenticationKey(context: E2EContext, did: string, keyId: string): Promise<AuthenticationKey | null> {
  let methods;
  try {
    const doc = await resolveDidOrThrow(did, context);
    methods = await dereferenceDidKeys(doc, 'authentication', context);
  } catch (e) {
    throw new ConnectorE2EError('did_resolution_failed', `cannot resolve ${did.slice(0, 80)}: ${(e as Error).message}`, { cause: e });
  }
  const fragment = keyId.slice(keyId.indexOf('#'));
  const method = methods.find((m) => m.id === keyId || (m.id.startsWith('#') && m.id === fragment) || m.id === `${did}${fragment}`);
  return method?.publicKeyHex ? { publicKey: fromHex(method.publicKeyHex), type: method.type } : null;
}

/**
 * Verifies a handshake signature against the DID document: `keyId` must name an
 * authentication method of `did`; Ed25519 and secp256k1 (ES256K) keys are supported.
 * Returns false for a bad signature; throws `did_resolution_failed` when the DID does not resolve.
 * With `cache`, keys resolved before are used again (DidKeyCache says for how long).
 */
export function didVerifier(context: E2EContext, crypto: CryptoProvider, cache?: DidKeyCache): DidSignatureVerifier {
  return async ({ did, keyId, data, signature }) => {
    const keyDid = keyId.split('#')[0];
    if (keyDid !== '' && keyDid !== did) return false;
    const resolve = () => resolveAuthenticationKey(context, did, keyId);
    const key = cache ? await cache.get(did, keyId, resolve) : await resolve();
    if (!key) return false;
    const pub = key.publicKey;
    if (signature.length !== 64) return false;
    // 32-byte authentication keys are Ed25519 (X25519 keys are for key agreement only).
    if (pub.length === 32 && !/x25519/i.test(key.type)) return crypto.ed25519Verify(pub, data, signature);
    if (pub.length === 33 || pub.length === 65) {
      try {
        return secp256k1.verify(signature, data, pub, { prehash: true, lowS: false });
      } catch {
        return false;
      }
    }
    return false;
  };
}
