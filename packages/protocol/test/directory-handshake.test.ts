import { describe, expect, it } from 'vitest';
import {
  acceptDirectoryInit,
  createDirectoryBundle,
  createDirectoryPrekeys,
  initiateFromDirectory,
  inMemoryIdentity,
  open,
  seal,
  startSendingKey,
  verifyDirectoryBundle,
  wire,
  type CryptoProvider,
  type DirectoryInit,
  type PublishedPrekey,
} from '../src/index.js';
import { NOW, PROVIDERS, control, expectCode, startSending, testSigner, testVerifier } from './helpers.js';

const OWNER_DID = 'did:key:z6MkDirectoryOwner';
const INITIATOR_DID = 'did:key:z6MkDirectoryInitiator';
const MALLORY_DID = 'did:key:z6MkDirectoryMallory';
const CONNECTION_ID = 'dir-conn-0001';

/** An owner who published a bundle and three one-time pre-keys, and an initiator who knows the owner's DID. */
async function published(crypto: CryptoProvider, suite?: 'aes-256-gcm' | 'xsalsa20-poly1305') {
  const registry = new Map<string, Uint8Array>();
  const ownerSigner = testSigner(crypto, OWNER_DID, new Uint8Array(32).fill(0x4f), registry);
  const initiatorSigner = testSigner(crypto, INITIATOR_DID, new Uint8Array(32).fill(0x41), registry);
  const mallorySigner = testSigner(crypto, MALLORY_DID, new Uint8Array(32).fill(0x4d), registry);
  const verifier = testVerifier(crypto, registry);
  const ownerIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const initiatorIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const { bundle, signedPrekey } = await createDirectoryBundle(crypto, { identity: ownerIdentity, signer: ownerSigner, signedPrekeyId: 7, createdAt: NOW, ...(suite ? { suite } : {}) });
  const prekeys = await createDirectoryPrekeys(crypto, ownerSigner, [1, 2, 3]);
  const ownBundle = await verifyDirectoryBundle(bundle, OWNER_DID, verifier);
  return { registry, ownerSigner, initiatorSigner, mallorySigner, verifier, ownerIdentity, initiatorIdentity, bundle, signedPrekey, prekeys, ownBundle };
}

type Published = Awaited<ReturnType<typeof published>>;

function initiate(crypto: CryptoProvider, p: Published, opk: PublishedPrekey | undefined, bundle = p.bundle, expectedDid = OWNER_DID) {
  return initiateFromDirectory(crypto, {
    connectionId: CONNECTION_ID,
    expectedDid,
    bundle,
    ...(opk ? { oneTimePrekey: opk } : {}),
    identity: p.initiatorIdentity,
    signer: p.initiatorSigner,
    verifier: p.verifier,
  });
}

function accept(crypto: CryptoProvider, p: Published, init: DirectoryInit, opkIndex: number | undefined) {
  return acceptDirectoryInit(crypto, {
    connectionId: CONNECTION_ID,
    init,
    identity: p.ownerIdentity,
    bundle: p.ownBundle,
    signedPrekey: p.signedPrekey,
    oneTimePrekey: opkIndex === undefined ? undefined : p.prekeys[opkIndex]!.prekey,
    verifier: p.verifier,
  });
}

