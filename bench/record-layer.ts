import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { applyCounterResync, nobleCrypto, open, openControl, seal, startSendingKey, wire, withoutSendingKey, type CipherSuite, type CryptoProvider, type SessionState } from '@connector-e2e/protocol';
import { DEFAULT_ROTATION } from '@connector-e2e/veramo-plugin';
import { applySendingKey } from '../packages/protocol/src/sending-key.js';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { control, establish, rekey } from '../packages/protocol/test/helpers.js';
import { measureAsync, measureInterleaved, type CaseResult, type RunOptions, type SyncCase } from './harness.js';

export const SIZES: ReadonlyArray<readonly [string, number]> = [
  ['64 B', 64],
  ['1 KiB', 1024],
  ['64 KiB', 64 * 1024],
  ['1 MiB', 1024 * 1024 - 2048],
];

function payload(size: number) {
  return { credentialJwt: { jwt: 'x'.repeat(size) }, messageId: 'bench' };
}

/**
 * Baseline: the bare minimum any design with counter IVs must do per message, written
 * straight against node:crypto: protobuf encode, IV = SHA-256(counter)[0..12], AES-256-GCM
 * seal, then GCM open and protobuf decode. No state, no window, no checks.
 */
export function baselineCase(size: number): SyncCase {
  const key = new Uint8Array(32).fill(7);
  const aad = new Uint8Array(40).fill(1);
  const msg = payload(size);
  let counter = 0;
  const ctr = new Uint8Array(8);
  const view = new DataView(ctr.buffer);
  return {
    group: 'baseline',
    name: `bare IV+GCM+protobuf ${size}`,
    op: () => {
      const pt = wire.AtalaMessage.encode(msg).finish();
      view.setUint32(4, counter++);
      const iv = createHash('sha256').update(ctr).digest().subarray(0, 12);
      const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      c.setAAD(aad);
      const ct = Buffer.concat([c.update(pt), c.final()]);
      const tag = c.getAuthTag();
      const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      d.setAAD(aad);
      d.setAuthTag(tag);
      const out = Buffer.concat([d.update(ct), d.final()]);
      wire.AtalaMessage.decode(out);
    },
    bytesPerOp: size,
    batch: size > 100_000 ? 1 : 16,
  };
}

/**
 * Our record layer: seal under the sending key, open with window bookkeeping. As deployed, the
 * sender starts a new sending key every DEFAULT_ROTATION.records records (the plugin's default
 * policy) and the receiver applies its announcement; both costs are inside the measurement.
 */
export async function recordLayerCase(provider: CryptoProvider, size: number, suite: CipherSuite = 'aes-256-gcm'): Promise<SyncCase> {
  return recordLayerRun(provider, size, 0, DEFAULT_ROTATION.records, suite === 'aes-256-gcm' ? `seal+open ${size}` : `seal+open ${size}, ${suite}`, suite);
}

/**
 * The same with every counter at 2^17 or above, past the IV cache (a rotation policy far above
 * the default): sender and receiver each hash the counter. The receiver is moved there by a
 * counter resync, as the protocol does it.
 */
export async function recordLayerPastIvCacheCase(provider: CryptoProvider, size: number): Promise<SyncCase> {
  return recordLayerRun(provider, size, 1 << 17, Number.MAX_SAFE_INTEGER, `seal+open ${size}, counters past the IV cache`);
}

async function recordLayerRun(provider: CryptoProvider, size: number, firstCounter: number, rotateEvery: number, name: string, suite: CipherSuite = 'aes-256-gcm'): Promise<SyncCase> {
  const p = await establish(provider, undefined, true, suite);
  let issuer: SessionState = p.issuer;
  let holder: SessionState = p.holder;
  let now = Date.now();
  if (firstCounter > 0) {
    const sending = issuer.sending!;
    issuer = { ...issuer, sending: { ...sending, next: firstCounter } };
    holder = applyCounterResync(holder, { epoch: sending.epoch, keyId: sending.keyId, nextCounter: firstCounter }, now);
  }
  const msg = payload(size);
  return {
    group: `record layer (${provider.name})`,
    name,
    op: () => {
      if (issuer.sending!.next - firstCounter >= rotateEvery) {
        const started = startSendingKey(provider, issuer, ++now);
        issuer = started.state;
        const told = openControl(provider, holder, started.sealed, now);
        holder = applySendingKey(provider, told.state, told.message.sendingKey as typeof wire.SendingKey.prototype);
      }
      const s = seal(provider, issuer, msg);
      issuer = s.state;
      holder = open(provider, holder, s.message).state;
    },
    bytesPerOp: size,
    batch: size > 100_000 ? 1 : 16,
  };
}

/**
 * What a process start (and every rotation) costs per connection: a fresh sending key derived
 * and its announcement sealed, then opened and applied by the peer (which derives the key too).
 */
export async function sendingKeyStartCase(provider: CryptoProvider, opts: RunOptions): Promise<CaseResult> {
  const p = await establish(provider);
  const stored = withoutSendingKey(p.issuer);
  let holder: SessionState = p.holder;
  let now = Date.now();
  return measureAsync(
    `sending key start (${provider.name})`,
    'start + announce + apply',
    async () => {
      const started = startSendingKey(provider, stored, now);
      holder = (await control(provider, holder, started.sealed, now++)).state;
    },
    opts,
  );
}

/**
 * What a rekey (a new epoch) costs: bundle, init and confirmation, each DID-signed (Ed25519) or
 * authenticated by its tag, each verified, two X25519 operations and the chained key schedule.
 */
export async function rekeyCase(provider: CryptoProvider, opts: RunOptions): Promise<CaseResult> {
  const p = await establish(provider);
  let issuer = p.issuer;
  let holder = p.holder;
  let now = Date.now();
  return measureAsync(`rekey (${provider.name})`, 'bundle + init + confirmation, signed and verified', async () => {
    ({ issuer, holder } = await rekey(provider, issuer, holder, now++));
  }, opts);
}

export async function recordLayerCases(opts: RunOptions, providers: CryptoProvider[] = [nodeCrypto, nobleCrypto]): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  for (const [, size] of SIZES) {
    // Each size: the baseline and every provider, repetitions interleaved so their ratios hold.
    const cases: SyncCase[] = [baselineCase(size)];
    for (const provider of providers) cases.push(await recordLayerCase(provider, size));
    // The XSalsa20-Poly1305 suite (docs/protocol.md 24) at 1 KiB and 64 KiB, next to GCM.
    if (size === 1024 || size === 65_536) for (const provider of providers) cases.push(await recordLayerCase(provider, size, 'xsalsa20-poly1305'));
    if (size === 1024 && providers.includes(nodeCrypto)) cases.push(await recordLayerPastIvCacheCase(nodeCrypto, size));
    out.push(...measureInterleaved(cases, opts));
  }
  for (const provider of providers) out.push(await sendingKeyStartCase(provider, opts));
  for (const provider of providers) out.push(await rekeyCase(provider, opts));
  return out;
}
