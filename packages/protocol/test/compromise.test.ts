/**
 * An attacker who copied one party's entire stored state (protocol.md 18, post-compromise).
 * Passive, recording every frame from then on: it reads everything sealed in that epoch (the
 * test adversary is capable), and nothing sealed after the next rekey, in which both parties
 * contributed fresh X25519 keys, not even the control messages of the new epoch. Active, with
 * every control key of the stolen state but no DID key: it can neither inject nor complete a
 * rekey, and nothing it tries changes the victim's state.
 */
import { describe, expect, it } from 'vitest';
import { lengthPrefixed, uint32be } from '../src/bytes.js';
import {
  decodeSessionState,
  encodeSessionState,
  LABELS,
  open,
  PROTOCOL_VERSION,
  recordAad,
  seal,
  sealControl,
  startSendingKey,
  wire,
  type CryptoProvider,
  type SealedControl,
  type SessionState,
} from '../src/index.js';
import { counterIv } from '../src/suites.js';
import { DIRECTION_BYTE, type Direction } from '../src/session.js';
import { control, establish, expectCode, NOW, PROVIDERS, rekey, rekeyBundle, rekeyRequest, testSigner } from './helpers.js';

type Wire = { control?: SealedControl; direction: Direction; record?: { content: Uint8Array; connectionId: string } };

const text = (s: string) => new TextEncoder().encode(s);

/**
 * What the attacker derives from the stolen state and the recorded frames. It knows every
 * sending key id (as if announcements were in the clear), so a record it cannot read is
 * protected by its key, not by a hidden id.
 */
function attacker(crypto: CryptoProvider, stolen: SessionState, frames: Wire[], keyIds: { epoch: number; direction: Direction; keyId: Uint8Array }[]) {
  expect(stolen.pendingRekey).toBeUndefined();
  // Every 32-byte secret of the stolen state, and zeros for the DH output it cannot compute.
  const secrets = [
    stolen.sendChainKey,
    stolen.receive.chainKey,
    stolen.receive.controlKey,
    stolen.rootKey,
    stolen.connectionKeys.root,
    stolen.connectionKeys.control,
  ].map((k) => k.expose());
  secrets.push(new Uint8Array(32));
  const controlKeys = [...secrets];
  const openControlFrame = (f: Wire) => {
    const epoch = f.control!.epoch ?? 0;
    const aad = lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(DIRECTION_BYTE[f.direction]), uint32be(epoch), stolen.connectionId);
    for (const k of controlKeys) {
      const plain = crypto.aesGcmOpen(k, f.control!.iv, f.control!.content, aad);
      if (plain) return wire.ControlMessage.decode(plain);
    }
    return undefined;
  };
  const controls = frames.filter((f) => f.control).map((f) => ({ epoch: f.control!.epoch ?? 0, direction: f.direction, message: openControlFrame(f) }));
  const chains: Record<Direction, Uint8Array[]> = { 'issuer-to-holder': [...secrets], 'holder-to-issuer': [...secrets] };
  // The rekey formula (protocol.md 13.2) with every secret it holds standing in for the DH output
  // and for the base root key: the epoch keys it would get if either were all it took.
  const bundle = controls.find((c) => c.message?.rekeyBundle)?.message?.rekeyBundle;
  const init = controls.find((c) => c.message?.rekeyInit)?.message?.rekeyInit;
  if (bundle && init) {
    const th = crypto.sha256(lengthPrefixed(LABELS.transcript, 'rekey', stolen.transcriptHash, uint32be(bundle.baseEpoch ?? 0), uint32be(bundle.epoch!), bundle.prekey!, init.ephemeralKey!));
    for (const salt of secrets) {
      for (const guess of secrets) {
        const sk = crypto.hkdfSha256(Uint8Array.from([...new Uint8Array(32).fill(0xff), ...guess]), salt, text(LABELS.x3dhRekey), 32);
        chains['issuer-to-holder'].push(crypto.hkdfSha256(sk, th, text(LABELS.keyIssuerToHolder), 32));
        chains['holder-to-issuer'].push(crypto.hkdfSha256(sk, th, text(LABELS.keyHolderToIssuer), 32));
        controlKeys.push(crypto.hkdfSha256(sk, th, text(LABELS.keyControl), 32));
      }
    }
  }
  /** Tries every (chain, key id, epoch, counter < 8) on one record; returns the plaintext if any opens. */
  const read = (f: Wire): Uint8Array | undefined => {
    for (const a of keyIds.filter((x) => x.direction === f.direction)) {
      for (const chain of chains[f.direction]) {
        const key = crypto.hkdfSha256(chain, a.keyId, text(LABELS.keySending), 32);
        const aad = recordAad(stolen.connectionId, a.epoch, f.direction, a.keyId);
        for (let c = 0; c < 8; c++) {
          const p = crypto.aesGcmOpen(key, counterIv(crypto, c), f.record!.content, aad);
          if (p) return p;
        }
      }
    }
    return undefined;
  };
  // Control frames of the new epoch, tried again with the guessed control keys.
  const controlsAfter = frames.filter((f) => f.control).map((f) => openControlFrame(f));
  return { controls, controlsAfter, read };
}

