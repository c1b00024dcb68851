/**
 * Verification of a WAMP-E2EE certificate chain (docs/protocol.md 28.3): a delegate certificate,
 * then authority certificates up to a self-signed root, checked against the verifier's own
 * expectations (trust roots, chain id, verifying contract, realm, the current block) with every
 * one of the Certificate Chain Rules CCR-1..CCR-12 of autobahn-python, generalized from its
 * fixed length 3 to any length from 2 to MAX_CERTIFICATE_CHAIN_LENGTH.
 *
 * Chain positions: 0 is the delegate certificate, 1 the authority certificate naming the
 * delegate, n-1 the root; 1..n-2 are the intermediates (none in a chain of 2, where the root
 * names the delegate itself). "Above" certificate i is certificate i+1.
 */
import { assertBytes, fromHex, toHex } from './bytes.js';
import {
  ADDRESS_LENGTH,
  AUTHORITY_CERTIFICATE_TYPE,
  DELEGATE_CERTIFICATE_TYPE,
  certificateDigest,
  parseAddress,
  parseCertificate,
  parseCertificateSignature,
  recoverDigestSigner,
  sameAddress,
  toChecksumAddress,
  type AuthorityCertificate,
  type DelegateCertificate,
  type Eip712Certificate,
} from './eip712-certificates.js';
import { ProtocolError } from './errors.js';

/** Chains longer than this are refused before any signature is recovered (each costs a scalar multiplication). */
export const MAX_CERTIFICATE_CHAIN_LENGTH = 8;

/** An address as bytes (20) or `0x` + 40 hex digits. */
export type AddressInput = Uint8Array | string;

export interface CertificateChainExpectations {
  /** Addresses of the root authorities this verifier trusts: the root's issuer must be one of them. */
  readonly trustRoots: readonly AddressInput[];
  /** Every certificate's `chainId` (CCR-1). */
  readonly chainId: number | bigint;
  /** Every certificate's `verifyingContract` (CCR-1). */
  readonly verifyingContract: AddressInput;
  /** Every authority certificate's `realm` (CCR-2). */
  readonly realm: AddressInput;
  /**
   * What `validFrom` is compared with: every certificate must have `validFrom <= now` (CCR-1).
   * In autobahn, the current block number of `chainId`; a deployment without a chain can agree
   * on another non-decreasing count (Unix seconds, say) as long as issuers use the same.
   */
  readonly now: number | bigint;
  /** Capability bits the delegate must hold: all of them in the authority certificate naming it. */
  readonly requiredCapabilities?: number | bigint;
  /** Revoked addresses (as delegate, issuer or subject) and certificate digests (32 bytes, hex or bytes). */
  readonly revoked?: {
    readonly addresses?: readonly AddressInput[];
    readonly certificates?: readonly (Uint8Array | string)[];
  };
}

/** What a verified chain establishes. */
export interface VerifiedDelegate {
  /** The delegate's address (20 bytes). */
  readonly delegate: Uint8Array;
  /** The session public key the delegate certifies (32 bytes). */
  readonly csPubKey: Uint8Array;
  readonly bootedAt: bigint;
  readonly meta: string;
  /** The delegate certificate's validFrom: the latest of the chain (CCR-6, CCR-9). There is no expiry. */
  readonly validFrom: bigint;
  /** Capabilities of the authority certificate naming the delegate; the root's include them (CCR-7). */
  readonly capabilities: bigint;
  /** The trusted root authority's address. */
  readonly root: Uint8Array;
  readonly realm: Uint8Array;
  readonly chainId: bigint;
  readonly verifyingContract: Uint8Array;
  /** The parsed certificates, delegate first, and their EIP-712 digests. */
  readonly certificates: readonly Eip712Certificate[];
  readonly digests: readonly Uint8Array[];
}

function addressArg(value: AddressInput, label: string): Uint8Array {
  if (typeof value === 'string') {
    const a = parseAddress(value.startsWith('0x') ? value : `0x${value}`);
    if (a === undefined) throw new TypeError(`${label}: not an address (0x and 40 hex digits)`);
    return a;
  }
  assertBytes(value, label, ADDRESS_LENGTH);
  return value;
}

function uintArg(value: number | bigint, label: string): bigint {
  if (typeof value === 'bigint' ? value < 0n : !Number.isSafeInteger(value) || value < 0) throw new RangeError(`${label}: expected a non-negative integer`);
  return BigInt(value);
}

function digestArg(value: Uint8Array | string, label: string): Uint8Array {
  if (typeof value === 'string') {
    const hex = value.startsWith('0x') ? value.slice(2) : value;
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new TypeError(`${label}: not 32 bytes of hex`);
    return fromHex(hex);
  }
  assertBytes(value, label, 32);
  return value;
}

