/**
 * WAMP-E2EE trust roots (docs/protocol.md 28): the two certificate types of WAMP/XBR,
 * `EIP712DelegateCertificate` and `EIP712AuthorityCertificate`, as EIP-712 typed data signed
 * with secp256k1 (what `eth_signTypedData_v4` signs), in the form autobahn-python 22 creates
 * them. This module has the typed-data hashing for exactly these two types (not a general
 * EIP-712 library), signing, signer recovery, and the codec of their JSON form; the chain rules
 * are in certificate-chain.ts.
 *
 *   domainSeparator = keccak256(typeHash(EIP712Domain) || keccak256("WMP") || keccak256("1"))
 *   hashStruct(c)   = keccak256(typeHash(c's type) || enc(field 1) || ... || enc(field n))
 *   digest(c)       = keccak256(0x19 || 0x01 || domainSeparator || hashStruct(c))
 *   signature       = r || s || v (65 bytes, v = 27 + recovery id, 27 or 28)
 *
 * enc: uint256/uint64 as 32 bytes big-endian, address left-padded to 32 bytes, bytes32 as is,
 * string as keccak256 of its UTF-8. An Ethereum address is the last 20 bytes of keccak256 of the
 * uncompressed public key without its 0x04 prefix; addresses compare as bytes (EIP-55 case is
 * neither required nor checked on input).
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { assertBytes, concatBytes, equalBytes, fromHex, toHex, utf8 } from './bytes.js';
import { ProtocolError } from './errors.js';

export const DELEGATE_CERTIFICATE_TYPE = 'EIP712DelegateCertificate';
export const AUTHORITY_CERTIFICATE_TYPE = 'EIP712AuthorityCertificate';
export type CertificateType = typeof DELEGATE_CERTIFICATE_TYPE | typeof AUTHORITY_CERTIFICATE_TYPE;

/** The EIP-712 domain of both types: name and version only (chainId and contract are message fields). */
export const CERTIFICATE_DOMAIN = Object.freeze({ name: 'WMP', version: '1' });

/** Capability bits of an authority certificate, as autobahn names them. */
export const CERTIFICATE_CAPABILITIES = Object.freeze({
  rootCa: 1n,
  intermediateCa: 2n,
  publicRelay: 4n,
  privateRelay: 8n,
  provider: 16n,
  consumer: 32n,
});

type FieldType = 'uint256' | 'uint64' | 'address' | 'bytes32' | 'string';
interface Field {
  readonly name: string;
  readonly type: FieldType;
}

const DOMAIN_FIELDS: readonly Field[] = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
];

/** The typed-data layouts: field names, types and order are what is signed. */
export const CERTIFICATE_LAYOUTS: Readonly<Record<CertificateType, readonly Field[]>> = {
  EIP712DelegateCertificate: [
    { name: 'chainId', type: 'uint256' },
    { name: 'verifyingContract', type: 'address' },
    { name: 'validFrom', type: 'uint256' },
    { name: 'delegate', type: 'address' },
    { name: 'csPubKey', type: 'bytes32' },
    { name: 'bootedAt', type: 'uint64' },
    { name: 'meta', type: 'string' },
  ],
  EIP712AuthorityCertificate: [
    { name: 'chainId', type: 'uint256' },
    { name: 'verifyingContract', type: 'address' },
    { name: 'validFrom', type: 'uint256' },
    { name: 'issuer', type: 'address' },
    { name: 'subject', type: 'address' },
    { name: 'realm', type: 'address' },
    { name: 'capabilities', type: 'uint64' },
    { name: 'meta', type: 'string' },
  ],
};

/** A delegate certificate: the delegate's Ethereum address vouches for its session key `csPubKey`. */
export interface DelegateCertificate {
  readonly primaryType: typeof DELEGATE_CERTIFICATE_TYPE;
  readonly chainId: bigint;
  readonly verifyingContract: Uint8Array;
  readonly validFrom: bigint;
  /** 20-byte address; it signs this certificate itself. */
  readonly delegate: Uint8Array;
  /** The 32-byte WAMP-cryptosign (Ed25519) session public key. */
  readonly csPubKey: Uint8Array;
  /** When the delegate booted, nanoseconds since the Unix epoch in autobahn; not interpreted here. */
  readonly bootedAt: bigint;
  readonly meta: string;
}

/** An authority certificate: `issuer` grants `subject` the `capabilities` in `realm`. */
export interface AuthorityCertificate {
  readonly primaryType: typeof AUTHORITY_CERTIFICATE_TYPE;
  readonly chainId: bigint;
  readonly verifyingContract: Uint8Array;
  readonly validFrom: bigint;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  readonly realm: Uint8Array;
  readonly capabilities: bigint;
  readonly meta: string;
}

