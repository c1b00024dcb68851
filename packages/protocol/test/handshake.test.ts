import { describe, expect, it } from 'vitest';
import {
  acceptX3dhInit,
  answerPreKeyBundle,
  confirmSession,
  createInvitation,
  createPreKeyBundle,
  decodeInvitationUrl,
  encodeInvitationUrl,
  inMemoryIdentity,
  invitationHash,
  ProtocolError,
  toHex,
  type CryptoProvider,
  type IdentityKey,
  type PreKeyBundle,
} from '../src/index.js';
import { CONNECTION_ID, HOLDER_DID, ISSUER_DID, NOW, PROVIDERS, testSigner, testVerifier } from './helpers.js';

/** Curve25519 points of small order (u-coordinates); DH with any of them yields all zeros. */
const LOW_ORDER_POINTS = [
  new Uint8Array(32),
  Uint8Array.from([1, ...new Array(31).fill(0)]),
  Uint8Array.from(Buffer.from('e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800', 'hex')),
  Uint8Array.from(Buffer.from('5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157', 'hex')),
];

async function setup(crypto: CryptoProvider) {
  const registry = new Map<string, Uint8Array>();
  const issuerIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const holderIdentity = inMemoryIdentity(crypto, crypto.x25519KeyPair().privateKey);
  const issuerSigner = testSigner(crypto, ISSUER_DID, crypto.randomBytes(32), registry);
  const holderSigner = testSigner(crypto, HOLDER_DID, crypto.randomBytes(32), registry);
  const verifier = testVerifier(crypto, registry);
  const invitation = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: issuerIdentity.publicKey, now: NOW });
  const { bundle, handshake } = await createPreKeyBundle(crypto, { connectionId: CONNECTION_ID, invitation, identity: issuerIdentity, signer: issuerSigner, oneTimePrekeyId: 7 });
  const answer = (b: PreKeyBundle, opts: { identity?: IdentityKey; inv?: typeof invitation } = {}) =>
    answerPreKeyBundle(crypto, { connectionId: CONNECTION_ID, invitation: opts.inv ?? invitation, bundle: b, identity: opts.identity ?? holderIdentity, signer: holderSigner, verifier });
  return { registry, issuerIdentity, holderIdentity, issuerSigner, holderSigner, verifier, invitation, bundle, handshake, answer };
}