function refuse(rule: string, detail: string): never {
  throw new ProtocolError('certificate_chain_invalid', `${rule}: ${detail}`);
}

const show = (a: Uint8Array): string => toChecksumAddress(a);

/** One chain entry as autobahn pairs it, `[typedData, signature]`, or `{ typedData, signature }`. */
function entryParts(entry: unknown, index: number): [unknown, unknown] {
  if (Array.isArray(entry) && entry.length === 2) return [entry[0], entry[1]];
  if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'typedData' in entry && 'signature' in entry) {
    const e = entry as { typedData: unknown; signature: unknown };
    return [e.typedData, e.signature];
  }
  throw new ProtocolError('certificate_malformed', `chain entry ${index} is not [typedData, signature]`);
}

/**
 * Verifies a certificate chain (untrusted input: the JSON form of eip712-certificates.ts, delegate
 * first) against the verifier's expectations, in the order of docs/protocol.md 28.3, and returns
 * the delegate and its session key. Throws a ProtocolError: `certificate_malformed` (an entry does
 * not parse), `certificate_chain_invalid` (length, or a rule CCR-1..CCR-12 other than CCR-1's
 * validFrom, named first in the message), `untrusted_root`, `certificate_revoked`,
 * `certificate_not_yet_valid` (CCR-1's validFrom) or `certificate_capability_missing`.
 * Wrong expectations (an address that is not one) throw TypeError / RangeError.
 */