export type Eip712Certificate = DelegateCertificate | AuthorityCertificate;

/** The JSON form: EIP-712 typed data as autobahn creates it and `eth_signTypedData_v4` takes it. */
export interface CertificateTypedData {
  types: Record<string, Array<{ name: string; type: string }>>;
  primaryType: CertificateType;
  domain: { name: string; version: string };
  /** Addresses as 0x-hex, csPubKey as 64 hex digits, integers as numbers (bigint above 2^53). */
  message: Record<string, string | number | bigint>;
}

/** A certificate and its signature (130 hex digits, r || s || v) as autobahn pairs them in a chain. */
export type SignedCertificate = [typedData: CertificateTypedData, signature: string];

export const ADDRESS_LENGTH = 20;
export const CERTIFICATE_SIGNATURE_LENGTH = 65;
const UINT_BITS: Record<'uint256' | 'uint64', bigint> = { uint256: 256n, uint64: 64n };

// ---------------------------------------------------------------------------------------------
// EIP-712 hashing

function encodeType(name: string, fields: readonly Field[]): string {
  return `${name}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})`;
}

/** `encodeType` of a certificate type, e.g. `EIP712AuthorityCertificate(uint256 chainId,...)`. */
export function certificateEncodeType(type: CertificateType): string {
  return encodeType(type, CERTIFICATE_LAYOUTS[type]);
}

/** `typeHash` = keccak256 of the type's `encodeType`. */
export function certificateTypeHash(type: CertificateType): Uint8Array {
  return keccak_256(utf8(certificateEncodeType(type)));
}

function uint256be(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0 && n > 0n; i--, n >>= 8n) out[i] = Number(n & 0xffn);
  return out;
}

function encodeValue(type: FieldType, value: unknown): Uint8Array {
  switch (type) {
    case 'uint256':
    case 'uint64':
      return uint256be(value as bigint);
    case 'address': {
      const out = new Uint8Array(32);
      out.set(value as Uint8Array, 12);
      return out;
    }
    case 'bytes32':
      return (value as Uint8Array).slice();
    case 'string':
      return keccak_256(utf8(value as string));
  }
}

function hashStruct(name: string, fields: readonly Field[], values: Readonly<Record<string, unknown>>): Uint8Array {
  return keccak_256(concatBytes(keccak_256(utf8(encodeType(name, fields))), ...fields.map((f) => encodeValue(f.type, values[f.name]))));
}

const DOMAIN_SEPARATOR = hashStruct('EIP712Domain', DOMAIN_FIELDS, CERTIFICATE_DOMAIN);

/** The EIP-712 domain separator of both certificate types (a constant: the domain is name and version). */
export function certificateDomainSeparator(): Uint8Array {
  return DOMAIN_SEPARATOR.slice();
}

/** `hashStruct` of a certificate. */
export function certificateHashStruct(cert: Eip712Certificate): Uint8Array {
  checkCertificate(cert);
  return hashStruct(cert.primaryType, CERTIFICATE_LAYOUTS[cert.primaryType], cert as unknown as Record<string, unknown>);
}

/**
 * The EIP-712 digest `keccak256(0x19 0x01 || domainSeparator || hashStruct)`: what is signed,
 * and what identifies a certificate in a revocation list (certificate-chain.ts).
 */
export function certificateDigest(cert: Eip712Certificate): Uint8Array {
  return keccak_256(concatBytes(Uint8Array.of(0x19, 0x01), DOMAIN_SEPARATOR, certificateHashStruct(cert)));
}

// ---------------------------------------------------------------------------------------------
// Keys, addresses, signatures

/** The address of a secp256k1 public key (33 bytes compressed or 65 uncompressed). */
export function ethereumAddress(publicKey: Uint8Array): Uint8Array {
  assertBytes(publicKey, 'ethereumAddress publicKey');
  const uncompressed = secp256k1.Point.fromBytes(publicKey).toBytes(false);
  return keccak_256(uncompressed.subarray(1)).slice(12);
}

/** The address of a 32-byte secp256k1 private key. */
export function ethereumAddressOf(privateKey: Uint8Array): Uint8Array {
  assertBytes(privateKey, 'ethereumAddressOf privateKey', 32);
  return ethereumAddress(secp256k1.getPublicKey(privateKey, false));
}