async function expectCode(p: Promise<unknown> | (() => unknown), code: string) {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(ProtocolError.is(e), String(e)).toBe(true);
    expect((e as ProtocolError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}, nothing was thrown`);
}

describe.each(PROVIDERS)('synchronous X3DH (%s provider)', (_name, crypto) => {
  it('issuer and holder derive the same keys and confirm them', async () => {
    const s = await setup(crypto);
    const answered = await s.answer(s.bundle);
    expect(answered.session.confirmed).toBe(false);
    const accepted = await acceptX3dhInit(crypto, { handshake: s.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier });
    const holder = confirmSession(crypto, answered.session, accepted.confirmation);
    expect(holder.confirmed).toBe(true);
    expect(holder.sendChainKey.expose()).toEqual(accepted.session.receive.chainKey.expose());
    expect(holder.receive.chainKey.expose()).toEqual(accepted.session.sendChainKey.expose());
    expect(holder.connectionKeys.control.expose()).toEqual(accepted.session.connectionKeys.control.expose());
    expect(holder.connectionKeys.root.expose()).toEqual(accepted.session.connectionKeys.root.expose());
    expect(holder.rootKey.expose()).toEqual(accepted.session.rootKey.expose());
    expect([holder.peerDid, accepted.session.peerDid]).toEqual([ISSUER_DID, HOLDER_DID]);
    expect(holder.transcriptHash).toEqual(accepted.session.transcriptHash);
    expect(accepted.peer).toEqual({ did: HOLDER_DID, identityKey: s.holderIdentity.publicKey });
    expect(answered.peer).toEqual({ did: ISSUER_DID, identityKey: s.issuerIdentity.publicKey });
    // the consumed handshake keeps no private pre-keys
    expect(accepted.handshake.status).toBe('consumed');
    expect(accepted.handshake.oneTimePrekeyPrivate).toBeUndefined();
    expect(accepted.handshake.signedPrekeyPrivate).toBeUndefined();
  });

  it('a bundle without a one-time pre-key is rejected', async () => {
    const s = await setup(crypto);
    await expectCode(s.answer({ ...s.bundle, oneTimePrekey: new Uint8Array(0) } as PreKeyBundle), 'missing_one_time_prekey');
  });

  it('a bundle with a bad DID signature is rejected', async () => {
    const s = await setup(crypto);
    // re-sign with another key under the same DID name: MAC is recomputable only with the secret, so
    // build a bundle the issuer would produce if its signer were wrong
    const rogue = testSigner(crypto, ISSUER_DID, crypto.randomBytes(32), new Map());
    const { bundle } = await createPreKeyBundle(crypto, { connectionId: CONNECTION_ID, invitation: s.invitation, identity: s.issuerIdentity, signer: rogue, oneTimePrekeyId: 7 });
    await expectCode(s.answer(bundle), 'bad_signature');
  });

  it('a bundle MAC under another QR secret is rejected', async () => {
    const s = await setup(crypto);
    const other = { ...s.invitation, secret: createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: s.issuerIdentity.publicKey, token: s.invitation.token, now: NOW }).secret };
    await expectCode(s.answer(s.bundle, { inv: other }), 'bad_mac');
  });

  it('a bundle whose identity key was substituted by the relay is rejected', async () => {
    const s = await setup(crypto);
    const mallory = crypto.x25519KeyPair().publicKey;
    await expectCode(s.answer({ ...s.bundle, identityKey: mallory } as PreKeyBundle), 'commitment_mismatch');
    await expectCode(s.answer({ ...s.bundle, issuerDid: 'did:key:z6MkMallory' } as PreKeyBundle), 'commitment_mismatch');
  });

  it('a bundle whose pre-keys were swapped by the relay is rejected', async () => {
    const s = await setup(crypto);
    await expectCode(s.answer({ ...s.bundle, signedPrekey: crypto.x25519KeyPair().publicKey } as PreKeyBundle), 'bad_mac');
    await expectCode(s.answer({ ...s.bundle, oneTimePrekey: crypto.x25519KeyPair().publicKey } as PreKeyBundle), 'bad_mac');
  });

  it('a low-order pre-key in an otherwise valid bundle is rejected', async () => {
    const s = await setup(crypto);
    for (const point of LOW_ORDER_POINTS) {
      const { bundle } = await createPreKeyBundle(crypto, { connectionId: CONNECTION_ID, invitation: s.invitation, identity: s.issuerIdentity, signer: s.issuerSigner, oneTimePrekeyId: 7 });
      // the issuer (or someone holding the QR secret) signs and MACs a low-order key: still refused
      const rebuilt = await rebuildBundle(crypto, s, { ...bundle, oneTimePrekey: point } as PreKeyBundle);
      await expectCode(s.answer(rebuilt), 'low_order_point');
    }
  });

  it('a low-order ephemeral key in the init is rejected by the issuer', async () => {
    const s = await setup(crypto);
    const answered = await s.answer(s.bundle);
    await expectCode(
      acceptX3dhInit(crypto, { handshake: s.handshake, init: { ...answered.init, ephemeralKey: LOW_ORDER_POINTS[2]! } as typeof answered.init, identity: s.issuerIdentity, verifier: s.verifier }),
      'bad_mac', // the MAC covers the transcript, so a relay's substitution fails there first
    );
  });

  it('an init MAC under another QR secret is rejected', async () => {
    const s = await setup(crypto);
    const answered = await s.answer(s.bundle);
    const mac = answered.init.mac.slice();
    mac[0]! ^= 1;
    await expectCode(acceptX3dhInit(crypto, { handshake: s.handshake, init: { ...answered.init, mac } as typeof answered.init, identity: s.issuerIdentity, verifier: s.verifier }), 'bad_mac');
  });

  it('an init with a bad holder signature is rejected', async () => {
    const s = await setup(crypto);
    const answered = await s.answer(s.bundle);
    s.registry.set(HOLDER_DID, crypto.ed25519PublicKey(crypto.randomBytes(32))); // DID now resolves to another key
    await expectCode(acceptX3dhInit(crypto, { handshake: s.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier }), 'bad_signature');
  });

  it('a replayed X3DH init is rejected once the one-time pre-key is consumed', async () => {
    const s = await setup(crypto);
    const answered = await s.answer(s.bundle);
    const first = await acceptX3dhInit(crypto, { handshake: s.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier });
    await expectCode(acceptX3dhInit(crypto, { handshake: first.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier }), 'replayed_init');
  });

  it('a forged key confirmation is rejected and the holder stays unconfirmed', async () => {
    const s = await setup(crypto);
    const answered = await s.answer(s.bundle);
    const accepted = await acceptX3dhInit(crypto, { handshake: s.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier });
    const bad = accepted.confirmation.confirmation.slice();
    bad[5]! ^= 4;
    await expectCode(() => confirmSession(crypto, answered.session, { ...accepted.confirmation, confirmation: bad } as typeof accepted.confirmation), 'key_confirmation_failed');
    expect(answered.session.confirmed).toBe(false);
  });

  it('a bundle for another connection is rejected', async () => {
    const s = await setup(crypto);
    await expectCode(s.answer({ ...s.bundle, connectionId: 'conn-elsewhere' } as PreKeyBundle), 'wrong_connection');
  });
});

/** Re-signs and re-MACs a modified bundle as a party holding the issuer key and the QR secret would. */
async function rebuildBundle(crypto: CryptoProvider, s: Awaited<ReturnType<typeof setup>>, b: PreKeyBundle): Promise<PreKeyBundle> {
  const { lengthPrefixed, uint32be } = await import('../src/bytes.js');
  const { LABELS } = await import('../src/labels.js');
  const { invitationHash } = await import('../src/invitation.js');
  const ih = invitationHash(crypto, s.invitation);
  const sigInput = lengthPrefixed(LABELS.bundleSignature, uint32be(b.version), b.connectionId, ih, b.issuerDid, b.identityKey, b.signedPrekey, b.oneTimePrekey, uint32be(b.oneTimePrekeyId));
  const signature = await s.issuerSigner.sign(sigInput);
  const macKey = crypto.hkdfSha256(s.invitation.secret.expose(), s.invitation.token, new TextEncoder().encode(LABELS.invitationMac), 32);
  const mac = crypto.hmacSha256(macKey, lengthPrefixed(LABELS.bundleMac, sigInput, signature, b.signatureKeyId));
  return { ...b, signature, mac } as PreKeyBundle;
}

describe.each(PROVIDERS)('invitation URL (%s provider)', (_name, crypto) => {
  const identityKey = new Uint8Array(32).fill(7);
  const make = (ttlSeconds?: number) => createInvitation(crypto, { connectorUrl: 'https://relay.example.com/base', issuerDid: ISSUER_DID, identityKey, now: NOW, ...(ttlSeconds ? { ttlSeconds } : {}) });

  it('round-trips through its URL with the secret only in the fragment', () => {
    const inv = make();
    const url = encodeInvitationUrl(inv);
    expect(url.startsWith('https://relay.example.com/base/invite#')).toBe(true);
    const back = decodeInvitationUrl(url, { now: NOW });
    expect(back.connectorUrl).toBe('https://relay.example.com/base');
    expect(back.token).toEqual(inv.token);
    expect(back.secret.expose()).toEqual(inv.secret.expose());
    expect(back.commitment).toEqual(inv.commitment);
    expect(back.expiresAt).toBe(inv.expiresAt);
    // what an HTTP client would send: everything before '#'
    expect(url.split('#')[0]).not.toContain(Buffer.from(inv.secret.expose()).toString('base64url'));
  });

  it('round-trips through the custom scheme', () => {
    const inv = make();
    const url = encodeInvitationUrl(inv, { scheme: 'custom' });
    expect(url.startsWith('connector-e2e:invite#')).toBe(true);
    expect(decodeInvitationUrl(url, { now: NOW }).connectorUrl).toBe('https://relay.example.com/base');
  });

  it('an expired invitation is rejected', async () => {
    const inv = make(600);
    await expectCode(() => decodeInvitationUrl(encodeInvitationUrl(inv), { now: NOW + 601_000 }), 'invitation_expired');
  });

  it('expiry is configurable down to a minute and not below', () => {
    expect(make(60).expiresAt - Math.floor(NOW / 1000)).toBe(60);
    expect(() => make(59)).toThrow(RangeError);
  });

  it('malformed invitations are rejected with invitation_malformed', async () => {
    const good = encodeInvitationUrl(make());
    const [head, frag] = good.split('#') as [string, string];
    const cases: unknown[] = [
      42,
      '',
      head,
      `${head}#`,
      `${head}#${frag}=`,
      `${head}#${frag}!`,
      `${head}#${frag.slice(0, -3)}`,
      `${head.replace('/invite', '/other')}#${frag}`,
      `ftp://relay.example.com/invite#${frag}`,
      `http://relay.example.com/invite#${frag}`,
      `https://relay.example.com/invite?x=1#${frag}`,
      `${good}${'A'.repeat(600)}`,
    ];
    for (const c of cases) await expectCode(() => decodeInvitationUrl(c, { now: NOW }), 'invitation_malformed');
  });

  it('plain http is accepted for loopback connectors', () => {
    const inv = createInvitation(crypto, { connectorUrl: 'http://127.0.0.1:8080', issuerDid: ISSUER_DID, identityKey, now: NOW });
    expect(decodeInvitationUrl(encodeInvitationUrl(inv), { now: NOW }).connectorUrl).toBe('http://127.0.0.1:8080');
  });
});

