import { describe, expect, it } from 'vitest';
import {
  createStatusReport,
  decodeSessionState,
  encodeSessionState,
  needsRekey,
  open,
  ProtocolError,
  seal,
  type CryptoProvider,
  type SessionState,
} from '../src/index.js';
import { control, establish, expectCode, NOW, PROVIDERS, rekey, rekeyBundle, rekeyRequest, startSending } from './helpers.js';

function send(crypto: CryptoProvider, s: SessionState, id: string) {
  const r = seal(crypto, s, { messageId: id });
  return { state: r.state, message: r.message };
}


describe.each(PROVIDERS)('rekey and epochs (%s provider)', (_name, crypto) => {
  it('a rekey gives both sides a new epoch with fresh chain keys; each then seals under a new sending key from counter 0', async () => {
    const p = await establish(crypto);
    const r = await rekey(crypto, p.issuer, p.holder);
    expect(r.issuer.epoch).toBe(1);
    expect(r.holder.epoch).toBe(1);
    expect(r.issuer.sendChainKey.expose()).not.toEqual(p.issuer.sendChainKey.expose());
    expect(r.issuer.sendChainKey.expose()).toEqual(r.holder.receive.chainKey.expose());
    // the old sending key went with its epoch
    expect(r.issuer.sending).toBeUndefined();
    expect(() => seal(crypto, r.issuer, { messageId: 'x' })).toThrow(/no_sending_key/);
    const started = await startSending(crypto, r.issuer, r.holder, NOW + 1);
    const m = send(crypto, started.from, 'after');
    const o = open(crypto, started.to, m.message);
    expect([o.epoch, o.counter]).toEqual([1, 0]);
  });

  it('records of the previous epoch still in flight open after the rekey', async () => {
    const p = await establish(crypto);
    const old = send(crypto, p.holder, 'old');
    const r = await rekey(crypto, p.issuer, old.state);
    const o = open(crypto, r.issuer, old.message);
    expect([o.epoch, o.message.messageId]).toEqual([0, 'old']);
  });

  it('a record under the pending keys completes the holder side of a rekey', async () => {
    const p = await establish(crypto);
    const bundle = await rekeyBundle(crypto, p.issuer, NOW);
    const atHolder = await control(crypto, p.holder, bundle.sealed, NOW);
    const atIssuer = await control(crypto, bundle.state, atHolder.reply!, NOW);
    // the relay withholds the confirmation but delivers the new epoch's sending key and a record
    const started = await startSending(crypto, atIssuer.state, atHolder.state, NOW + 1);
    expect(started.to.epoch).toBe(0); // an announcement alone installs nothing
    const m = send(crypto, started.from, 'new');
    const o = open(crypto, started.to, m.message);
    expect(o.epoch).toBe(1);
    expect(o.state.epoch).toBe(1);
    expect(o.state.pendingRekey).toBeUndefined();
    // the late confirmation was overtaken by the announcement: refused as replayed, and harmless
    await expect(control(crypto, o.state, atIssuer.reply!, NOW)).rejects.toThrow(/control_replayed/);
  });

  it('the holder asks, the issuer answers with a rekey', async () => {
    const p = await establish(crypto);
    const req = await rekeyRequest(crypto, p.holder, 'policy', NOW);
    const atIssuer = await control(crypto, p.issuer, req.sealed, NOW);
    expect(atIssuer.event).toEqual({ type: 'rekey-requested', minEpoch: 1, peerEpoch: 0 });
    expect(atIssuer.state.pendingRekey).toMatchObject({ epoch: 1, baseEpoch: 0 });
    const atHolder = await control(crypto, req.state, atIssuer.reply!, NOW);
    const fin = await control(crypto, atIssuer.state, atHolder.reply!, NOW);
    const done = await control(crypto, atHolder.state, fin.reply!, NOW);
    expect([fin.state.epoch, done.state.epoch]).toEqual([1, 1]);
  });

  it('a holder restored to an older epoch learns it from a control message it cannot open, asks with its epoch, and the issuer re-roots', async () => {
    const p = await establish(crypto);
    const snapshot = encodeSessionState(p.holder); // backup taken in epoch 0
    const r1 = await rekey(crypto, p.issuer, p.holder);
    const r2 = await rekey(crypto, r1.issuer, r1.holder, NOW + 1); // the issuer no longer holds epoch 0
    const restored = decodeSessionState(snapshot);
    // The issuer's report is sealed under epoch 2's control key: the restored holder cannot open it,
    // and the error names the epoch (an unauthenticated hint, so it only makes the holder ask).
    const status = createStatusReport(crypto, r2.issuer, NOW + 2);
    expect(status.sealed.epoch).toBe(2);
    const hint = await control(crypto, restored, status.sealed, NOW + 2).catch((e: unknown) => e);
    expect(ProtocolError.is(hint, 'epoch_mismatch') && (hint as unknown as { epoch: number }).epoch).toBe(2);
    const asked = await rekeyRequest(crypto, restored, 'a control message of a later epoch', NOW + 3);
    const atIssuer = await control(crypto, status.state, asked.sealed, NOW + 3);
    expect(atIssuer.event).toEqual({ type: 'rekey-requested', minEpoch: 1, peerEpoch: 0 });
    expect(atIssuer.state.pendingRekey).toMatchObject({ epoch: 3, baseEpoch: 0 }); // re-root: the holder lacks epoch 2's root
    const atHolder = await control(crypto, asked.state, atIssuer.reply!, NOW + 3);
    expect(atHolder.event).toEqual({ type: 'rekey-answered', epoch: 3 });
    const fin = await control(crypto, atIssuer.state, atHolder.reply!, NOW + 3);
    const done = await control(crypto, atHolder.state, fin.reply!, NOW + 3);
    expect([fin.state.epoch, done.state.epoch]).toEqual([3, 3]);
    const started = await startSending(crypto, done.state, fin.state, NOW + 4);
    const fresh = send(crypto, started.from, 'fresh');
    expect(open(crypto, started.to, fresh.message).epoch).toBe(3);
  });

  it('an issuer restored to an older epoch is told the holder\'s epoch in a signed request, refuses to send, and re-roots above it', async () => {
    const p = await establish(crypto);
    const snapshot = encodeSessionState(p.issuer);
    const r1 = await rekey(crypto, p.issuer, p.holder);
    const r2 = await rekey(crypto, r1.issuer, r1.holder, NOW + 1);
    let issuer = decodeSessionState(snapshot); // epoch 0
    // On the hint (a holder message of epoch 2 it cannot open) the issuer starts a rekey chained to its own epoch.
    const bundle = await rekeyBundle(crypto, issuer, NOW + 2);
    const atHolder = await control(crypto, r2.holder, bundle.sealed, NOW + 2);
    expect(atHolder.event).toEqual({ type: 'rekey-diverged', epoch: 1, baseEpoch: 0 });
    expect(atHolder.state.epoch).toBe(2);
    const atIssuer = await control(crypto, bundle.state, atHolder.reply!, NOW + 2);
    expect(atIssuer.event).toEqual({ type: 'rekey-requested', minEpoch: 3, peerEpoch: 2 });
    issuer = atIssuer.state;
    expect(issuer.mustRekey).toBe(true);
    expect(issuer.pendingRekey).toMatchObject({ epoch: 3, baseEpoch: 0 });
    const answered = await control(crypto, atHolder.state, atIssuer.reply!, NOW + 2);
    const fin = await control(crypto, issuer, answered.reply!, NOW + 2);
    const done = await control(crypto, answered.state, fin.reply!, NOW + 2);
    expect([fin.state.epoch, done.state.epoch, fin.state.mustRekey]).toEqual([3, 3, false]);
  });

  it("a holder restored to the issuer's previous epoch still talks to it under that epoch's control key, and the rekey it asks for re-roots", async () => {
    const p = await establish(crypto);
    const r1 = await rekey(crypto, p.issuer, p.holder);
    const snapshot = encodeSessionState(r1.holder); // epoch 1
    const r2 = await rekey(crypto, r1.issuer, r1.holder, NOW + 1);
    // The holder restored to epoch 1, which the issuer keeps as its previous epoch; the holder's report is
    // readable there, and the issuer's report of epoch 2 gives the holder the hint.
    let restored = decodeSessionState(snapshot);
    const mine = createStatusReport(crypto, restored, NOW + 2);
    const atIssuer = await control(crypto, r2.issuer, mine.sealed, NOW + 2);
    expect(atIssuer.event).toMatchObject({ type: 'status', restored: false, epoch: 1 });
    restored = (await startSending(crypto, mine.state, atIssuer.state, NOW + 3)).from;
    const asked = await rekeyRequest(crypto, restored, 'restored', NOW + 4);
    const bundle = await control(crypto, atIssuer.state, asked.sealed, NOW + 4);
    expect(bundle.state.pendingRekey).toMatchObject({ epoch: 3, baseEpoch: 0 });
    const answered = await control(crypto, asked.state, bundle.reply!, NOW + 4);
    const fin = await control(crypto, bundle.state, answered.reply!, NOW + 4);
    expect(fin.state.epoch).toBe(3);
    expect(needsRekey(fin.state)).toBe(false);
  });

  it("every rekey chains from the current epoch's root: both parties derive the same new root and control key, and neither repeats", async () => {
    const p = await establish(crypto);
    const r1 = await rekey(crypto, p.issuer, p.holder);
    const r2 = await rekey(crypto, r1.issuer, r1.holder, NOW + 1);
    expect(r2.issuer.rootKey.expose()).toEqual(r2.holder.rootKey.expose());
    expect(r2.issuer.receive.controlKey.expose()).toEqual(r2.holder.receive.controlKey.expose());
    const roots = [p.issuer.rootKey, r1.issuer.rootKey, r2.issuer.rootKey].map((k) => Buffer.from(k.expose()).toString('hex'));
    expect(new Set(roots).size).toBe(3);
    // the connection's keys never change; the epoch's control key does
    expect(r2.issuer.connectionKeys.root.expose()).toEqual(p.issuer.rootKey.expose());
    expect(r2.issuer.receive.controlKey.expose()).not.toEqual(p.issuer.receive.controlKey.expose());
  });

  it('a status report from a peer in the same epoch never stops a restored party from sending: its new sending key is fresh', async () => {
    const p = await establish(crypto);
    const snapshot = encodeSessionState(p.holder);
    let issuer = p.issuer;
    let holder = p.holder;
    for (let i = 0; i < 4; i++) {
      const m = send(crypto, holder, `m${i}`);
      holder = m.state;
      issuer = open(crypto, issuer, m.message).state;
    }
    const status = createStatusReport(crypto, issuer, NOW + 1);
    const applied = await control(crypto, decodeSessionState(snapshot), status.sealed, NOW + 1);
    expect(applied.event).toMatchObject({ type: 'status', restored: false, receiveKeys: [{ keyId: p.holder.sending!.keyId, next: 4 }] });
    const started = await startSending(crypto, applied.state, status.state, NOW + 2);
    const m = send(crypto, started.from, 'after-restore');
    expect(open(crypto, started.to, m.message)).toMatchObject({ epoch: 0, counter: 0 });
  });

  it('session state survives the storage codec byte for byte', async () => {
    const p = await establish(crypto);
    const r = await rekey(crypto, p.issuer, p.holder);
    const pendingHolder = (await control(crypto, r.holder, (await rekeyBundle(crypto, r.issuer, NOW + 1)).sealed, NOW + 1)).state;
    for (const s of [p.issuer, p.holder, r.issuer, r.holder, (await rekeyBundle(crypto, r.issuer, NOW)).state, pendingHolder]) {
      const bytes = encodeSessionState(s);
      expect(encodeSessionState(decodeSessionState(bytes))).toEqual(bytes);
    }
  });

  it('a corrupt stored session is refused with state_corrupt', async () => {
    const p = await establish(crypto);
    const bytes = encodeSessionState(p.issuer);
    expect(() => decodeSessionState(bytes.subarray(0, bytes.length - 5))).toThrow(/state_corrupt/);
    expect(() => decodeSessionState(Uint8Array.of(0x08, 0x09))).toThrow(/state_corrupt/);
  });
});