/** EIP-55 mixed-case hex of a 20-byte address, `0x`-prefixed (the form autobahn writes). */
export function toChecksumAddress(address: Uint8Array): string {
  assertBytes(address, 'toChecksumAddress address', ADDRESS_LENGTH);
  const hex = toHex(address);
  const h = keccak_256(utf8(hex));
  let out = '0x';
  for (let i = 0; i < hex.length; i++) {
    const nibble = (h[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    out += nibble >= 8 ? hex[i]!.toUpperCase() : hex[i]!;
  }
  return out;
}

const ADDRESS_TEXT = /^0x[0-9a-fA-F]{40}$/;

/** A `0x` + 40 hex digit address (any case, checksum not checked) as bytes; undefined otherwise. */
export function parseAddress(text: string): Uint8Array | undefined {
  return ADDRESS_TEXT.test(text) ? fromHex(text.slice(2)) : undefined;
}

/** Addresses are equal when their 20 bytes are (EIP-55 case plays no part). */
export function sameAddress(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === ADDRESS_LENGTH && equalBytes(a, b);
}

/**
 * Signs a certificate with a 32-byte secp256k1 private key: RFC 6979 deterministic, low-s,
 * returned as autobahn pairs it in a chain (its typed data and the signature's hex).
 */
export function signCertificate(cert: Eip712Certificate, privateKey: Uint8Array): SignedCertificate {
  assertBytes(privateKey, 'signCertificate privateKey', 32);
  const rec = secp256k1.sign(certificateDigest(cert), privateKey, { prehash: false, format: 'recovered' });
  // noble's recovered format is recovery id || r || s; Ethereum's is r || s || (27 + recovery id)
  const sig = concatBytes(rec.subarray(1), Uint8Array.of(27 + rec[0]!));
  return [certificateTypedData(cert), toHex(sig)];
}

const HALF_ORDER = secp256k1.Point.CURVE().n >> 1n;

/**
 * A certificate signature's structure, or why it is malformed: 65 bytes, r and s in [1, n-1],
 * v 27 or 28. A high s (above n/2) is accepted, as the reference accepts it (docs/protocol.md 28).
 */
export function checkCertificateSignature(signature: Uint8Array): string | undefined {
  if (signature.length !== CERTIFICATE_SIGNATURE_LENGTH) return `signature is ${signature.length} bytes, not ${CERTIFICATE_SIGNATURE_LENGTH}`;
  const n = HALF_ORDER * 2n + 1n;
  const r = BigInt(`0x${toHex(signature.subarray(0, 32))}`);
  const s = BigInt(`0x${toHex(signature.subarray(32, 64))}`);
  if (r === 0n || r >= n) return 'signature r out of range';
  if (s === 0n || s >= n) return 'signature s out of range';
  if (signature[64] !== 27 && signature[64] !== 28) return `signature v is ${signature[64]}, not 27 or 28`;
  return undefined;
}

/** Whether a signature's s is above n/2 (what a low-s signer never produces). */
export function hasHighS(signature: Uint8Array): boolean {
  return BigInt(`0x${toHex(signature.subarray(32, 64))}`) > HALF_ORDER;
}

/**
 * The address whose key made `signature` over the certificate, or undefined when no public key
 * recovers from it (r is no point's x). Throws `certificate_malformed` for a signature of the
 * wrong structure (checkCertificateSignature).
 */
export function recoverCertificateSigner(cert: Eip712Certificate, signature: Uint8Array): Uint8Array | undefined {
  assertBytes(signature, 'recoverCertificateSigner signature');
  const why = checkCertificateSignature(signature);
  if (why !== undefined) throw new ProtocolError('certificate_malformed', why);
  return recoverDigestSigner(certificateDigest(cert), signature);
}

/** recoverCertificateSigner from the digest, for a signature whose structure was checked. */
export function recoverDigestSigner(digest: Uint8Array, signature: Uint8Array): Uint8Array | undefined {
  const rec = concatBytes(Uint8Array.of(signature[64]! - 27), signature.subarray(0, 64));
  let publicKey: Uint8Array;
  try {
    publicKey = secp256k1.recoverPublicKey(rec, digest, { prehash: false });
  } catch {
    return undefined;
  }
  return ethereumAddress(publicKey);
}

// ---------------------------------------------------------------------------------------------
// The JSON form

/** Integers of the message as JSON can carry them: a number up to 2^53 - 1, a bigint above. */
function jsonInteger(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** A certificate as EIP-712 typed data (autobahn's layout; addresses in EIP-55 case). */
export function certificateTypedData(cert: Eip712Certificate): CertificateTypedData {
  checkCertificate(cert);
  const fields = CERTIFICATE_LAYOUTS[cert.primaryType];
  const message: Record<string, string | number | bigint> = {};
  for (const f of fields) {
    const v = (cert as unknown as Record<string, unknown>)[f.name];
    message[f.name] =
      f.type === 'address' ? toChecksumAddress(v as Uint8Array) : f.type === 'bytes32' ? toHex(v as Uint8Array) : f.type === 'string' ? (v as string) : jsonInteger(v as bigint);
  }
  return {
    types: {
      EIP712Domain: DOMAIN_FIELDS.map((f) => ({ ...f })),
      [cert.primaryType]: fields.map((f) => ({ ...f })),
    },
    primaryType: cert.primaryType,
    domain: { ...CERTIFICATE_DOMAIN },
    message,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BYTES32_TEXT = /^[0-9a-fA-F]{64}$/;

function malformed(detail: string): never {
  throw new ProtocolError('certificate_malformed', detail);
}

function sameFieldList(given: unknown, expected: readonly Field[]): boolean {
  return (
    Array.isArray(given) &&
    given.length === expected.length &&
    given.every((g, i) => isPlainObject(g) && Object.keys(g).length === 2 && g.name === expected[i]!.name && g.type === expected[i]!.type)
  );
}

/**
 * Parses one certificate's typed data from untrusted input (the JSON form, as decoded by
 * `decodeCertificateJson` or any decoder that gives integers above 2^53 as bigint). Refused as
 * `certificate_malformed`: a `primaryType` other than the two; a `message` missing a field of
 * the layout or having another; a field of the wrong type (an integer that is not a non-negative
 * safe integer or bigint in its type's range, an address that is not `0x` + 40 hex digits, a
 * csPubKey that is not 64 hex digits, a string with a lone surrogate); a `domain` or `types`
 * present and other than the layout's; any other top-level member.
 */
export function parseCertificate(typedData: unknown): Eip712Certificate {
  if (!isPlainObject(typedData)) malformed('a certificate is not an object');
  for (const k of Object.keys(typedData)) {
    if (k !== 'types' && k !== 'primaryType' && k !== 'domain' && k !== 'message') malformed(`unknown member "${k}" in a certificate`);
  }
  const type = typedData.primaryType;
  if (type !== DELEGATE_CERTIFICATE_TYPE && type !== AUTHORITY_CERTIFICATE_TYPE) malformed(`unknown primaryType ${JSON.stringify(String(type))}`);
  const fields = CERTIFICATE_LAYOUTS[type];
  if (typedData.domain !== undefined) {
    const d = typedData.domain;
    if (!isPlainObject(d) || Object.keys(d).length !== 2 || d.name !== CERTIFICATE_DOMAIN.name || d.version !== CERTIFICATE_DOMAIN.version) malformed(`${type}: domain is not {"name":"WMP","version":"1"}`);
  }
  if (typedData.types !== undefined) {
    const t = typedData.types;
    if (!isPlainObject(t) || Object.keys(t).length !== 2 || !sameFieldList(t.EIP712Domain, DOMAIN_FIELDS) || !sameFieldList(t[type], fields)) malformed(`${type}: types differ from the layout`);
  }
  const m = typedData.message;
  if (!isPlainObject(m)) malformed(`${type}: message is not an object`);
  for (const k of Object.keys(m)) if (!fields.some((f) => f.name === k)) malformed(`${type}: unknown field "${k}"`);
  const out: Record<string, unknown> = { primaryType: type };
  for (const f of fields) {
    if (!Object.hasOwn(m, f.name)) malformed(`${type}: missing field ${f.name}`);
    const v = m[f.name];
    const label = `${type}.${f.name}`;
    switch (f.type) {
      case 'uint256':
      case 'uint64': {
        let n: bigint;
        if (typeof v === 'bigint') n = v;
        else if (typeof v === 'number' && Number.isSafeInteger(v)) n = BigInt(v);
        else malformed(`${label} is not an integer${typeof v === 'number' && Number.isInteger(v) ? ' exactly (above 2^53; decode the JSON with decodeCertificateJson)' : ''}`);
        if (n < 0n || n >= 1n << UINT_BITS[f.type]) malformed(`${label} is out of the ${f.type} range`);
        out[f.name] = n;
        break;
      }
      case 'address': {
        const a = typeof v === 'string' ? parseAddress(v) : undefined;
        if (a === undefined) malformed(`${label} is not 0x and 40 hex digits`);
        out[f.name] = a;
        break;
      }
      case 'bytes32':
        if (typeof v !== 'string' || !BYTES32_TEXT.test(v)) malformed(`${label} is not 64 hex digits`);
        out[f.name] = fromHex(v);
        break;
      case 'string':
        if (typeof v !== 'string' || LONE_SURROGATE.test(v)) malformed(`${label} is not a string of Unicode text`);
        out[f.name] = v;
        break;
    }
  }
  return out as unknown as Eip712Certificate;
}

/** A signature's hex (130 digits, `0x` optional, either case) or bytes; `certificate_malformed` otherwise. */
export function parseCertificateSignature(signature: unknown): Uint8Array {
  let bytes: Uint8Array;
  if (signature instanceof Uint8Array) bytes = signature.slice();
  else if (typeof signature === 'string') {
    const hex = signature.startsWith('0x') ? signature.slice(2) : signature;
    if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) malformed('signature is not hex');
    bytes = fromHex(hex);
  } else malformed('signature is not a hex string');
  const why = checkCertificateSignature(bytes);
  if (why !== undefined) malformed(why);
  return bytes;
}

/** Checks a certificate object given to this module's functions: argument errors, not ProtocolErrors. */
function checkCertificate(cert: Eip712Certificate): void {
  const type = (cert as { primaryType?: unknown } | null)?.primaryType;
  if (type !== DELEGATE_CERTIFICATE_TYPE && type !== AUTHORITY_CERTIFICATE_TYPE) throw new TypeError(`certificate: unknown primaryType ${String(type)}`);
  const fields = CERTIFICATE_LAYOUTS[type];
  const c = cert as unknown as Record<string, unknown>;
  for (const f of fields) {
    const v = c[f.name];
    const label = `certificate ${f.name}`;
    if (f.type === 'uint256' || f.type === 'uint64') {
      if (typeof v !== 'bigint') throw new TypeError(`${label}: expected bigint`);
      if (v < 0n || v >= 1n << UINT_BITS[f.type]) throw new RangeError(`${label}: out of the ${f.type} range`);
    } else if (f.type === 'address') assertBytes(v, label, ADDRESS_LENGTH);
    else if (f.type === 'bytes32') assertBytes(v, label, 32);
    else if (typeof v !== 'string' || LONE_SURROGATE.test(v)) throw new TypeError(`${label}: expected a string of Unicode text`);
  }
}

/** JSON text of a chain (or any value) whose bigints are written as integer literals, as autobahn writes them. */
export function encodeCertificateJson(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(encodeCertificateJson).join(',')}]`;
  if (isPlainObject(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${encodeCertificateJson(v)}`).join(',')}}`;
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError(`encodeCertificateJson: ${typeof value} has no JSON form`);
  return text;
}

const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const JSON_MAX_DEPTH = 32;

/**
 * Decodes JSON text without losing integers: an integer literal beyond 2^53 - 1 becomes a
 * bigint (JSON.parse would round autobahn's `bootedAt`, a nanosecond time, and the signature
 * would no longer verify). Strict JSON otherwise; duplicate member names and nesting deeper than
 * 32 are refused. `certificate_malformed` when the text is not such JSON.
 */
export function decodeCertificateJson(text: string): unknown {
  let i = 0;
  const fail = (what: string): never => malformed(`JSON: ${what} at offset ${i}`);
  const skip = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const str = (): string => {
    JSON_STRING.lastIndex = i;
    const m = JSON_STRING.exec(text);
    if (m === null) return fail('bad string');
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const val = (depth: number): unknown => {
    if (depth > JSON_MAX_DEPTH) fail('nesting too deep');
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      const entries: Array<[string, unknown]> = [];
      const names = new Set<string>();
      const items: unknown[] = [];
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        return c === '{' ? {} : [];
      }
      for (;;) {
        if (c === '{') {
          skip();
          if (text[i] !== '"') fail('expected a member name');
          const key = str();
          if (names.has(key)) fail(`duplicate member ${JSON.stringify(key)}`);
          names.add(key);
          skip();
          if (text[i++] !== ':') fail('expected ":"');
          entries.push([key, val(depth + 1)]);
        } else items.push(val(depth + 1));
        skip();
        const sep = text[i++];
        if (sep === ',') continue;
        if (sep === (c === '{' ? '}' : ']')) break;
        fail('expected "," or a closing bracket');
      }
      return c === '{' ? Object.fromEntries(entries) : items;
    }
    if (c === '"') return str();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    JSON_NUMBER.lastIndex = i;
    const m = JSON_NUMBER.exec(text);
    if (m === null) return fail('unexpected character');
    i += m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) return Number(m[0]);
    const n = BigInt(m[0]);
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  };
  const out = val(0);
  skip();
  if (i !== text.length) fail('trailing text');
  return out;
}