describe.each(PROVIDERS)('the envelope mode an invitation fixes (%s provider)', (_name, crypto) => {
  async function etampSetup() {
    const s = await setup(crypto);
    const invitation = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: s.issuerIdentity.publicKey, now: NOW, envelope: 'etamp' });
    const { bundle, handshake } = await createPreKeyBundle(crypto, { connectionId: CONNECTION_ID, invitation, identity: s.issuerIdentity, signer: s.issuerSigner, oneTimePrekeyId: 7 });
    return { ...s, invitation, bundle, handshake };
  }

  it('travels in the invitation URL, both schemes, and a plain invitation carries none', async () => {
    const s = await etampSetup();
    for (const scheme of ['https', 'custom'] as const) {
      expect(decodeInvitationUrl(encodeInvitationUrl(s.invitation, { scheme }), { now: NOW }).envelope).toBe('etamp');
      expect(decodeInvitationUrl(encodeInvitationUrl({ ...s.invitation, envelope: undefined }, { scheme }), { now: NOW })).not.toHaveProperty('envelope');
    }
  });

  it('enters the invitation hash: an ETAMP invitation and the same one made plain give different hashes', async () => {
    const s = await etampSetup();
    const { envelope: _e, ...plain } = s.invitation;
    expect(invitationHash(crypto, s.invitation)).not.toEqual(invitationHash(crypto, plain));
  });

  it('cannot be stripped or added on the way: a holder that disagrees with the issuer about it refuses the bundle', async () => {
    const s = await etampSetup();
    const { envelope: _e, ...stripped } = s.invitation;
    await expect(s.answer(s.bundle, { inv: stripped })).rejects.toSatisfy((e: unknown) => ProtocolError.is(e));
    // And the other way: a plain connection's bundle, answered as if ETAMP had been asked for.
    const plain = await setup(crypto);
    await expect(plain.answer(plain.bundle, { inv: { ...plain.invitation, envelope: 'etamp' } })).rejects.toSatisfy((e: unknown) => ProtocolError.is(e));
    // Both agreeing completes the handshake.
    const answered = await s.answer(s.bundle, { inv: s.invitation });
    const accepted = await acceptX3dhInit(crypto, { handshake: s.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier });
    expect(confirmSession(crypto, answered.session, accepted.confirmation).confirmed).toBe(true);
  });

  it('an envelope value other than 0 and 1 in an invitation is invitation_malformed', async () => {
    const s = await etampSetup();
    const url = encodeInvitationUrl(s.invitation);
    const payload = Buffer.from(url.slice(url.indexOf('#') + 1), 'base64url');
    // Field 7, varint: tag 0x38, value 1 is the last two bytes; make the value 2.
    expect([...payload.subarray(-2)]).toEqual([0x38, 0x01]);
    payload[payload.length - 1] = 0x02;
    await expectCode(() => decodeInvitationUrl(`${url.slice(0, url.indexOf('#'))}#${payload.toString('base64url')}`, { now: NOW }), 'invitation_malformed');
  });
});