describe.each(PROVIDERS)('asynchronous X3DH through the key directory (%s)', (_name, crypto) => {
  for (const withPrekey of [true, false]) {
    it(`the initiator seals a record at once and the owner, coming online later, opens it and answers (${withPrekey ? 'with' : 'without'} a one-time pre-key)`, async () => {
      const p = await published(crypto);
      const initiated = await initiate(crypto, p, withPrekey ? p.prekeys[1]!.published : undefined);
      expect(initiated.init.hasOneTimePrekey).toBe(withPrekey);
      expect(initiated.session.confirmed).toBe(true);
      // The initiator starts its sending key and seals before the owner has done anything.
      const started = startSendingKey(crypto, initiated.session, NOW);
      const record = seal(crypto, started.state, { messageId: 'first' });
      // The owner comes online: init, announcement and record wait for it in this order.
      const accepted = await accept(crypto, p, wire.DirectoryInit.decode(wire.DirectoryInit.encode(initiated.init).finish()), withPrekey ? 1 : undefined);
      expect(accepted.consumedPrekeyId).toBe(withPrekey ? 2 : undefined);
      expect(accepted.peer.did).toBe(INITIATOR_DID);
      const applied = await control(crypto, accepted.session, started.sealed);
      const opened = open(crypto, applied.state, record.message);
      expect(opened.message.messageId).toBe('first');
      // and answers: the initiator opens it, which confirms the owner's keys
      const back = await startSending(crypto, opened.state, record.state);
      const reply = seal(crypto, back.from, { messageId: 'reply' });
      expect(open(crypto, back.to, reply.message).message.messageId).toBe('reply');
    });
  }

  it('the session keys with and without a one-time pre-key differ, and each follows the suite the owner signed', async () => {
    const p = await published(crypto, 'xsalsa20-poly1305');
    const a = await initiate(crypto, p, p.prekeys[0]!.published);
    const b = await initiate(crypto, p, undefined);
    expect(a.session.suite).toBe('xsalsa20-poly1305');
    expect(Buffer.from(a.session.transcriptHash).equals(Buffer.from(b.session.transcriptHash))).toBe(false);
    expect(Buffer.from(a.session.sendChainKey.expose()).equals(Buffer.from(b.session.sendChainKey.expose()))).toBe(false);
  });

  it("a directory that serves another DID's bundle, a re-signed or altered bundle, or a substituted one-time pre-key is caught by the DID signature", async () => {
    const p = await published(crypto);
    // Mallory's own, correctly signed bundle, served for the owner
    const mallory = await createDirectoryBundle(crypto, { identity: inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey), signer: p.mallorySigner, signedPrekeyId: 7, createdAt: NOW });
    await expectCode(initiate(crypto, p, undefined, mallory.bundle), 'bad_signature');
    // the owner's bundle with the signed pre-key swapped
    const decoded = wire.DirectoryBundle.decode(p.bundle);
    const swapped = wire.DirectoryBundle.encode({ ...decoded, signedPrekey: crypto.x25519KeyPair().publicKey }).finish();
    await expectCode(initiate(crypto, p, undefined, swapped), 'bad_signature');
    const downgraded = wire.DirectoryBundle.encode({ ...decoded, suite: 1 }).finish();
    await expectCode(initiate(crypto, p, undefined, downgraded), 'bad_signature');
    // a one-time pre-key of the directory's own making, with the owner's signature of another key
    const opk = p.prekeys[0]!.published;
    await expectCode(initiate(crypto, p, { ...opk, publicKey: crypto.x25519KeyPair().publicKey }), 'bad_signature');
    await expectCode(initiate(crypto, p, { ...opk, id: 99 }), 'bad_signature');
    // a bundle that is not one
    await expectCode(initiate(crypto, p, undefined, new Uint8Array([0xff, 0xff])), 'malformed_message');
  });

  it('the owner refuses an init for another connection or owner, with a changed key or signature, a wrong confirmation, or an unknown signed pre-key', async () => {
    const p = await published(crypto);
    const { init } = await initiate(crypto, p, p.prekeys[0]!.published);
    const tampered = (change: Partial<DirectoryInit>) => wire.DirectoryInit.create({ ...init, ...change });
    await expectCode(acceptDirectoryInit(crypto, { connectionId: 'other-conn', init, identity: p.ownerIdentity, bundle: p.ownBundle, signedPrekey: p.signedPrekey, oneTimePrekey: p.prekeys[0]!.prekey, verifier: p.verifier }), 'wrong_connection');
    await expectCode(accept(crypto, p, tampered({ responderDid: MALLORY_DID }), 0), 'wrong_connection');
    await expectCode(accept(crypto, p, tampered({ ephemeralKey: crypto.x25519KeyPair().publicKey }), 0), 'bad_signature');
    await expectCode(accept(crypto, p, tampered({ initiatorDid: MALLORY_DID }), 0), 'bad_signature');
    const confirmation = new Uint8Array(init.confirmation);
    confirmation[0]! ^= 1;
    await expectCode(accept(crypto, p, tampered({ confirmation }), 0), 'key_confirmation_failed');
    await expectCode(accept(crypto, p, tampered({ signedPrekeyId: 8 }), 0), 'handshake_state');
    await expectCode(accept(crypto, p, tampered({ hasOneTimePrekey: false }), undefined), 'malformed_message');
    await expectCode(accept(crypto, p, tampered({ identityKey: new Uint8Array(31) }), 0), 'malformed_message');
    // the untampered init still passes: the refusals changed nothing
    expect((await accept(crypto, p, init, 0)).consumedPrekeyId).toBe(1);
  });

  it('an init naming a one-time pre-key the owner no longer holds (consumed, a replay) is refused with replayed_init', async () => {
    const p = await published(crypto);
    const { init } = await initiate(crypto, p, p.prekeys[2]!.published);
    expect((await accept(crypto, p, init, 2)).consumedPrekeyId).toBe(3);
    await expectCode(accept(crypto, p, init, undefined), 'replayed_init');
    await expectCode(accept(crypto, p, init, 0), 'replayed_init');
  });

  it('bundles refuse bad arguments before signing anything', async () => {
    const p = await published(crypto);
    await expect(createDirectoryBundle(crypto, { identity: p.ownerIdentity, signer: p.ownerSigner, signedPrekeyId: -1, createdAt: NOW })).rejects.toThrow(RangeError);
    await expect(createDirectoryBundle(crypto, { identity: p.ownerIdentity, signer: p.ownerSigner, signedPrekeyId: 1, createdAt: 1.5 })).rejects.toThrow(RangeError);
    await expect(createDirectoryPrekeys(crypto, p.ownerSigner, [2 ** 32])).rejects.toThrow(RangeError);
  });
});

