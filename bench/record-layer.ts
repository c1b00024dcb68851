import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import { nobleCrypto, open, seal, startSendingKey, wire, withoutSendingKey, type CryptoProvider, type SessionState } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { control, establish, rekey } from '../packages/protocol/test/helpers.js';
import { measure, measureAsync, type CaseResult, type RunOptions } from './harness.js';

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
export function baselineCase(size: number, opts: RunOptions): CaseResult {
  const key = new Uint8Array(32).fill(7);
  const aad = new Uint8Array(40).fill(1);
  const msg = payload(size);
  let counter = 0;
  const ctr = new Uint8Array(8);
  const view = new DataView(ctr.buffer);
  return measure(
    'baseline',
    `bare IV+GCM+protobuf ${size}`,
    () => {
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
    opts,
    { bytesPerOp: size, batch: size > 100_000 ? 1 : 16 },
  );
}

/** Our record layer: seal under the sending key, open with window bookkeeping. */
export async function recordLayerCase(provider: CryptoProvider, size: number, opts: RunOptions): Promise<CaseResult> {
  const p = await establish(provider);
  let issuer: SessionState = p.issuer;
  let holder: SessionState = p.holder;
  const msg = payload(size);
  return measure(
    `record layer (${provider.name})`,
    `seal+open ${size}`,
    () => {
      const s = seal(provider, issuer, msg);
      issuer = s.state;
      holder = open(provider, holder, s.message).state;
    },
    opts,
    { bytesPerOp: size, batch: size > 100_000 ? 1 : 16 },
  );
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
    out.push(baselineCase(size, opts));
    for (const provider of providers) {
      // pure-JS AES over 1 MiB is slow; a shorter run keeps the bench bounded
      out.push(await recordLayerCase(provider, size, provider === nobleCrypto && size > 100_000 ? { ...opts, reps: Math.min(opts.reps, 3) } : opts));
    }
  }
  for (const provider of providers) out.push(await sendingKeyStartCase(provider, opts));
  for (const provider of providers) out.push(await rekeyCase(provider, opts));
  return out;
}