describe.each(PROVIDERS)('the cipher suite an invitation fixes (%s provider)', (_name, crypto) => {
  async function xsalsaSetup() {
    const s = await setup(crypto);
    const invitation = createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: s.issuerIdentity.publicKey, now: NOW, suite: 'xsalsa20-poly1305' });
    const { bundle, handshake } = await createPreKeyBundle(crypto, { connectionId: CONNECTION_ID, invitation, identity: s.issuerIdentity, signer: s.issuerSigner, oneTimePrekeyId: 7 });
    return { ...s, invitation, bundle, handshake };
  }

  it('travels in the invitation URL, both schemes, and an AES-256-GCM invitation carries none', async () => {
    const s = await xsalsaSetup();
    for (const scheme of ['https', 'custom'] as const) {
      expect(decodeInvitationUrl(encodeInvitationUrl(s.invitation, { scheme }), { now: NOW }).suite).toBe('xsalsa20-poly1305');
      expect(decodeInvitationUrl(encodeInvitationUrl({ ...s.invitation, suite: undefined }, { scheme }), { now: NOW })).not.toHaveProperty('suite');
    }
  });

  it('enters the invitation hash, apart from the envelope mode: each of the four combinations hashes differently', async () => {
    const s = await xsalsaSetup();
    const { suite: _s, ...gcm } = s.invitation;
    const hashes = [gcm, s.invitation, { ...gcm, envelope: 'etamp' as const }, { ...s.invitation, envelope: 'etamp' as const }].map((i) => toHex(invitationHash(crypto, i)));
    expect(new Set(hashes).size).toBe(4);
  });

  it('both sides get the suite from the invitation, and records between them travel under it', async () => {
    const s = await xsalsaSetup();
    const answered = await s.answer(s.bundle, { inv: s.invitation });
    const accepted = await acceptX3dhInit(crypto, { handshake: s.handshake, init: answered.init, identity: s.issuerIdentity, verifier: s.verifier });
    expect(accepted.session.suite).toBe('xsalsa20-poly1305');
    expect(confirmSession(crypto, answered.session, accepted.confirmation).suite).toBe('xsalsa20-poly1305');
    const plain = await setup(crypto);
    const a = await plain.answer(plain.bundle);
    expect(a.session.suite).toBe('aes-256-gcm');
  });

  it('cannot be changed on the way: a holder that disagrees with the issuer about it refuses the bundle (bad_mac)', async () => {
    const s = await xsalsaSetup();
    const { suite: _s, ...downgraded } = s.invitation;
    await expectCode(s.answer(s.bundle, { inv: downgraded }), 'bad_mac');
    const plain = await setup(crypto);
    await expectCode(plain.answer(plain.bundle, { inv: { ...plain.invitation, suite: 'xsalsa20-poly1305' } }), 'bad_mac');
  });

  it('a suite value other than 0 and 1 in an invitation is invitation_malformed, and an unknown suite is refused at creation', async () => {
    const s = await xsalsaSetup();
    const url = encodeInvitationUrl(s.invitation);
    const payload = Buffer.from(url.slice(url.indexOf('#') + 1), 'base64url');
    // Field 8, varint: tag 0x40, value 1 is the last two bytes; make the value 2.
    expect([...payload.subarray(-2)]).toEqual([0x40, 0x01]);
    payload[payload.length - 1] = 0x02;
    await expectCode(() => decodeInvitationUrl(`${url.slice(0, url.indexOf('#'))}#${payload.toString('base64url')}`, { now: NOW }), 'invitation_malformed');
    expect(() => createInvitation(crypto, { connectorUrl: 'https://relay.example.com', issuerDid: ISSUER_DID, identityKey: s.issuerIdentity.publicKey, suite: 'chacha20' as never })).toThrow(TypeError);
  });
});