interface DirectoryVectors {
  inputs: { issuer: { did: string; keyId: string; identityPrivateKey: string; ed25519Seed: string }; holder: { did: string; keyId: string; identityPrivateKey: string; ed25519Seed: string } };
  directory: {
    connectionId: string;
    createdAt: number;
    bundle: string;
    signedPrekeyPrivate: string;
    oneTimePrekey: { id: number; publicKey: string; privateKey: string; signature: string };
    cases: Array<{ name: string; ephemeralPrivateKey: string; directoryInit: string; transcriptHash: string; holderToIssuer: string; issuerToHolder: string; root: string; control: string }>;
  };
}

describe.each(PROVIDERS)('the key directory test vectors (%s)', (_name, crypto) => {
  it('the bundle, the one-time pre-key, both inits and both sides\' keys come out byte for byte', async () => {
    const { readFileSync } = await import('node:fs');
    const V = JSON.parse(readFileSync(new URL('../../../docs/test-vectors.json', import.meta.url), 'utf8')) as DirectoryVectors;
    const h = (x: string) => new Uint8Array(Buffer.from(x, 'hex'));
    const hx = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const keys = new Map([
      [V.inputs.issuer.did, { keyId: V.inputs.issuer.keyId, publicKey: crypto.ed25519PublicKey(h(V.inputs.issuer.ed25519Seed)) }],
      [V.inputs.holder.did, { keyId: V.inputs.holder.keyId, publicKey: crypto.ed25519PublicKey(h(V.inputs.holder.ed25519Seed)) }],
    ]);
    const verifier = async ({ did, keyId, data, signature }: { did: string; keyId: string; data: Uint8Array; signature: Uint8Array }) => {
      const k = keys.get(did);
      return k !== undefined && k.keyId === keyId && crypto.ed25519Verify(k.publicKey, data, signature);
    };
    const signerOf = (p: { did: string; keyId: string; ed25519Seed: string }) => ({ did: p.did, keyId: p.keyId, sign: async (d: Uint8Array) => crypto.ed25519Sign(h(p.ed25519Seed), d) });
    const D = V.directory;
    const issuerIdentity = inMemoryIdentity(crypto, h(V.inputs.issuer.identityPrivateKey));
    const holderIdentity = inMemoryIdentity(crypto, h(V.inputs.holder.identityPrivateKey));
    const made = await createDirectoryBundle(crypto, { identity: issuerIdentity, signer: signerOf(V.inputs.issuer), signedPrekeyId: 7, createdAt: D.createdAt, signedPrekey: h(D.signedPrekeyPrivate) });
    expect(hx(made.bundle)).toBe(D.bundle);
    const [opk] = await createDirectoryPrekeys(crypto, signerOf(V.inputs.issuer), [D.oneTimePrekey.id], [h(D.oneTimePrekey.privateKey)]);
    expect(hx(opk!.published.publicKey)).toBe(D.oneTimePrekey.publicKey);
    expect(hx(opk!.published.signature)).toBe(D.oneTimePrekey.signature);
    const own = await verifyDirectoryBundle(h(D.bundle), V.inputs.issuer.did, verifier);
    for (const c of D.cases) {
      const withPrekey = c.name === 'with one-time pre-key';
      const initiated = await initiateFromDirectory(crypto, {
        connectionId: D.connectionId,
        expectedDid: V.inputs.issuer.did,
        bundle: h(D.bundle),
        ...(withPrekey ? { oneTimePrekey: opk!.published } : {}),
        identity: holderIdentity,
        signer: signerOf(V.inputs.holder),
        verifier,
        ephemeralKey: h(c.ephemeralPrivateKey),
      });
      expect(hx(wire.DirectoryInit.encode(initiated.init).finish()), c.name).toBe(c.directoryInit);
      const accepted = await acceptDirectoryInit(crypto, {
        connectionId: D.connectionId,
        init: wire.DirectoryInit.decode(h(c.directoryInit)),
        identity: issuerIdentity,
        bundle: own,
        signedPrekey: made.signedPrekey,
        oneTimePrekey: withPrekey ? opk!.prekey : undefined,
        verifier,
      });
      for (const s of [initiated.session, accepted.session]) expect(hx(s.transcriptHash), c.name).toBe(c.transcriptHash);
      expect(hx(initiated.session.sendChainKey.expose())).toBe(c.holderToIssuer);
      expect(hx(accepted.session.sendChainKey.expose())).toBe(c.issuerToHolder);
      expect(hx(accepted.session.rootKey.expose())).toBe(c.root);
      expect(hx(accepted.session.connectionKeys.control.expose())).toBe(c.control);
    }
  });
});