export function verifyCertificateChain(chain: unknown, expectations: CertificateChainExpectations): VerifiedDelegate {
  const trustRoots = expectations.trustRoots.map((a, i) => addressArg(a, `trustRoots[${i}]`));
  const chainId = uintArg(expectations.chainId, 'chainId');
  const contract = addressArg(expectations.verifyingContract, 'verifyingContract');
  const realm = addressArg(expectations.realm, 'realm');
  const now = uintArg(expectations.now, 'now');
  const required = expectations.requiredCapabilities === undefined ? 0n : uintArg(expectations.requiredCapabilities, 'requiredCapabilities');
  const revokedAddresses = (expectations.revoked?.addresses ?? []).map((a, i) => addressArg(a, `revoked.addresses[${i}]`));
  const revokedDigests = (expectations.revoked?.certificates ?? []).map((d, i) => digestArg(d, `revoked.certificates[${i}]`));

  if (!Array.isArray(chain)) throw new ProtocolError('certificate_malformed', 'a certificate chain is not a list');
  if (chain.length < 2 || chain.length > MAX_CERTIFICATE_CHAIN_LENGTH) {
    refuse('length', `a chain has 2 to ${MAX_CERTIFICATE_CHAIN_LENGTH} certificates, this one ${chain.length}`);
  }
  const certs: Eip712Certificate[] = [];
  const sigs: Uint8Array[] = [];
  chain.forEach((entry, i) => {
    const [data, sig] = entryParts(entry, i);
    certs.push(parseCertificate(data));
    sigs.push(parseCertificateSignature(sig));
  });
  const n = certs.length;

  // CCR-3: a delegate certificate first, authority certificates after it
  if (certs[0]!.primaryType !== DELEGATE_CERTIFICATE_TYPE) refuse('CCR-3', `certificate 0 is an ${certs[0]!.primaryType}, not an ${DELEGATE_CERTIFICATE_TYPE}`);
  for (let i = 1; i < n; i++) {
    if (certs[i]!.primaryType !== AUTHORITY_CERTIFICATE_TYPE) refuse('CCR-3', `certificate ${i} is an ${certs[i]!.primaryType}, not an ${AUTHORITY_CERTIFICATE_TYPE}`);
  }
  const delegate = certs[0] as DelegateCertificate;
  const auth = certs as AuthorityCertificate[]; // positions 1..n-1
  const root = auth[n - 1]!;

  // CCR-1 (first part): chainId and verifyingContract as expected, in every certificate
  certs.forEach((c, i) => {
    if (c.chainId !== chainId) refuse('CCR-1', `certificate ${i} has chainId ${c.chainId}, expected ${chainId}`);
    if (!sameAddress(c.verifyingContract, contract)) refuse('CCR-1', `certificate ${i} has verifyingContract ${show(c.verifyingContract)}, expected ${show(contract)}`);
  });
  // CCR-2: the realm as expected, in every authority certificate
  for (let i = 1; i < n; i++) {
    if (!sameAddress(auth[i]!.realm, realm)) refuse('CCR-2', `certificate ${i} has realm ${show(auth[i]!.realm)}, expected ${show(realm)}`);
  }
  // CCR-4: the root is self-signed (issuer = subject)
  if (!sameAddress(root.issuer, root.subject)) refuse('CCR-4', `the root (certificate ${n - 1}) has issuer ${show(root.issuer)} and subject ${show(root.subject)}`);
  // CCR-5: each intermediate is issued by the subject of the certificate above it
  for (let i = 1; i < n - 1; i++) {
    if (!sameAddress(auth[i]!.issuer, auth[i + 1]!.subject)) refuse('CCR-5', `certificate ${i} has issuer ${show(auth[i]!.issuer)}, but certificate ${i + 1} has subject ${show(auth[i + 1]!.subject)}`);
  }
  // CCR-6: the certificate above an intermediate is valid from no later than it
  for (let i = 1; i < n - 1; i++) {
    if (auth[i + 1]!.validFrom > auth[i]!.validFrom) refuse('CCR-6', `certificate ${i + 1} is valid from ${auth[i + 1]!.validFrom}, after certificate ${i} (${auth[i]!.validFrom})`);
  }
  // CCR-7: an intermediate's capabilities are a subset of those of the certificate above it
  for (let i = 1; i < n - 1; i++) {
    const extra = auth[i]!.capabilities & ~auth[i + 1]!.capabilities;
    if (extra !== 0n) refuse('CCR-7', `certificate ${i} has capabilities ${auth[i]!.capabilities}, beyond certificate ${i + 1}'s ${auth[i + 1]!.capabilities}`);
  }
  // CCR-8: the authority certificate above the delegate certificate names its delegate as subject
  if (!sameAddress(auth[1]!.subject, delegate.delegate)) refuse('CCR-8', `certificate 1 has subject ${show(auth[1]!.subject)}, the delegate is ${show(delegate.delegate)}`);
  // CCR-9: that certificate is valid from no later than the delegate certificate
  if (auth[1]!.validFrom > delegate.validFrom) refuse('CCR-9', `certificate 1 is valid from ${auth[1]!.validFrom}, after the delegate certificate (${delegate.validFrom})`);

  // CCR-10: the root is signed by its issuer
  const digests = certs.map(certificateDigest);
  const signer = (i: number): Uint8Array | undefined => recoverDigestSigner(digests[i]!, sigs[i]!);
  const rootSigner = signer(n - 1);
  if (rootSigner === undefined || !sameAddress(rootSigner, root.issuer)) refuse('CCR-10', `the root (certificate ${n - 1}) is not signed by its issuer ${show(root.issuer)}`);
  // CCR-11: each intermediate is signed by its issuer
  for (let i = n - 2; i >= 1; i--) {
    const s = signer(i);
    if (s === undefined || !sameAddress(s, auth[i]!.issuer)) refuse('CCR-11', `certificate ${i} is not signed by its issuer ${show(auth[i]!.issuer)}`);
  }
  // CCR-12: the delegate certificate is signed by the delegate
  const delegateSigner = signer(0);
  if (delegateSigner === undefined || !sameAddress(delegateSigner, delegate.delegate)) refuse('CCR-12', `the delegate certificate is not signed by its delegate ${show(delegate.delegate)}`);

  // The root must be one of the verifier's trust roots.
  if (!trustRoots.some((t) => sameAddress(t, root.issuer))) throw new ProtocolError('untrusted_root', `the chain's root ${show(root.issuer)} is not a trust root`);

  // Revocation: by address in any role, or by certificate digest.
  for (let i = 0; i < n; i++) {
    const c = certs[i]!;
    const roles: Array<[string, Uint8Array]> = c.primaryType === DELEGATE_CERTIFICATE_TYPE ? [['delegate', c.delegate]] : [['issuer', c.issuer], ['subject', c.subject]];
    for (const [role, a] of roles) {
      if (revokedAddresses.some((r) => sameAddress(r, a))) throw new ProtocolError('certificate_revoked', `certificate ${i}'s ${role} ${show(a)} is revoked`);
    }
    if (revokedDigests.some((d) => toHex(d) === toHex(digests[i]!))) throw new ProtocolError('certificate_revoked', `certificate ${i} (digest ${toHex(digests[i]!)}) is revoked`);
  }

  // CCR-1 (second part): every certificate is valid from no later than now
  certs.forEach((c, i) => {
    if (c.validFrom > now) throw new ProtocolError('certificate_not_yet_valid', `CCR-1: certificate ${i} is valid from ${c.validFrom}, now is ${now}`);
  });

  const missing = required & ~auth[1]!.capabilities;
  if (missing !== 0n) throw new ProtocolError('certificate_capability_missing', `the delegate's authority certificate lacks capability bits ${missing} of the required ${required}`);

  return {
    delegate: delegate.delegate,
    csPubKey: delegate.csPubKey,
    bootedAt: delegate.bootedAt,
    meta: delegate.meta,
    validFrom: delegate.validFrom,
    capabilities: auth[1]!.capabilities,
    root: root.issuer,
    realm: root.realm,
    chainId,
    verifyingContract: contract,
    certificates: certs,
    digests,
  };
}
