/**
 * The hostile relay of the chaos runs: a delivery hook for RelayProxy (the malicious HTTP +
 * WebSocket proxy in front of the connector) that, while a mode is active, drops, delays,
 * duplicates, reorders, replays, reflects, truncates or bit-flips the items it passes on, or
 * injects garbage frames. It also counts record deliveries per agent, to tell how many copies
 * of a record the agents were handed (and had to deduplicate).
 */
import { createHash } from 'node:crypto';
import { encodeFrame } from '@connector-e2e/protocol';
import { ITEM_KIND, type RelayContext, type RelayItem, type RelayProxy } from '../../packages/veramo-plugin/test/relay-proxy.js';
import { type RelayMode, Rng } from './schedule.js';
import { isRecordFrame } from '../kit/frames.js';

const HISTORY = 400;


export interface RelayStats {
  passed: number;
  dropped: number;
  delayed: number;
  duplicated: number;
  reordered: number;
  replayed: number;
  reflected: number;
  tampered: number;
  garbage: number;
}

export class HostileRelay {
  mode: { kind: RelayMode; p: number } | undefined;
  readonly stats: RelayStats = { passed: 0, dropped: 0, delayed: 0, duplicated: 0, reordered: 0, replayed: 0, reflected: 0, tampered: 0, garbage: 0 };
  /** Per participant: how often each distinct record payload was handed over. */
  private readonly copies = new Map<string, Map<string, number>>();
  private readonly history = new Map<string, RelayItem[]>();
  private readonly held = new Map<string, RelayItem[]>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly rng: Rng;

  constructor(
    private readonly proxy: RelayProxy,
    seed: number,
  ) {
    this.rng = new Rng(seed ^ 0x5eed);
    proxy.onDeliveries = (items, ctx) => this.rewrite(items, ctx);
  }

  /** Records handed to agents more than once (same ciphertext), summed over agents. */
  duplicateRecordDeliveries(): number {
    let n = 0;
    for (const m of this.copies.values()) for (const c of m.values()) n += c - 1;
    return n;
  }

  /** Stops every fault (held items are released at once). */
  calm(): void {
    this.mode = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const [participant, items] of this.held) if (items.length > 0) this.inject(participant, items);
    this.held.clear();
  }

  private count(participant: string, items: readonly RelayItem[]): void {
    let m = this.copies.get(participant);
    if (!m) this.copies.set(participant, (m = new Map()));
    for (const it of items) {
      if (it.kind !== ITEM_KIND.message || !isRecordFrame(it.payload)) continue;
      const h = createHash('sha256').update(it.payload).digest('base64');
      m.set(h, (m.get(h) ?? 0) + 1);
    }
  }

  private inject(participant: string, items: RelayItem[]): void {
    if (this.proxy.inject(participant, items) > 0) this.count(participant, items);
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  private other(participant: string): string | undefined {
    return this.proxy.connected().find((p) => p !== participant);
  }

  private fresh(item: RelayItem, payload = item.payload): RelayItem {
    return { ...item, seq: this.proxy.freshSeq(), payload };
  }

  private tamper(payload: Uint8Array): Uint8Array {
    if (payload.length === 0) return payload;
    if (this.rng.chance(0.5)) return payload.slice(0, this.rng.int(0, payload.length - 1));
    const out = payload.slice();
    const bit = this.rng.int(0, out.length * 8 - 1);
    out[bit >> 3]! ^= 1 << (bit & 7);
    return out;
  }

  private garbage(connectionId: string): Uint8Array {
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => this.rng.int(0, 255));
    switch (this.rng.int(0, 2)) {
      case 0:
        return bytes(this.rng.int(0, 300));
      case 1:
        return encodeFrame({ record: { content: bytes(this.rng.int(0, 300)), connectionId } });
      default:
        return encodeFrame({ control: { connectionId, iv: bytes(12), content: bytes(this.rng.int(16, 200)) } });
    }
  }

  private rewrite(items: RelayItem[], ctx: RelayContext): RelayItem[] {
    const participant = ctx.participant;
    let hist = this.history.get(participant);
    if (!hist) this.history.set(participant, (hist = []));
    const mode = this.mode;
    let out = items;
    if (mode) {
      const { kind, p } = mode;
      out = [];
      const held = this.held.get(participant) ?? [];
      this.held.delete(participant);
      for (const item of items) {
        const hit = item.kind === ITEM_KIND.message && this.rng.chance(p);
        if (!hit) {
          out.push(item);
          continue;
        }
        switch (kind) {
          case 'drop':
            this.stats.dropped++; // stays unacked at the connector: read again later
            break;
          case 'delay':
            this.stats.delayed++;
            this.later(this.rng.int(100, 3000), () => this.inject(participant, [item]));
            break;
          case 'duplicate':
            this.stats.duplicated++;
            out.push(item);
            for (let i = this.rng.int(1, 3); i > 0; i--) out.push(this.fresh(item));
            break;
          case 'reorder': {
            this.stats.reordered++;
            held.push(item); // released after the next batch (or soon)
            break;
          }
          case 'replay': {
            out.push(item);
            const old = hist.length > 0 ? hist[this.rng.int(0, hist.length - 1)] : undefined;
            if (old) {
              this.stats.replayed++;
              out.push(this.fresh(old));
            }
            break;
          }
          case 'reflect': {
            out.push(item);
            const to = this.other(participant);
            if (to) {
              this.stats.reflected++;
              this.later(this.rng.int(0, 200), () => this.inject(to, [this.fresh(item)]));
            }
            break;
          }
          case 'truncate':
          case 'bitflip': {
            this.stats.tampered++;
            const bad = kind === 'bitflip' ? this.tamper(item.payload) : item.payload.slice(0, this.rng.int(0, Math.max(0, item.payload.length - 1)));
            // Either in place of the genuine item (the connector deletes it on the ack and the
            // sender retransmits), or as an extra copy under a fresh seq.
            if (this.rng.chance(0.5)) out.push({ ...item, payload: bad });
            else out.push(item, this.fresh(item, bad));
            break;
          }
          case 'garbage':
            out.push(item);
            for (let i = this.rng.int(1, 4); i > 0; i--) {
              this.stats.garbage++;
              out.push(this.fresh(item, this.garbage(item.connectionId)));
            }
            break;
        }
      }
      if (kind === 'reorder') {
        for (let i = out.length - 1; i > 0; i--) {
          const j = this.rng.int(0, i);
          [out[i], out[j]] = [out[j]!, out[i]!];
        }
        const release = held.filter((h) => !items.includes(h));
        const stillHeld = held.filter((h) => items.includes(h));
        out.push(...release);
        if (stillHeld.length > 0) {
          this.held.set(participant, stillHeld);
          this.later(this.rng.int(50, 600), () => {
            const h = this.held.get(participant);
            if (!h) return;
            this.held.delete(participant);
            this.inject(participant, h);
          });
        }
      } else if (held.length > 0) {
        out.push(...held);
      }
    }
    for (const item of items) if (item.kind === ITEM_KIND.message) hist.push(item);
    if (hist.length > HISTORY) hist.splice(0, hist.length - HISTORY);
    this.stats.passed += out.length;
    this.count(participant, out);
    // The proxy keeps every item it passed for its own tests; a long run must not.
    if (this.proxy.seen.length > 10_000) this.proxy.seen.splice(0);
    return out;
  }
}