describe.each(PROVIDERS)('a passive attacker with a copy of the issuer\'s whole state (%s provider)', (_name, crypto) => {
  it('reads what is sealed in the stolen epoch, and nothing sealed after the next rekey, control messages included', async () => {
    const p = await establish(crypto, undefined, false);
    const stolen = decodeSessionState(encodeSessionState(p.issuer)); // everything the issuer stores, now
    const frames: Wire[] = [];
    const keyIds: { epoch: number; direction: Direction; keyId: Uint8Array }[] = [];
    let issuer = p.issuer;
    let holder = p.holder;
    const announce = async (who: 'issuer' | 'holder', now: number) => {
      const started = startSendingKey(crypto, who === 'issuer' ? issuer : holder, now);
      const direction: Direction = who === 'issuer' ? 'issuer-to-holder' : 'holder-to-issuer';
      frames.push({ control: started.sealed, direction });
      keyIds.push({ epoch: started.sending.epoch, direction, keyId: started.sending.keyId });
      if (who === 'issuer') {
        issuer = started.state;
        holder = (await control(crypto, holder, started.sealed, now)).state;
      } else {
        holder = started.state;
        issuer = (await control(crypto, issuer, started.sealed, now)).state;
      }
    };
    const send = (who: 'issuer' | 'holder', id: string) => {
      const r = seal(crypto, who === 'issuer' ? issuer : holder, { messageId: id, credentialJwt: { jwt: `secret-${id}` } });
      frames.push({ record: r.message, direction: who === 'issuer' ? 'issuer-to-holder' : 'holder-to-issuer' });
      if (who === 'issuer') {
        issuer = r.state;
        holder = open(crypto, holder, r.message).state;
      } else {
        holder = r.state;
        issuer = open(crypto, issuer, r.message).state;
      }
    };

    await announce('issuer', NOW + 1);
    await announce('holder', NOW + 1);
    for (let i = 0; i < 3; i++) {
      send('issuer', `i0-${i}`);
      send('holder', `h0-${i}`);
    }
    // The rekey: all three messages recorded (the attacker opens them: they travel under the connection's control key).
    const bundle = await rekeyBundle(crypto, issuer, NOW + 2);
    frames.push({ control: bundle.sealed, direction: 'issuer-to-holder' });
    const atHolder = await control(crypto, holder, bundle.sealed, NOW + 2);
    frames.push({ control: atHolder.reply!, direction: 'holder-to-issuer' });
    const atIssuer = await control(crypto, bundle.state, atHolder.reply!, NOW + 2);
    frames.push({ control: atIssuer.reply!, direction: 'issuer-to-holder' });
    holder = (await control(crypto, atHolder.state, atIssuer.reply!, NOW + 2)).state;
    issuer = atIssuer.state;
    expect([issuer.epoch, holder.epoch]).toEqual([1, 1]);
    await announce('issuer', NOW + 3);
    await announce('holder', NOW + 3);
    for (let i = 0; i < 3; i++) {
      send('issuer', `i1-${i}`);
      send('holder', `h1-${i}`);
    }

    const eve = attacker(crypto, stolen, frames, keyIds);
    // Epoch 0's control messages and the three rekey messages open; epoch 1's two announcements do not.
    expect(eve.controls.map((c) => [c.epoch, c.message?.body])).toEqual([
      [0, 'sendingKey'],
      [0, 'sendingKey'],
      [0, 'rekeyBundle'],
      [0, 'rekeyInit'],
      [0, 'rekeyConfirmation'],
      [1, undefined],
      [1, undefined],
    ]);
    expect(eve.controlsAfter.slice(5)).toEqual([undefined, undefined]);
    const records = frames.filter((f) => f.record);
    const readable = records.map((f) => eve.read(f)).map((p) => (p ? wire.AtalaMessage.decode(p).messageId : undefined));
    // Epoch 0, both directions: all six read. Epoch 1: none.
    expect(readable.slice(0, 6)).toEqual(['i0-0', 'h0-0', 'i0-1', 'h0-1', 'i0-2', 'h0-2']);
    expect(readable.slice(6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    // ...while the parties themselves opened all twelve (send() opened each at the peer).
    expect(records).toHaveLength(12);
  });
});

describe.each(PROVIDERS)('an active attacker with every control key of a stolen state but no DID key (%s provider)', (_name, crypto) => {
  /** The attacker's own Ed25519 key, published under a DID of its own or passed off as the victim's key. */
  const registry = new Map<string, Uint8Array>();
  const mallory = testSigner(crypto, 'did:key:z6MkMallory', new Uint8Array(32).fill(0x4d), registry);

  /** Seals `body` as the stolen issuer state would (the attacker holds its control keys). */
  function forge(stolen: SessionState, body: Parameters<typeof sealControl>[2], now: number): SealedControl {
    return sealControl(crypto, stolen, body, now).sealed;
  }

  it('cannot inject a rekey bundle: unsigned, signed by another DID, or a genuine signature moved to a new envelope', async () => {
    const p = await establish(crypto);
    const prekey = crypto.x25519KeyPair().publicKey;
    const before = encodeSessionState(p.holder);
    const unsigned = forge(p.issuer, { rekeyBundle: { epoch: 1, prekey, baseEpoch: 0 } }, NOW + 1);
    await expectCode(control(crypto, p.holder, unsigned, NOW + 1), 'bad_signature');
    const signature = await mallory.sign(Uint8Array.of(1));
    const byMallory = forge(p.issuer, { rekeyBundle: { epoch: 1, prekey, baseEpoch: 0, signature, signatureKeyId: mallory.keyId } }, NOW + 2);
    await expectCode(control(crypto, p.holder, byMallory, NOW + 2), 'bad_signature');
    // A genuine bundle the attacker saw, re-wrapped with a new sequence: the signature covers the old one.
    const genuine = await rekeyBundle(crypto, p.issuer, NOW + 3);
    const opened = wire.ControlMessage.decode(
      crypto.aesGcmOpen(
        p.issuer.connectionKeys.control.expose(),
        genuine.sealed.iv,
        genuine.sealed.content,
        lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(DIRECTION_BYTE['issuer-to-holder']), uint32be(0), p.issuer.connectionId),
      )!,
    );
    const moved = forge({ ...p.issuer, controlSendSequence: Number(opened.sequence) + 5 }, { rekeyBundle: opened.rekeyBundle! }, NOW + 4);
    await expectCode(control(crypto, p.holder, moved, NOW + 4), 'bad_signature');
    expect(encodeSessionState(p.holder)).toEqual(before);
  });

  it('cannot complete a rekey the issuer started: a RekeyInit not signed by the holder\'s DID changes nothing', async () => {
    const p = await establish(crypto);
    const bundle = await rekeyBundle(crypto, p.issuer, NOW + 1);
    // The attacker answers in the holder's place: it holds the holder's control keys, not its DID key.
    const atHolder = await control(crypto, p.holder, bundle.sealed, NOW + 1);
    const init = wire.ControlMessage.decode(
      crypto.aesGcmOpen(
        p.holder.connectionKeys.control.expose(),
        atHolder.reply!.iv,
        atHolder.reply!.content,
        lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(DIRECTION_BYTE['holder-to-issuer']), uint32be(0), p.holder.connectionId),
      )!,
    ).rekeyInit!;
    const forgedInit = sealControl(crypto, { ...p.holder, controlSendSequence: (NOW + 2) * 1024 }, { rekeyInit: { ...init, signature: await mallory.sign(Uint8Array.of(2)), signatureKeyId: 'did:key:z6MkHolderTestIdentity#key-1' } }, NOW + 2).sealed;
    const before = encodeSessionState(bundle.state);
    await expectCode(control(crypto, bundle.state, forgedInit, NOW + 2), 'bad_signature');
    expect(encodeSessionState(bundle.state)).toEqual(before);
    // The genuine answer still completes it.
    const done = await control(crypto, bundle.state, atHolder.reply!, NOW + 3);
    expect(done.event).toEqual({ type: 'rekeyed', epoch: 1 });
  });

  it('cannot make the issuer re-root: a rekey request must carry the holder\'s signature', async () => {
    const p = await establish(crypto);
    const r = await rekey(crypto, p.issuer, p.holder);
    const forged = sealControl(crypto, { ...r.holder, controlSendSequence: (NOW + 5) * 1024 }, { rekeyRequest: { currentEpoch: 0, minEpoch: 2, reason: 'restored', signature: new Uint8Array(64), signatureKeyId: 'did:key:z6MkHolderTestIdentity#key-1' } }, NOW + 5).sealed;
    const before = encodeSessionState(r.issuer);
    await expectCode(control(crypto, r.issuer, forged, NOW + 5), 'bad_signature');
    expect(encodeSessionState(r.issuer)).toEqual(before);
    // The genuine, signed request is answered with a bundle chained to the current epoch.
    const asked = await rekeyRequest(crypto, r.holder, 'policy', NOW + 6);
    const answered = await control(crypto, r.issuer, asked.sealed, NOW + 6);
    expect(answered.event).toEqual({ type: 'rekey-requested', minEpoch: 2, peerEpoch: 1 });
    expect(answered.state.pendingRekey).toMatchObject({ epoch: 2, baseEpoch: 1 });
  });

  it('a signature by the right key over another connection\'s rekey does not verify here', async () => {
    const a = await establish(crypto, 'conn-a');
    const b = await establish(crypto, 'conn-b');
    const bundleA = await rekeyBundle(crypto, a.issuer, NOW + 1);
    const m = wire.ControlMessage.decode(
      crypto.aesGcmOpen(
        a.issuer.connectionKeys.control.expose(),
        bundleA.sealed.iv,
        bundleA.sealed.content,
        lengthPrefixed(LABELS.controlAad, Uint8Array.of(PROTOCOL_VERSION), Uint8Array.of(DIRECTION_BYTE['issuer-to-holder']), uint32be(0), 'conn-a'),
      )!,
    );
    // The same signed body, sealed for connection b with the same sequence (as an attacker holding b's control key would).
    const moved = sealControl(crypto, { ...b.issuer, controlSendSequence: Number(m.sequence) - 1 }, { rekeyBundle: m.rekeyBundle! }, NOW + 1, Number(m.sequence)).sealed;
    const before = encodeSessionState(b.holder);
    await expectCode(control(crypto, b.holder, moved, NOW + 1), 'bad_signature');
    expect(encodeSessionState(b.holder)).toEqual(before);
  });

  it('a genuine rekey bundle or rekey init replayed as it was sent is refused with control_replayed and changes nothing', async () => {
    const p = await establish(crypto);
    const bundle = await rekeyBundle(crypto, p.issuer, NOW + 1);
    const atHolder = await control(crypto, p.holder, bundle.sealed, NOW + 1);
    const holderBefore = encodeSessionState(atHolder.state);
    await expectCode(control(crypto, atHolder.state, bundle.sealed, NOW + 2), 'control_replayed');
    expect(encodeSessionState(atHolder.state)).toEqual(holderBefore);
    const done = await control(crypto, bundle.state, atHolder.reply!, NOW + 3);
    expect(done.event).toEqual({ type: 'rekeyed', epoch: 1 });
    const issuerBefore = encodeSessionState(done.state);
    await expectCode(control(crypto, done.state, atHolder.reply!, NOW + 4), 'control_replayed');
    expect(encodeSessionState(done.state)).toEqual(issuerBefore);
  });
});
