/**
 * docs/test-vectors.json against the code, for both crypto providers. Two kinds of checks:
 * the public API reproduces every listed value from the listed inputs (and each party opens
 * its peer's listed bytes), and the formulas of docs/protocol.md, recomputed here from raw
 * primitives with the label strings of the file and a local length-prefix encoder, give the
 * same values. A changed label, formula or encoding fails one or both.
 * Regenerate the file with scripts/gen-vectors.ts only for a deliberate protocol change.
 */
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  acceptX3dhInit,
  answerPreKeyBundle,
  confirmSession,
  connector_e2e,
  connectorParticipantId,
  connectorSigningInput,
  counterIv,
  counterSecretboxNonce,
  createInvitation,
  createPreKeyBundle,
  decodeFrame,
  decodeInvitationUrl,
  decodeSessionState,
  encodeSessionState,
  encodeAtalaMessage,
  encodeFrame,
  encodeInvitationUrl,
  fromHex,
  inMemoryIdentity,
  invitationCommitment,
  invitationHash,
  LABELS,
  open,
  openControl,
  PROTOCOL_VERSION,
  ProtocolError,
  RECEIVE_LOOKAHEAD,
  receiveControl,
  recordAad,
  SecretBytes,
  signConnectorRequest,
  signEtamp,
  signReceipt,
  receiptContentHash,
  verifyReceipt,
  toBase64url,
  toHex,
  verifyEtamp,
  transcriptHash,
  wire,
  type CryptoProvider,
  type DidSignatureVerifier,
  type DidSigner,
  type Invitation,
  type SealedControl,
  type SealResult,
  type SessionState,
} from '../src/index.js';
import { runSessionScenario, type Party } from './vectors/session-scenario.js';
import * as constants from '../src/constants.js';
import { invitationMacKey } from '../src/invitation.js';
import { confirmationTag, deriveEpochKeys, x3dhSecret } from '../src/key-schedule.js';
import { PROVIDERS } from './helpers.js';

// ---- the file --------------------------------------------------------------------------

type Hex = string;
interface Draw {
  call: 'randomBytes' | 'x25519KeyPair';
  length?: number;
  bytes?: Hex;
  privateKey?: Hex;
  publicKey?: Hex;
}
interface RecordVector {
  name: string;
  direction: 'issuer-to-holder' | 'holder-to-issuer';
  epoch: number;
  keyId: Hex;
  counter: number;
  chainKey: Hex;
  key: Hex;
  iv: Hex;
  aad: Hex;
  message: unknown;
  plaintext: Hex;
  content: Hex;
  encryptedMessage: Hex;
  frame: Hex;
}
interface ControlVector {
  name: string;
  from: 'issuer' | 'holder';
  direction: 'issuer-to-holder' | 'holder-to-issuer';
  now: number;
  sequence: number;
  epoch: number;
  key: Hex;
  iv: Hex;
  aad: Hex;
  message: unknown;
  plaintext: Hex;
  content: Hex;
  sealedControl: Hex;
  frame: Hex;
  draws: Draw[];
}
interface EpochVector {
  epoch: number;
  sk: Hex;
  transcriptHash: Hex;
  issuerToHolder: Hex;
  holderToIssuer: Hex;
  confirmIssuer: Hex;
  confirmHolder: Hex;
  root: Hex;
  control: Hex;
  rekey?: Record<
    'prekeyPrivate' | 'prekey' | 'ephemeralPrivate' | 'ephemeral' | 'dh' | 'ikm' | 'salt' | 'transcriptInput' | 'holderConfirmation' | 'issuerConfirmation' | 'requestSignatureInput' | 'bundleSignatureInput' | 'initSignatureInput',
    Hex
  > & { baseEpoch: number };
}
type HandshakeField =
  | 'bundleSignatureInput'
  | 'bundleSignature'
  | 'bundleMacInput'
  | 'bundleMac'
  | 'bundleHash'
  | 'preKeyBundle'
  | 'dh1'
  | 'dh2'
  | 'dh3'
  | 'dh4'
  | 'ikm'
  | 'transcriptInput'
  | 'initSignatureInput'
  | 'initSignature'
  | 'initMacInput'
  | 'initMac'
  | 'holderConfirmationInput'
  | 'holderConfirmation'
  | 'x3dhInit'
  | 'issuerConfirmationInput'
  | 'issuerConfirmation'
  | 'keyConfirmation'
  | 'bundleFrame'
  | 'initFrame'
  | 'keyConfirmationFrame';
interface Vectors {
  version: number;
  protocolVersion: number;
  generatedBy: string;
  notes: Record<string, string>;
  labels: Record<keyof typeof LABELS, string>;
  constants: Record<string, number>;
  inputs: {
    now: number;
    connectorUrl: string;
    connectionId: string;
    oneTimePrekeyId: number;
    invitation: { token: Hex; secret: Hex; ttlSeconds: number };
    issuer: Record<'did' | 'keyId' | 'identityPrivateKey' | 'ed25519Seed' | 'signedPrekeyPrivate' | 'oneTimePrekeyPrivate' | 'drbgSeed', string>;
    holder: Record<'did' | 'keyId' | 'identityPrivateKey' | 'ed25519Seed' | 'ephemeralPrivateKey' | 'drbgSeed', string>;
    times: { sendingKeys: number; status: number; restart: number; resync: number; rekey: number; sendingKeysEpoch1: number; close: number };
  };
  keys: {
    issuer: Record<'identityKey' | 'ed25519PublicKey' | 'signedPrekey' | 'oneTimePrekey', Hex>;
    holder: Record<'identityKey' | 'ed25519PublicKey' | 'ephemeralKey', Hex>;
  };
  invitation: { version: number; expiresAt: number; url: string; customSchemeUrl: string; etamp: { url: string; hashInput: Hex; hash: Hex }; xsalsa20Poly1305: { url: string; hashInput: Hex; hash: Hex } } & Record<'commitmentInput' | 'commitment' | 'macKey' | 'hashInput' | 'hash' | 'payload', Hex>;
  handshake: Record<HandshakeField, Hex>;
  epochs: EpochVector[];
  ivs: Array<{ counter: number; iv: Hex }>;
  records: RecordVector[];
  control: ControlVector[];
  connectorAuth: ConnectorAuthVector;
  connectorAuthQuery: ConnectorAuthVector;
  sessionRecords: { issuer: Hex; holder: Hex };
  negative: {
    invitations: { name: string; url: string; now: number; error: string }[];
    records: { name: string; from: string; content: Hex; connectionId: string; encryptedMessage: Hex; error: string }[];
  };
  etamp: {
    envelopes: Array<{ name: string; upd: 'Message' | 'KeyExchange'; source: string; jti: string; content: Hex; header: string; payload: string; signingInput: string; signature: Hex; jws: string; frame: Hex }>;
    negative: Array<{ name: string; jws: string; connectionId: string; error: string }>;
  };
  suites: { xsalsa20Poly1305: Array<{ name: string; source: string; key: Hex; counter: number; nonce: Hex; plaintext: Hex; content: Hex }> };
  receipts: {
    receipt: { messageId: string; content: Hex; contentHash: string; header: string; payload: string; signingInput: string; signature: Hex; jws: string };
    negative: Array<{ name: string; jws: string; error: string }>;
  };
}
type ConnectorAuthVector = Record<'seed' | 'publicKey' | 'participantId' | 'method' | 'path' | 'body' | 'nonce' | 'signingInput', string> & {
  timestamp: number;
  headers: Record<string, string>;
};

const V = JSON.parse(readFileSync(new URL('../../../docs/test-vectors.json', import.meta.url), 'utf8')) as Vectors;
const L = V.labels;
const I = V.inputs;
const b = (hex: Hex): Uint8Array => fromHex(hex);
const record = (name: string) => V.records.find((r) => r.name === name)!;
const control = (name: string) => V.control.find((c) => c.name === name)!;

/** Message objects of the file: `{ "hex": "..." }` stands for a bytes field. */
function fromJson(value: unknown): any {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Object.keys(o).length === 1 && typeof o.hex === 'string') return b(o.hex);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fromJson(v)]));
  }
  return value;
}

// ---- the spec's encodings, written out independently of src/bytes.ts ----------------------

const utf8 = (s: string) => new TextEncoder().encode(s);
const u32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const u64 = (n: number) => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n), false);
  return out;
};
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** lp(f1, f2, ...) = uint32be(len(f1)) || f1 || uint32be(len(f2)) || f2 || ...; strings as UTF-8. */
const lp = (...fields: Array<Uint8Array | string>) => cat(...fields.flatMap((f) => (typeof f === 'string' ? utf8(f) : f)).flatMap((f) => [u32(f.length), f]));
const FF32 = new Uint8Array(32).fill(0xff);
const ZERO32 = new Uint8Array(32);
const DIRECTION_BYTE = { 'issuer-to-holder': 1, 'holder-to-issuer': 2 } as const;

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function didKeyOf(ed25519PublicKey: Uint8Array): string {
  const bytes = cat(Uint8Array.of(0xed, 0x01), ed25519PublicKey);
  let n = BigInt(`0x${toHex(bytes)}`);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)]! + s;
    n /= 58n;
  }
  return `did:key:z${s}`;
}

/** The vectors' deterministic stand-in for a CSPRNG (see notes.drbg). */
function drbg(base: CryptoProvider, seed: Uint8Array): CryptoProvider {
  let block = 0;
  let pool = new Uint8Array(0);
  const take = (n: number) => {
    while (pool.length < n) pool = cat(pool, base.sha256(cat(seed, u64(block++))));
    const out = pool.slice(0, n);
    pool = pool.slice(n);
    return out;
  };
  return {
    ...base,
    name: `${base.name}+drbg`,
    randomBytes: take,
    x25519KeyPair() {
      const privateKey = take(32);
      return { privateKey, publicKey: base.x25519PublicKey(privateKey) };
    },
  };
}

function codeOf(e: unknown): string {
  return ProtocolError.is(e) ? e.code : `not a ProtocolError: ${String(e)}`;
}

/** One byte of `bytes` flipped at each of: the start, the middle and the last byte. */
function flips(bytes: Uint8Array): Uint8Array[] {
  return [0, bytes.length >> 1, bytes.length - 1].map((i) => {
    const c = bytes.slice();
    c[i]! ^= 0x01;
    return c;
  });
}

// ---- the run: the generator's steps, with each receiver fed the file's bytes ----------------

interface Run {
  invitation: Invitation;
  url: string;
  customUrl: string;
  bundleBytes: Uint8Array;
  bundleHash: Uint8Array;
  initBytes: Uint8Array;
  keyConfirmationBytes: Uint8Array;
  bundleFrame: Uint8Array;
  initFrame: Uint8Array;
  keyConfirmationFrame: Uint8Array;
  issuer0: SessionState;
  holder0: SessionState;
  issuerFinal: SessionState;
  holderFinal: SessionState;
  produced: Map<string, Record<string, Hex | number>>;
  opened: Map<string, { plaintext?: Hex; counter?: number; epoch?: number; event?: string; error?: string }>;
  flipped: Map<string, string[]>;
  beforeResync: string;
}

async function run(base: CryptoProvider): Promise<Run> {
  const issuerCrypto = drbg(base, b(I.issuer.drbgSeed));
  const holderCrypto = drbg(base, b(I.holder.drbgSeed));
  const ed = new Map([
    [I.issuer.did, { keyId: I.issuer.keyId, pub: base.ed25519PublicKey(b(I.issuer.ed25519Seed)) }],
    [I.holder.did, { keyId: I.holder.keyId, pub: base.ed25519PublicKey(b(I.holder.ed25519Seed)) }],
  ]);
  const signer = (seed: Hex, did: string, keyId: string): DidSigner => ({ did, keyId, sign: async (data) => base.ed25519Sign(b(seed), data) });
  const verifier: DidSignatureVerifier = async ({ did, keyId, data, signature }) => {
    const k = ed.get(did);
    return k !== undefined && k.keyId === keyId && base.ed25519Verify(k.pub, data, signature);
  };
  const issuerIdentity = inMemoryIdentity(issuerCrypto, b(I.issuer.identityPrivateKey));
  const holderIdentity = inMemoryIdentity(holderCrypto, b(I.holder.identityPrivateKey));
  const auth = {
    issuer: { signer: signer(I.issuer.ed25519Seed, I.issuer.did, I.issuer.keyId), verifier },
    holder: { signer: signer(I.holder.ed25519Seed, I.holder.did, I.holder.keyId), verifier },
  };

  const created = createInvitation(base, {
    connectorUrl: I.connectorUrl,
    issuerDid: I.issuer.did,
    identityKey: issuerIdentity.publicKey,
    token: b(I.invitation.token),
    ttlSeconds: I.invitation.ttlSeconds,
    now: I.now,
  });
  const invitation: Invitation = { ...created, secret: new SecretBytes(b(I.invitation.secret)) };

  const { bundle, handshake } = await createPreKeyBundle(issuerCrypto, {
    connectionId: I.connectionId,
    invitation,
    identity: issuerIdentity,
    signer: signer(I.issuer.ed25519Seed, I.issuer.did, I.issuer.keyId),
    oneTimePrekeyId: I.oneTimePrekeyId,
    keys: { signedPrekey: b(I.issuer.signedPrekeyPrivate), oneTimePrekey: b(I.issuer.oneTimePrekeyPrivate) },
  });
  const answered = await answerPreKeyBundle(holderCrypto, {
    connectionId: I.connectionId,
    invitation: decodeInvitationUrl(V.invitation.url, { now: I.now }),
    bundle: wire.PreKeyBundle.decode(b(V.handshake.preKeyBundle)),
    identity: holderIdentity,
    signer: signer(I.holder.ed25519Seed, I.holder.did, I.holder.keyId),
    verifier,
    ephemeralKey: b(I.holder.ephemeralPrivateKey),
  });
  const accepted = await acceptX3dhInit(issuerCrypto, { handshake, init: wire.X3dhInit.decode(b(V.handshake.x3dhInit)), identity: issuerIdentity, verifier });
  const holder0 = confirmSession(holderCrypto, answered.session, wire.KeyConfirmation.decode(b(V.handshake.keyConfirmation)));
  const issuer0 = accepted.session;

  const produced: Run['produced'] = new Map();
  const opened: Run['opened'] = new Map();
  const flipped: Run['flipped'] = new Map();

  /** What a party sealed: compared with the vector of that name by the tests below. */
  const sealed = (name: string, before: SessionState, r: SealResult, plaintext: Uint8Array) => {
    produced.set(name, {
      epoch: r.epoch,
      keyId: toHex(r.keyId),
      counter: r.counter,
      chainKey: toHex(before.sendChainKey.expose()),
      key: toHex(before.sending!.key.expose()),
      plaintext: toHex(plaintext),
      content: toHex(r.message.content),
      encryptedMessage: toHex(wire.EncryptedMessage.encode(r.message).finish()),
      frame: toHex(encodeFrame({ record: r.message })),
    });
  };
  /** Opens the vector record (not the one just produced), noting what flipped copies give. */
  const receive = (crypto: CryptoProvider, state: SessionState, name: string): SessionState => {
    const envelope = wire.EncryptedMessage.decode(b(record(name).encryptedMessage));
    flipped.set(
      name,
      flips(envelope.content).map((content) => {
        try {
          open(crypto, state, { content, connectionId: envelope.connectionId });
          return 'opened';
        } catch (e) {
          return codeOf(e);
        }
      }),
    );
    try {
      const r = open(crypto, state, envelope);
      opened.set(name, { plaintext: toHex(r.plaintext), counter: r.counter, epoch: r.epoch });
      return r.state;
    } catch (e) {
      opened.set(name, { error: codeOf(e) });
      return state;
    }
  };
  const sent = (name: string, sealedControl: SealedControl) => {
    produced.set(name, {
      iv: toHex(sealedControl.iv),
      content: toHex(sealedControl.content),
      sealedControl: toHex(wire.SealedControl.encode(sealedControl).finish()),
      frame: toHex(encodeFrame({ control: sealedControl })),
    });
  };
  /** Receives the vector control message (not the one just produced), noting what flipped copies give. */
  const receiveCtl = async (crypto: CryptoProvider, state: SessionState, name: string) => {
    const v = control(name);
    const sealedControl = wire.SealedControl.decode(b(v.sealedControl));
    const flipResults: string[] = [];
    for (const content of flips(sealedControl.content)) {
      try {
        await receiveControl(crypto, state, { ...sealedControl, content } as SealedControl, v.now, auth[state.role]);
        flipResults.push('opened');
      } catch (e) {
        flipResults.push(codeOf(e));
      }
    }
    flipped.set(name, flipResults);
    try {
      const plaintext = wire.ControlMessage.encode(openControl(crypto, state, sealedControl, v.now).message).finish();
      const r = await receiveControl(crypto, state, sealedControl, v.now, auth[state.role]);
      opened.set(name, { plaintext: toHex(plaintext), event: r.event.type });
      return r;
    } catch (e) {
      opened.set(name, { error: codeOf(e) });
      return { state, reply: undefined };
    }
  };

  const parties: Record<'issuer' | 'holder', Party> = {
    issuer: { crypto: issuerCrypto, signer: auth.issuer.signer, state: issuer0 },
    holder: { crypto: holderCrypto, signer: auth.holder.signer, state: holder0 },
  };
  const scenario = await runSessionScenario(parties.issuer, parties.holder, I.times, {
    mark: () => undefined,
    sealed: (name, _from, before, r, plaintext) => sealed(name, before, r, plaintext),
    open: (name, to) => receive(to.crypto, to.state, name),
    sent: (name, _from, sealedControl) => sent(name, sealedControl),
    receive: (name, to) => receiveCtl(to.crypto, to.state, name),
  });
  const issuer = parties.issuer.state;
  const holder = parties.holder.state;
  // the record beyond the look-ahead does not open before the resync
  let beforeResync = 'opened';
  try {
    open(holderCrypto, scenario.beforeResync, wire.EncryptedMessage.decode(b(record('i2h-e0-restart-c1001').encryptedMessage)));
  } catch (e) {
    beforeResync = codeOf(e);
  }

  return {
    invitation,
    url: encodeInvitationUrl(invitation),
    customUrl: encodeInvitationUrl(invitation, { scheme: 'custom' }),
    bundleBytes: wire.PreKeyBundle.encode(bundle).finish(),
    bundleHash: handshake.bundleHash,
    initBytes: wire.X3dhInit.encode(answered.init).finish(),
    keyConfirmationBytes: wire.KeyConfirmation.encode(accepted.confirmation).finish(),
    bundleFrame: encodeFrame({ handshake: { bundle } }),
    initFrame: encodeFrame({ handshake: { init: answered.init } }),
    keyConfirmationFrame: encodeFrame({ handshake: { confirmation: accepted.confirmation } }),
    issuer0,
    holder0,
    issuerFinal: issuer,
    holderFinal: holder,
    produced,
    opened,
    flipped,
    beforeResync,
  };
}

// ---- tests -----------------------------------------------------------------------------

describe('protocol test vectors file', () => {
  it('has a version, its generator and a note for every section', () => {
    expect(V.version).toBe(1);
    expect(V.generatedBy).toContain('scripts/gen-vectors.ts');
    for (const section of ['labels', 'constants', 'inputs', 'drbg', 'keys', 'invitation', 'handshake', 'epochs', 'ivs', 'records', 'control', 'connectorAuth', 'connectorAuthQuery', 'sessionRecords', 'negative', 'etamp', 'suites', 'wampPayloads', 'otpRegistrations', 'directory', 'receipts']) {
      expect(V.notes[section], section).toBeTruthy();
    }
  });

  it('lists exactly the labels and limits the code uses', () => {
    expect(L).toEqual({ ...LABELS });
    expect(V.protocolVersion).toBe(PROTOCOL_VERSION);
    for (const [name, value] of Object.entries(V.constants)) expect((constants as Record<string, unknown>)[name], name).toBe(value);
  });
});

describe.each(PROVIDERS)('protocol test vectors (%s provider)', (_name, crypto) => {
  let run_: Run | undefined;
  let runError: unknown;
  beforeAll(async () => {
    try {
      run_ = await run(crypto);
    } catch (e) {
      runError = e; // reported by every test that needs the run, not as skipped tests
    }
  });
  /** The run's results; throws the run's own error when it could not finish. */
  const R = (): Run => {
    if (!run_) throw runError;
    return run_;
  };

  it('the fixed private keys give the listed public keys and did:key DIDs', () => {
    expect(toHex(crypto.x25519PublicKey(b(I.issuer.identityPrivateKey)))).toBe(V.keys.issuer.identityKey);
    expect(toHex(crypto.x25519PublicKey(b(I.issuer.signedPrekeyPrivate)))).toBe(V.keys.issuer.signedPrekey);
    expect(toHex(crypto.x25519PublicKey(b(I.issuer.oneTimePrekeyPrivate)))).toBe(V.keys.issuer.oneTimePrekey);
    expect(toHex(crypto.x25519PublicKey(b(I.holder.identityPrivateKey)))).toBe(V.keys.holder.identityKey);
    expect(toHex(crypto.x25519PublicKey(b(I.holder.ephemeralPrivateKey)))).toBe(V.keys.holder.ephemeralKey);
    for (const party of ['issuer', 'holder'] as const) {
      const pub = crypto.ed25519PublicKey(b(I[party].ed25519Seed));
      expect(toHex(pub)).toBe(V.keys[party].ed25519PublicKey);
      expect(I[party].did).toBe(didKeyOf(pub));
      expect(I[party].keyId).toBe(`${I[party].did}#${I[party].did.slice('did:key:'.length)}`);
    }
  });

  it('the invitation reproduces its commitment, MAC key, hash, payload and both URLs', () => {
    const inv = R().invitation;
    expect(inv.expiresAt).toBe(V.invitation.expiresAt);
    expect(inv.expiresAt).toBe(Math.floor(I.now / 1000) + I.invitation.ttlSeconds);
    expect(toHex(inv.commitment)).toBe(V.invitation.commitment);
    expect(toHex(invitationCommitment(crypto, b(I.invitation.token), I.issuer.did, b(V.keys.issuer.identityKey)))).toBe(V.invitation.commitment);
    expect(toHex(invitationMacKey(crypto, inv).expose())).toBe(V.invitation.macKey);
    expect(toHex(invitationHash(crypto, inv))).toBe(V.invitation.hash);
    expect(R().url).toBe(V.invitation.url);
    expect(R().customUrl).toBe(V.invitation.customSchemeUrl);
    expect(V.invitation.url).toBe(`${I.connectorUrl}/invite#${Buffer.from(b(V.invitation.payload)).toString('base64url')}`);
  });

  it('the invitation formulas give the listed commitment, MAC key and hash', () => {
    const token = b(I.invitation.token);
    const commitmentInput = lp(L.invitationCommitment, token, I.issuer.did, b(V.keys.issuer.identityKey));
    expect(toHex(commitmentInput)).toBe(V.invitation.commitmentInput);
    expect(toHex(crypto.sha256(commitmentInput))).toBe(V.invitation.commitment);
    expect(toHex(crypto.hkdfSha256(b(I.invitation.secret), token, utf8(L.invitationMac), 32))).toBe(V.invitation.macKey);
    const hashInput = lp(L.invitationHash, u32(V.invitation.version), I.connectorUrl, token, b(V.invitation.commitment), u32(V.invitation.expiresAt));
    expect(toHex(hashInput)).toBe(V.invitation.hashInput);
    expect(toHex(crypto.sha256(hashInput))).toBe(V.invitation.hash);
  });

  it('an ETAMP invitation encodes envelope = 1 and appends uint32be(1) to its hash input, nothing else changing', () => {
    const etamp = decodeInvitationUrl(V.invitation.etamp.url, { now: I.now });
    expect(etamp.envelope).toBe('etamp');
    expect(encodeInvitationUrl({ ...R().invitation, envelope: 'etamp' })).toBe(V.invitation.etamp.url);
    // The payload is the plain one with field 7 (varint 1) appended.
    const payload = (url: string) => Buffer.from(url.slice(url.indexOf('#') + 1), 'base64url').toString('hex');
    expect(payload(V.invitation.etamp.url)).toBe(`${V.invitation.payload}3801`);
    const hashInput = lp(L.invitationHash, u32(V.invitation.version), I.connectorUrl, b(I.invitation.token), b(V.invitation.commitment), u32(V.invitation.expiresAt), u32(1));
    expect(toHex(hashInput)).toBe(V.invitation.etamp.hashInput);
    expect(toHex(crypto.sha256(hashInput))).toBe(V.invitation.etamp.hash);
    expect(toHex(invitationHash(crypto, etamp))).toBe(V.invitation.etamp.hash);
  });

  it('an XSalsa20-Poly1305 invitation encodes suite = 1 and appends the 17-byte name to its hash input, nothing else changing', () => {
    const x = decodeInvitationUrl(V.invitation.xsalsa20Poly1305.url, { now: I.now });
    expect(x.suite).toBe('xsalsa20-poly1305');
    expect(encodeInvitationUrl({ ...R().invitation, suite: 'xsalsa20-poly1305' })).toBe(V.invitation.xsalsa20Poly1305.url);
    // The payload is the plain one with field 8 (varint 1) appended.
    const payload = (url: string) => Buffer.from(url.slice(url.indexOf('#') + 1), 'base64url').toString('hex');
    expect(payload(V.invitation.xsalsa20Poly1305.url)).toBe(`${V.invitation.payload}4001`);
    const hashInput = lp(L.invitationHash, u32(V.invitation.version), I.connectorUrl, b(I.invitation.token), b(V.invitation.commitment), u32(V.invitation.expiresAt), 'xsalsa20-poly1305');
    expect(toHex(hashInput)).toBe(V.invitation.xsalsa20Poly1305.hashInput);
    expect(toHex(crypto.sha256(hashInput))).toBe(V.invitation.xsalsa20Poly1305.hash);
    expect(toHex(invitationHash(crypto, x))).toBe(V.invitation.xsalsa20Poly1305.hash);
  });

  it('XSalsa20-Poly1305 records: the nonce is SHA-256 of the counter cut to 24 bytes, the content the secretbox of the record\'s plaintext under its key, and it opens', () => {
    expect(V.suites.xsalsa20Poly1305.length).toBeGreaterThan(0);
    for (const v of V.suites.xsalsa20Poly1305) {
      const source = record(v.name);
      expect([v.key, v.plaintext, v.counter]).toEqual([source.key, source.plaintext, source.counter]);
      const be = new Uint8Array(8);
      new DataView(be.buffer).setBigUint64(0, BigInt(v.counter));
      expect(toHex(crypto.sha256(be).subarray(0, 24))).toBe(v.nonce);
      expect(toHex(counterSecretboxNonce(crypto, v.counter))).toBe(v.nonce);
      expect(toHex(crypto.xsalsa20Poly1305Seal(b(v.key), b(v.nonce), b(v.plaintext)))).toBe(v.content);
      expect(toHex(crypto.xsalsa20Poly1305Open(b(v.key), b(v.nonce), b(v.content))!)).toBe(v.plaintext);
      const bad = b(v.content);
      bad[0]! ^= 1;
      expect(crypto.xsalsa20Poly1305Open(b(v.key), b(v.nonce), bad)).toBeUndefined();
    }
  });

  it('both invitation URLs decode to the listed fields and fit a version-10 QR code at level M', () => {
    for (const url of [V.invitation.url, V.invitation.customSchemeUrl]) {
      const inv = decodeInvitationUrl(url, { now: I.now });
      expect(inv.connectorUrl).toBe(I.connectorUrl);
      expect(toHex(inv.token)).toBe(I.invitation.token);
      expect(toHex(inv.secret.expose())).toBe(I.invitation.secret);
      expect(toHex(inv.commitment)).toBe(V.invitation.commitment);
      expect(inv.expiresAt).toBe(V.invitation.expiresAt);
      expect(QRCode.create(url, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(10);
    }
    expect(() => decodeInvitationUrl(V.invitation.url, { now: V.invitation.expiresAt * 1000 })).toThrow(/^invitation_expired: /);
  });

  it('the handshake messages reproduce byte for byte', () => {
    expect(toHex(R().bundleBytes)).toBe(V.handshake.preKeyBundle);
    expect(toHex(R().bundleHash)).toBe(V.handshake.bundleHash);
    expect(toHex(R().initBytes)).toBe(V.handshake.x3dhInit);
    expect(toHex(R().keyConfirmationBytes)).toBe(V.handshake.keyConfirmation);
    expect(toHex(R().bundleFrame)).toBe(V.handshake.bundleFrame);
    expect(toHex(R().initFrame)).toBe(V.handshake.initFrame);
    expect(toHex(R().keyConfirmationFrame)).toBe(V.handshake.keyConfirmationFrame);
    // the frames carry the listed messages (Frame.handshake: bundle = 1, init = 2, confirmation = 3)
    expect(toHex(wire.X3dhInit.encode(decodeFrame(b(V.handshake.initFrame)).handshake!.init!).finish())).toBe(V.handshake.x3dhInit);
    expect(toHex(wire.KeyConfirmation.encode(decodeFrame(b(V.handshake.keyConfirmationFrame)).handshake!.confirmation!).finish())).toBe(V.handshake.keyConfirmation);
  });

  it('the bundle signature and MAC inputs follow the formulas and verify', () => {
    const H = V.handshake;
    const sigInput = lp(
      L.bundleSignature,
      u32(1),
      I.connectionId,
      b(V.invitation.hash),
      I.issuer.did,
      b(V.keys.issuer.identityKey),
      b(V.keys.issuer.signedPrekey),
      b(V.keys.issuer.oneTimePrekey),
      u32(I.oneTimePrekeyId),
    );
    expect(toHex(sigInput)).toBe(H.bundleSignatureInput);
    expect(toHex(crypto.ed25519Sign(b(I.issuer.ed25519Seed), sigInput))).toBe(H.bundleSignature);
    const macInput = lp(L.bundleMac, sigInput, b(H.bundleSignature), I.issuer.keyId);
    expect(toHex(macInput)).toBe(H.bundleMacInput);
    expect(toHex(crypto.hmacSha256(b(V.invitation.macKey), macInput))).toBe(H.bundleMac);
    expect(toHex(crypto.sha256(macInput))).toBe(H.bundleHash);
    const bundle = wire.PreKeyBundle.decode(b(H.preKeyBundle));
    expect(toHex(bundle.mac)).toBe(H.bundleMac);
    expect(toHex(bundle.signature)).toBe(H.bundleSignature);
  });

  const dh = (privateKey: Hex, publicKey: Hex) => toHex(crypto.x25519(b(privateKey), b(publicKey)) ?? new Uint8Array(0));

  it('the four DH outputs, the X3DH secret and the transcript hash follow the formulas', () => {
    const H = V.handshake;
    const K = V.keys;
    expect(dh(I.holder.identityPrivateKey, K.issuer.signedPrekey)).toBe(H.dh1);
    expect(dh(I.issuer.signedPrekeyPrivate, K.holder.identityKey)).toBe(H.dh1);
    expect(dh(I.holder.ephemeralPrivateKey, K.issuer.identityKey)).toBe(H.dh2);
    expect(dh(I.issuer.identityPrivateKey, K.holder.ephemeralKey)).toBe(H.dh2);
    expect(dh(I.holder.ephemeralPrivateKey, K.issuer.signedPrekey)).toBe(H.dh3);
    expect(dh(I.holder.ephemeralPrivateKey, K.issuer.oneTimePrekey)).toBe(H.dh4);
    expect(dh(I.issuer.oneTimePrekeyPrivate, K.holder.ephemeralKey)).toBe(H.dh4);
    const ikm = cat(FF32, b(H.dh1), b(H.dh2), b(H.dh3), b(H.dh4));
    expect(toHex(ikm)).toBe(H.ikm);
    expect(toHex(crypto.hkdfSha256(ikm, ZERO32, utf8(L.x3dh), 32))).toBe(V.epochs[0]!.sk);
    expect(toHex(x3dhSecret(crypto, [b(H.dh1), b(H.dh2), b(H.dh3), b(H.dh4)], LABELS.x3dh).expose())).toBe(V.epochs[0]!.sk);

    const fields = {
      connectionId: I.connectionId,
      invitationHash: b(V.invitation.hash),
      issuerDid: I.issuer.did,
      issuerIdentity: b(K.issuer.identityKey),
      signedPrekey: b(K.issuer.signedPrekey),
      oneTimePrekey: b(K.issuer.oneTimePrekey),
      oneTimePrekeyId: I.oneTimePrekeyId,
      holderDid: I.holder.did,
      holderIdentity: b(K.holder.identityKey),
      ephemeralKey: b(K.holder.ephemeralKey),
    };
    const input = lp(
      L.transcript,
      u32(1),
      fields.connectionId,
      fields.invitationHash,
      fields.issuerDid,
      fields.issuerIdentity,
      fields.signedPrekey,
      fields.oneTimePrekey,
      u32(fields.oneTimePrekeyId),
      fields.holderDid,
      fields.holderIdentity,
      fields.ephemeralKey,
    );
    expect(toHex(input)).toBe(H.transcriptInput);
    expect(toHex(crypto.sha256(input))).toBe(V.epochs[0]!.transcriptHash);
    expect(toHex(transcriptHash(crypto, fields))).toBe(V.epochs[0]!.transcriptHash);
  });

  it('the init signature, MACs and both key confirmations follow the formulas', () => {
    const H = V.handshake;
    const E = V.epochs[0]!;
    const th = b(E.transcriptHash);
    const sigInput = lp(L.initSignature, th);
    expect(toHex(sigInput)).toBe(H.initSignatureInput);
    expect(toHex(crypto.ed25519Sign(b(I.holder.ed25519Seed), sigInput))).toBe(H.initSignature);
    const macInput = lp(L.initMac, th, b(H.initSignature), I.holder.keyId);
    expect(toHex(macInput)).toBe(H.initMacInput);
    expect(toHex(crypto.hmacSha256(b(V.invitation.macKey), macInput))).toBe(H.initMac);
    expect(toHex(lp(L.confirmHolder, th))).toBe(H.holderConfirmationInput);
    expect(toHex(crypto.hmacSha256(b(E.confirmHolder), lp(L.confirmHolder, th)))).toBe(H.holderConfirmation);
    expect(toHex(lp(L.confirmIssuer, th))).toBe(H.issuerConfirmationInput);
    expect(toHex(crypto.hmacSha256(b(E.confirmIssuer), lp(L.confirmIssuer, th)))).toBe(H.issuerConfirmation);
    const sk = new SecretBytes(b(E.sk));
    const keys = deriveEpochKeys(crypto, sk, th, 'holder');
    expect(toHex(confirmationTag(crypto, keys.confirmOwn, 'holder', th))).toBe(H.holderConfirmation);
    expect(toHex(confirmationTag(crypto, keys.confirmPeer, 'issuer', th))).toBe(H.issuerConfirmation);
  });

  it('every epoch key, root key and control key is HKDF over the epoch secret salted with its transcript hash', () => {
    const hkdf = (sk: Hex, th: Hex, label: string) => toHex(crypto.hkdfSha256(b(sk), b(th), utf8(label), 32));
    for (const E of V.epochs) {
      expect(hkdf(E.sk, E.transcriptHash, L.keyIssuerToHolder)).toBe(E.issuerToHolder);
      expect(hkdf(E.sk, E.transcriptHash, L.keyHolderToIssuer)).toBe(E.holderToIssuer);
      expect(hkdf(E.sk, E.transcriptHash, L.keyConfirmIssuer)).toBe(E.confirmIssuer);
      expect(hkdf(E.sk, E.transcriptHash, L.keyConfirmHolder)).toBe(E.confirmHolder);
      expect(hkdf(E.sk, E.transcriptHash, L.keyRoot)).toBe(E.root);
      expect(hkdf(E.sk, E.transcriptHash, L.keyControl)).toBe(E.control);
      const issuer = deriveEpochKeys(crypto, new SecretBytes(b(E.sk)), b(E.transcriptHash), 'issuer');
      expect([issuer.sendChain, issuer.receiveChain, issuer.confirmOwn, issuer.confirmPeer, issuer.root, issuer.control].map((k) => toHex(k.expose()))).toEqual([
        E.issuerToHolder,
        E.holderToIssuer,
        E.confirmIssuer,
        E.confirmHolder,
        E.root,
        E.control,
      ]);
      const holder = deriveEpochKeys(crypto, new SecretBytes(b(E.sk)), b(E.transcriptHash), 'holder');
      expect([holder.sendChain, holder.receiveChain].map((k) => toHex(k.expose()))).toEqual([E.holderToIssuer, E.issuerToHolder]);
    }
  });

  it('the established sessions hold the listed epoch 0 keys', () => {
    const E = V.epochs[0]!;
    for (const [s, send, receive] of [
      [R().issuer0, E.issuerToHolder, E.holderToIssuer],
      [R().holder0, E.holderToIssuer, E.issuerToHolder],
    ] as const) {
      expect(s.confirmed).toBe(true);
      expect(s.epoch).toBe(0);
      expect(toHex(s.sendChainKey.expose())).toBe(send);
      expect(toHex(s.receive.chainKey.expose())).toBe(receive);
      expect(s.sending).toBeUndefined(); // a session seals only after it started (and announced) a sending key
      expect(toHex(s.connectionKeys.control.expose())).toBe(E.control);
      expect(toHex(s.connectionKeys.root.expose())).toBe(E.root);
      expect(toHex(s.rootKey.expose())).toBe(E.root);
      expect(toHex(s.transcriptHash)).toBe(E.transcriptHash);
    }
  });

  it('the rekey secret (chained to the root key of its base epoch), transcript, signatures and confirmations of epoch 1 follow the formulas', () => {
    const E = V.epochs[1]!;
    const K = E.rekey!;
    expect(toHex(crypto.x25519PublicKey(b(K.prekeyPrivate)))).toBe(K.prekey);
    expect(toHex(crypto.x25519PublicKey(b(K.ephemeralPrivate)))).toBe(K.ephemeral);
    expect(dh(K.prekeyPrivate, K.ephemeral)).toBe(K.dh);
    expect(dh(K.ephemeralPrivate, K.prekey)).toBe(K.dh);
    expect(toHex(cat(FF32, b(K.dh)))).toBe(K.ikm);
    expect(K.baseEpoch).toBe(0);
    expect(K.salt).toBe(V.epochs[0]!.root);
    expect(toHex(crypto.hkdfSha256(cat(FF32, b(K.dh)), b(K.salt), utf8(L.x3dhRekey), 32))).toBe(E.sk);
    expect(toHex(x3dhSecret(crypto, [b(K.dh)], LABELS.x3dhRekey, b(K.salt)).expose())).toBe(E.sk);
    const input = lp(L.transcript, 'rekey', b(V.epochs[0]!.transcriptHash), u32(0), u32(1), b(K.prekey), b(K.ephemeral));
    expect(toHex(input)).toBe(K.transcriptInput);
    expect(toHex(crypto.sha256(input))).toBe(E.transcriptHash);
    expect(toHex(crypto.hmacSha256(b(E.confirmHolder), lp(L.confirmHolder, b(E.transcriptHash))))).toBe(K.holderConfirmation);
    expect(toHex(crypto.hmacSha256(b(E.confirmIssuer), lp(L.confirmIssuer, b(E.transcriptHash))))).toBe(K.issuerConfirmation);
    // The three DID-signed rekey messages: each signing input from its formula, each signature verifying under the signer's DID key.
    const th0 = b(V.epochs[0]!.transcriptHash);
    const seq = (name: string) => control(name).sequence;
    expect(toHex(lp(L.rekeyRequestSignature, th0, I.connectionId, u64(seq('rekey-request-h2i')), u32(0), u32(1), 'policy'))).toBe(K.requestSignatureInput);
    expect(toHex(lp(L.rekeyBundleSignature, th0, I.connectionId, u64(seq('rekey-bundle-i2h')), u32(0), u32(1), b(K.prekey)))).toBe(K.bundleSignatureInput);
    expect(toHex(lp(L.rekeyInitSignature, b(E.transcriptHash), u64(seq('rekey-init-h2i'))))).toBe(K.initSignatureInput);
    const signed = [
      ['rekey-request-h2i', 'rekeyRequest', K.requestSignatureInput, V.keys.holder.ed25519PublicKey],
      ['rekey-bundle-i2h', 'rekeyBundle', K.bundleSignatureInput, V.keys.issuer.ed25519PublicKey],
      ['rekey-init-h2i', 'rekeyInit', K.initSignatureInput, V.keys.holder.ed25519PublicKey],
    ] as const;
    for (const [name, body, input, pub] of signed) {
      const m = fromJson(control(name).message)[body] as { signature: Uint8Array; signatureKeyId: string };
      expect(crypto.ed25519Verify(b(pub), b(input), m.signature), name).toBe(true);
      expect(m.signatureKeyId, name).toBe(body === 'rekeyBundle' ? I.issuer.keyId : I.holder.keyId);
    }
  });

  it('record IVs are the first 12 bytes of SHA-256 of the counter as uint64 big-endian', () => {
    expect(V.ivs.map((v) => v.counter)).toEqual([0, 1, 2, 255, 256, 2 ** 32]);
    for (const { counter, iv } of V.ivs) {
      expect(toHex(crypto.sha256(u64(counter)).subarray(0, 12))).toBe(iv);
      expect(toHex(counterIv(crypto, counter))).toBe(iv);
    }
  });

  it('record AADs are lp(label, version, epoch, direction, key id, connection id)', () => {
    for (const r of V.records) {
      const aad = lp(L.recordAad, Uint8Array.of(1), u32(r.epoch), Uint8Array.of(DIRECTION_BYTE[r.direction]), b(r.keyId), I.connectionId);
      expect(toHex(aad), r.name).toBe(r.aad);
      expect(toHex(recordAad(I.connectionId, r.epoch, r.direction, b(r.keyId))), r.name).toBe(r.aad);
    }
  });

  it('every sending key is HKDF over its epoch direction key salted with its announced key id', () => {
    const announced = new Map<string, Hex[]>();
    for (const c of V.control) {
      const body = fromJson(c.message).sendingKey as { epoch?: number; keyId: Uint8Array } | undefined;
      const at = `${c.direction}/${body?.epoch ?? 0}`; // proto3: an epoch of 0 is not on the wire
      if (body) announced.set(at, [...(announced.get(at) ?? []), toHex(body.keyId)]);
    }
    for (const r of V.records) {
      const E = V.epochs[r.epoch]!;
      expect(r.chainKey, r.name).toBe(r.direction === 'issuer-to-holder' ? E.issuerToHolder : E.holderToIssuer);
      expect(b(r.keyId).length, r.name).toBe(16);
      expect(announced.get(`${r.direction}/${r.epoch}`), r.name).toContain(r.keyId);
      expect(toHex(crypto.hkdfSha256(b(r.chainKey), b(r.keyId), utf8(L.keySending), 32)), r.name).toBe(r.key);
      expect(r.key, r.name).not.toBe(r.chainKey);
    }
    // the issuer's restart gave it a second sending key in epoch 0, under which counters began at 0 again
    expect(record('i2h-e0-restart-c0').keyId).not.toBe(record('i2h-e0-c0').keyId);
    expect(record('i2h-e0-restart-c0').counter).toBe(0);
    expect(record('i2h-e0-restart-c0').key).not.toBe(record('i2h-e0-c0').key);
  });

  it('every record is AES-256-GCM of its plaintext under its sending key, counter IV and AAD', () => {
    for (const r of V.records) {
      expect(r.iv, r.name).toBe(toHex(crypto.sha256(u64(r.counter)).subarray(0, 12)));
      expect(toHex(encodeAtalaMessage(fromJson(r.message))), r.name).toBe(r.plaintext);
      expect(toHex(crypto.aesGcmSeal(b(r.key), b(r.iv), b(r.plaintext), b(r.aad))), r.name).toBe(r.content);
      expect(r.encryptedMessage, r.name).toBe(toHex(wire.EncryptedMessage.encode({ content: b(r.content), connectionId: I.connectionId }).finish()));
      expect(r.frame, r.name).toBe(toHex(wire.Frame.encode({ version: 1, record: { content: b(r.content), connectionId: I.connectionId } }).finish()));
    }
  });

  it('sealing the listed messages reproduces every record in both directions and epochs', () => {
    const controlNames = new Set(V.control.map((c) => c.name));
    expect([...R().produced.keys()].filter((n) => !controlNames.has(n)).sort()).toEqual(V.records.map((r) => r.name).sort());
    for (const r of V.records) {
      expect(R().produced.get(r.name), r.name).toEqual({
        epoch: r.epoch,
        keyId: r.keyId,
        counter: r.counter,
        chainKey: r.chainKey,
        key: r.key,
        plaintext: r.plaintext,
        content: r.content,
        encryptedMessage: r.encryptedMessage,
        frame: r.frame,
      });
    }
  });

  it('the holder and the issuer open every vector record to its plaintext at its counter', () => {
    for (const r of V.records) {
      expect(R().opened.get(r.name), r.name).toEqual({ plaintext: r.plaintext, counter: r.counter, epoch: r.epoch });
    }
    expect(toHex(R().holderFinal.receive.chainKey.expose())).toBe(V.epochs[1]!.issuerToHolder);
    expect(toHex(R().issuerFinal.receive.chainKey.expose())).toBe(V.epochs[1]!.holderToIssuer);
  });

  it('the record after a resync is beyond the look-ahead until the resync is applied', () => {
    expect(record('i2h-e0-restart-c1001').keyId).toBe(record('i2h-e0-restart-c0').keyId);
    expect(record('i2h-e0-restart-c1001').counter - record('i2h-e0-restart-c0').counter - 1).toBeGreaterThan(RECEIVE_LOOKAHEAD);
    expect(R().beforeResync).toBe('decrypt_failed');
    expect(R().opened.get('resync-i2h')?.event).toBe('resync');
  });

  it('flipping one byte of a vector record or control message makes it fail', () => {
    for (const r of V.records) expect(R().flipped.get(r.name), r.name).toEqual(['decrypt_failed', 'decrypt_failed', 'decrypt_failed']);
    for (const c of V.control) expect(R().flipped.get(c.name), c.name).toEqual(['decrypt_failed', 'decrypt_failed', 'decrypt_failed']);
  });

  it('every control message is AES-256-GCM of its ControlMessage under the control key of the epoch it names, a random IV and the control AAD', () => {
    const lastSequence = { issuer: 0, holder: 0 };
    const rekeyMessages = ['rekey-request-h2i', 'rekey-bundle-i2h', 'rekey-init-h2i', 'rekey-confirmation-i2h'];
    for (const c of V.control) {
      // rekey messages: the connection's control key (epoch 0's); the others: their sender's epoch's
      expect(c.epoch, c.name).toBe(rekeyMessages.includes(c.name) ? 0 : c.name.endsWith('-e1') ? 1 : 0);
      expect(c.key, c.name).toBe(V.epochs[c.epoch]!.control);
      expect(c.aad, c.name).toBe(toHex(lp(L.controlAad, Uint8Array.of(1), Uint8Array.of(DIRECTION_BYTE[c.direction]), u32(c.epoch), I.connectionId)));
      expect(c.sequence, c.name).toBe(Math.max(lastSequence[c.from] + 1, c.now * 1024));
      lastSequence[c.from] = c.sequence;
      expect(toHex(wire.ControlMessage.encode(fromJson(c.message)).finish()), c.name).toBe(c.plaintext);
      expect(toHex(crypto.aesGcmSeal(b(c.key), b(c.iv), b(c.plaintext), b(c.aad))), c.name).toBe(c.content);
      expect(toHex(wire.SealedControl.encode({ connectionId: I.connectionId, iv: b(c.iv), content: b(c.content), epoch: c.epoch }).finish()), c.name).toBe(c.sealedControl);
      expect(toHex(wire.Frame.encode({ version: 1, control: { connectionId: I.connectionId, iv: b(c.iv), content: b(c.content), epoch: c.epoch } }).finish()), c.name).toBe(c.frame);
    }
  });

  it('the control messages reproduce with the deterministic generator and open at the peer', () => {
    const events: Record<string, string> = {
      'sending-key-i2h': 'sending-key',
      'sending-key-h2i': 'sending-key',
      'status-h2i': 'status',
      'sending-key-i2h-restart': 'sending-key',
      'resync-i2h': 'resync',
      'rekey-request-h2i': 'rekey-requested',
      'rekey-bundle-i2h': 'rekey-answered',
      'rekey-init-h2i': 'rekeyed',
      'rekey-confirmation-i2h': 'rekeyed',
      'sending-key-i2h-e1': 'sending-key',
      'sending-key-h2i-e1': 'sending-key',
      'close-i2h-e1': 'close',
    };
    expect(V.control.map((c) => c.name)).toEqual(Object.keys(events));
    for (const c of V.control) {
      expect(R().produced.get(c.name), c.name).toEqual({ iv: c.iv, content: c.content, sealedControl: c.sealedControl, frame: c.frame });
      expect(R().opened.get(c.name), c.name).toEqual({ plaintext: c.plaintext, event: events[c.name] });
    }
    expect(R().issuerFinal.epoch).toBe(1);
    expect(R().holderFinal.epoch).toBe(1);
    expect(toHex(R().issuerFinal.connectionKeys.control.expose())).toBe(V.epochs[0]!.control);
    expect(toHex(R().issuerFinal.rootKey.expose())).toBe(V.epochs[1]!.root);
    expect(toHex(R().holderFinal.receive.controlKey.expose())).toBe(V.epochs[1]!.control);
  });

  it('the deterministic generator yields the draws listed with each control message', () => {
    for (const party of ['issuer', 'holder'] as const) {
      const g = drbg(crypto, b(I[party].drbgSeed));
      for (const d of V.control.filter((c) => c.from === party).flatMap((c) => c.draws)) {
        if (d.call === 'randomBytes') expect(toHex(g.randomBytes(d.length!))).toBe(d.bytes);
        else expect(g.x25519KeyPair()).toEqual({ privateKey: b(d.privateKey!), publicKey: b(d.publicKey!) });
      }
    }
    expect(control('rekey-bundle-i2h').draws[0]!.privateKey).toBe(V.epochs[1]!.rekey!.prekeyPrivate);
    expect(control('rekey-init-h2i').draws[0]!.privateKey).toBe(V.epochs[1]!.rekey!.ephemeralPrivate);
    for (const c of V.control) expect(c.draws.at(-1)?.bytes, c.name).toBe(c.iv);
    // a SendingKey message draws its key id first, then its IV
    for (const c of V.control.filter((x) => x.name.startsWith('sending-key'))) {
      expect(c.draws.map((d) => d.length), c.name).toEqual([16, 12]);
      expect(c.draws[0]!.bytes, c.name).toBe(toHex((fromJson(c.message).sendingKey as { keyId: Uint8Array }).keyId));
    }
  });

  it("both parties' final states encode to the listed SessionRecords, without their sending keys, and decode back", () => {
    for (const [party, state] of [
      ['issuer', R().issuerFinal],
      ['holder', R().holderFinal],
    ] as const) {
      expect(state.sending, party).toBeDefined();
      const listed = V.sessionRecords[party];
      expect(toHex(encodeSessionState(state)), party).toBe(listed);
      const loaded = decodeSessionState(b(listed));
      expect(loaded.sending, party).toBeUndefined();
      expect(toHex(encodeSessionState(loaded)), party).toBe(listed);
      expect(loaded.epoch, party).toBe(1);
      expect(toHex(loaded.sendChainKey.expose()), party).toBe(party === 'issuer' ? V.epochs[1]!.issuerToHolder : V.epochs[1]!.holderToIssuer);
    }
  });

  it('every listed bad invitation URL is refused with its error', () => {
    expect(V.negative.invitations.length).toBeGreaterThanOrEqual(8);
    for (const n of V.negative.invitations) {
      let code = 'decoded';
      try {
        decodeInvitationUrl(n.url, { now: n.now });
      } catch (e) {
        code = codeOf(e);
      }
      expect(code, n.name).toBe(n.error);
    }
  });

  it('every listed bad record is refused by the holder in its final state with its error, and changes nothing', () => {
    const holder = R().holderFinal;
    const before = toHex(encodeSessionState(holder));
    for (const n of V.negative.records) {
      expect(n.encryptedMessage, n.name).toBe(toHex(wire.EncryptedMessage.encode({ content: b(n.content), connectionId: n.connectionId }).finish()));
      let code = 'opened';
      try {
        open(crypto, holder, wire.EncryptedMessage.decode(b(n.encryptedMessage)));
      } catch (e) {
        code = codeOf(e);
      }
      expect(code, n.name).toBe(n.error);
    }
    expect(toHex(encodeSessionState(holder))).toBe(before);
  });

  it('a signed GET with a query string signs the path as sent and the SHA-256 of an empty body', () => {
    const A = V.connectorAuthQuery;
    expect(A.path).toContain('?');
    expect(A.body).toBe('');
    const fields = { method: A.method, path: A.path, body: new Uint8Array(0), timestamp: A.timestamp, nonce: A.nonce, participantId: A.participantId };
    const input = lp('connector-e2e/connector-auth/v1', A.method, A.path, crypto.sha256(new Uint8Array(0)), String(A.timestamp), A.nonce, A.participantId);
    expect(toHex(input)).toBe(A.signingInput);
    expect(toHex(connectorSigningInput(crypto, fields))).toBe(A.signingInput);
    expect(connectorParticipantId(crypto, crypto.ed25519PublicKey(b(A.seed)))).toBe(A.participantId);
    expect(signConnectorRequest(crypto, b(A.seed), fields)).toEqual(A.headers);
  });

  it('the signed connector request reproduces its signing input and signature', () => {
    const A = V.connectorAuth;
    const body = connector_e2e.connector.v1.SendRequest.encode({ connectionId: I.connectionId, messageId: 'i2h-0', payload: b(record('i2h-e0-c0').frame) }).finish();
    expect(toHex(body)).toBe(A.body);
    const pub = crypto.ed25519PublicKey(b(A.seed));
    expect(toHex(pub)).toBe(A.publicKey);
    expect(connectorParticipantId(crypto, pub)).toBe(A.participantId);
    expect(Buffer.from(crypto.sha256(pub)).toString('base64url')).toBe(A.participantId);
    const fields = { method: A.method, path: A.path, body, timestamp: A.timestamp, nonce: A.nonce, participantId: A.participantId };
    const input = lp('connector-e2e/connector-auth/v1', A.method, A.path, crypto.sha256(body), String(A.timestamp), A.nonce, A.participantId);
    expect(toHex(input)).toBe(A.signingInput);
    expect(toHex(connectorSigningInput(crypto, fields))).toBe(A.signingInput);
    expect(signConnectorRequest(crypto, b(A.seed), fields)).toEqual(A.headers);
  });

  it('the ETAMP envelopes reproduce byte for byte from their parts, in the canonical form of section 23.1, and verify at the holder', async () => {
    const signer = { did: I.issuer.did, keyId: I.issuer.keyId, algorithm: 'EdDSA' as const, sign: async (d: Uint8Array) => crypto.ed25519Sign(b(I.issuer.ed25519Seed), d) };
    const issuerKey = crypto.ed25519PublicKey(b(I.issuer.ed25519Seed));
    const verify = async (a: { did: string; keyId: string; data: Uint8Array; signature: Uint8Array }) => a.did === I.issuer.did && a.keyId === I.issuer.keyId && crypto.ed25519Verify(issuerKey, a.data, a.signature);
    expect(V.etamp.envelopes.map((e) => e.upd)).toEqual(['Message', 'KeyExchange']);
    expect(V.etamp.envelopes[0]!.content).toBe(record('i2h-e0-c0').content);
    for (const e of V.etamp.envelopes) {
      const content = b(e.content);
      // The canonical texts, written out from the spec's member order.
      expect(e.header).toBe(`{"alg":"EdDSA","kid":"${I.issuer.keyId}","typ":"JWT"}`);
      expect(e.payload).toBe(`{"iss":"${I.issuer.did}","aud":"${I.holder.did}","jti":"${e.jti}","iat":${Math.floor(I.now / 1000)},"cid":"${I.connectionId}","upd":"${e.upd}","msg":"${toBase64url(content)}"}`);
      const signingInput = `${toBase64url(new TextEncoder().encode(e.header))}.${toBase64url(new TextEncoder().encode(e.payload))}`;
      expect(signingInput).toBe(e.signingInput);
      expect(toHex(crypto.ed25519Sign(b(I.issuer.ed25519Seed), new TextEncoder().encode(signingInput)))).toBe(e.signature);
      expect(`${signingInput}.${toBase64url(b(e.signature))}`).toBe(e.jws);
      expect(await signEtamp(signer, { aud: I.holder.did, jti: e.jti, now: I.now, cid: I.connectionId, upd: e.upd, content })).toBe(e.jws);
      expect(toHex(encodeFrame({ etamp: e.jws }))).toBe(e.frame);
      expect(decodeFrame(b(e.frame)).etamp).toBe(e.jws);
      const opened = await verifyEtamp(e.jws, { peerDid: I.issuer.did, localDid: I.holder.did, connectionId: I.connectionId }, verify);
      expect(toHex(opened.content)).toBe(e.content);
    }
    for (const n of V.etamp.negative) {
      const error = await verifyEtamp(n.jws, { peerDid: I.issuer.did, localDid: I.holder.did, connectionId: n.connectionId }, verify).then(() => undefined, (e: unknown) => e);
      expect(ProtocolError.is(error) ? error.code : error, n.name).toBe(n.error);
    }
  });

  it('the delivery receipt reproduces byte for byte from its parts, in the canonical form of section 26.2, and verifies at the issuer', async () => {
    const r = V.receipts.receipt;
    const content = b(r.content);
    expect(r.content).toBe(record('i2h-e0-c0').content);
    expect(r.contentHash).toBe(toBase64url(crypto.sha256(content)));
    expect(receiptContentHash(crypto, content)).toBe(r.contentHash);
    expect(r.header).toBe(`{"alg":"EdDSA","kid":"${I.holder.keyId}","typ":"connector-e2e-receipt+jwt"}`);
    expect(r.payload).toBe(`{"iss":"${I.holder.did}","aud":"${I.issuer.did}","iat":${Math.floor(I.now / 1000)},"cid":"${I.connectionId}","mid":"${r.messageId}","sha256":"${r.contentHash}"}`);
    const signingInput = `${toBase64url(new TextEncoder().encode(r.header))}.${toBase64url(new TextEncoder().encode(r.payload))}`;
    expect(signingInput).toBe(r.signingInput);
    expect(toHex(crypto.ed25519Sign(b(I.holder.ed25519Seed), new TextEncoder().encode(signingInput)))).toBe(r.signature);
    expect(`${signingInput}.${toBase64url(b(r.signature))}`).toBe(r.jws);
    const signer = { did: I.holder.did, keyId: I.holder.keyId, algorithm: 'EdDSA' as const, sign: async (d: Uint8Array) => crypto.ed25519Sign(b(I.holder.ed25519Seed), d) };
    expect(await signReceipt(crypto, signer, { aud: I.issuer.did, cid: I.connectionId, mid: r.messageId, content, now: I.now })).toBe(r.jws);

    const holderKey = crypto.ed25519PublicKey(b(I.holder.ed25519Seed));
    const verify = async (a: { did: string; keyId: string; data: Uint8Array; signature: Uint8Array }) => a.did === I.holder.did && a.keyId === I.holder.keyId && crypto.ed25519Verify(holderKey, a.data, a.signature);
    const atIssuer = { peerDid: I.holder.did, localDid: I.issuer.did, connectionId: I.connectionId, sent: (mid: string) => (mid === r.messageId ? [r.contentHash] : []) };
    expect((await verifyReceipt(r.jws, atIssuer, verify)).claims.sha256).toBe(r.contentHash);
    for (const n of V.receipts.negative) {
      const error = await verifyReceipt(n.jws, atIssuer, verify).then(() => undefined, (e: unknown) => e);
      expect(ProtocolError.is(error) ? error.code : error, n.name).toBe(n.error);
    }
  });
});
