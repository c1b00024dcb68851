/**
 * What the chaos agents logged, read incrementally from their JSON-lines logs, and the
 * figures computed from it at the end of a run (lost, processed twice, (key, IV) repeats,
 * recovery times).
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { Agent } from './schedule.js';

export interface SendInfo {
  from: Agent;
  connectionId: string;
  tryAt: number;
  sentAt?: number;
}

export interface RecvInfo {
  id: string;
  connectionId: string;
  at: number;
}

/** Reads the lines appended to a file since the last call. */
class Tail {
  private offset = 0;
  private rest = '';
  constructor(readonly file: string) {}
  lines(): string[] {
    let size: number;
    try {
      size = statSync(this.file).size;
    } catch {
      return [];
    }
    if (size <= this.offset) return [];
    const fd = openSync(this.file, 'r');
    try {
      const buf = Buffer.alloc(size - this.offset);
      const n = readSync(fd, buf, 0, buf.length, this.offset);
      this.offset += n;
      const text = this.rest + buf.subarray(0, n).toString('utf8');
      const parts = text.split('\n');
      this.rest = parts.pop() ?? '';
      return parts;
    } finally {
      closeSync(fd);
    }
  }
}

export class Ledger {
  readonly sends = new Map<string, SendInfo>();
  readonly recvs: Record<Agent, RecvInfo[]> = { issuer: [], holder: [] };
  /** Message ids found in each agent's inbox table (read whenever the agent was down, and at the end). */
  readonly inboxSeen: Record<Agent, Set<string>> = { issuer: new Set(), holder: new Set() };
  /** (key, IV) -> how many seals; keys are numbered to keep memory small. */
  readonly seals = new Map<string, number>();
  readonly keys = new Map<string, number>();
  readonly privateKeys = new Set<string>();
  readonly boots: Record<Agent, number[]> = { issuer: [], holder: [] };
  sealCount = 0;
  badLines = 0;
  private readonly tails: Record<Agent, Tail>;

  constructor(files: Record<Agent, string>) {
    this.tails = { issuer: new Tail(files.issuer), holder: new Tail(files.holder) };
  }

  poll(): void {
    for (const agent of ['issuer', 'holder'] as const) {
      for (const line of this.tails[agent].lines()) {
        if (!line) continue;
        let o: { t?: string; id?: string; c?: string; at?: number; k?: string; iv?: string };
        try {
          o = JSON.parse(line) as typeof o;
        } catch {
          this.badLines++; // a line cut by kill -9 mid-write cannot happen with one write(2), but count it
          continue;
        }
        switch (o.t) {
          case 'seal': {
            let k = this.keys.get(o.k!);
            if (k === undefined) this.keys.set(o.k!, (k = this.keys.size));
            const pair = `${k}:${o.iv}`;
            this.seals.set(pair, (this.seals.get(pair) ?? 0) + 1);
            this.sealCount++;
            break;
          }
          case 'kp':
            this.privateKeys.add(o.k!);
            break;
          case 'try':
            if (!this.sends.has(o.id!)) this.sends.set(o.id!, { from: agent, connectionId: o.c!, tryAt: o.at! });
            break;
          case 'sent': {
            const s = this.sends.get(o.id!);
            if (s && s.sentAt === undefined) s.sentAt = o.at!;
            break;
          }
          case 'recv':
            this.recvs[agent].push({ id: o.id!, connectionId: o.c!, at: o.at! });
            break;
          case 'boot':
            this.boots[agent].push(o.at!);
            break;
        }
      }
    }
  }

  /** Ids received by `agent` (logged, or found in its inbox). */
  delivered(agent: Agent): Set<string> {
    const s = new Set(this.inboxSeen[agent]);
    for (const r of this.recvs[agent]) s.add(r.id);
    return s;
  }

  /** Accepted sends not (yet) received by the peer, excluding ids in `exempt`. */
  undelivered(exempt: ReadonlySet<string> = new Set()): string[] {
    const got: Record<Agent, Set<string>> = { issuer: this.delivered('issuer'), holder: this.delivered('holder') };
    const out: string[] = [];
    for (const [id, s] of this.sends) {
      if (s.sentAt === undefined || exempt.has(id)) continue;
      if (!got[peer(s.from)].has(id)) out.push(id);
    }
    return out;
  }

  ivRepeats(): number {
    let n = 0;
    for (const c of this.seals.values()) if (c > 1) n++;
    return n;
  }
}

export const peer = (a: Agent): Agent => (a === 'issuer' ? 'holder' : 'issuer');

export interface RestoreRecord {
  agent: Agent;
  snapshotAt: number;
  restoredAt: number;
}

/**
 * Sends that a restore may legitimately have taken back: accepted by the restored agent after
 * its snapshot was taken and before it was stopped. Their outbox rows are gone with the
 * rolled-back database, so nobody can deliver them.
 */
export function rolledBackSends(ledger: Ledger, restores: readonly RestoreRecord[]): Set<string> {
  const out = new Set<string>();
  for (const [id, s] of ledger.sends) {
    if (s.sentAt === undefined) continue;
    if (restores.some((r) => r.agent === s.from && s.sentAt! >= r.snapshotAt && s.tryAt <= r.restoredAt)) out.add(id);
  }
  return out;
}

export interface TwiceReport {
  /** Same id emitted (or stored) twice, with no restore of the receiver to explain it: MUST be 0. */
  twice: string[];
  /** Received again after a restore rolled the receiver's inbox back to before the first receipt. */
  afterRestore: string[];
}

export function processedTwice(ledger: Ledger, restores: readonly RestoreRecord[], inboxDuplicates: readonly string[]): TwiceReport {
  const twice = new Set<string>(inboxDuplicates);
  const afterRestore = new Set<string>();
  for (const agent of ['issuer', 'holder'] as const) {
    const firstAt = new Map<string, number>();
    for (const r of ledger.recvs[agent]) {
      const first = firstAt.get(r.id);
      if (first === undefined) {
        firstAt.set(r.id, r.at);
        continue;
      }
      const explained = restores.some((x) => x.agent === agent && first >= x.snapshotAt && first <= x.restoredAt && r.at >= x.restoredAt);
      (explained ? afterRestore : twice).add(r.id);
    }
  }
  return { twice: [...twice], afterRestore: [...afterRestore] };
}

/** Received ids that no agent ever tried to send, or that came back to their own sender. */
export function forgedOrReflected(ledger: Ledger): string[] {
  const out: string[] = [];
  for (const agent of ['issuer', 'holder'] as const) {
    for (const r of ledger.recvs[agent]) {
      const s = ledger.sends.get(r.id);
      if (!s || s.from === agent) out.push(r.id);
    }
  }
  return out;
}

/**
 * Time to recover from a fault at `at`: until a message first tried at or after `at` arrived,
 * in each direction of each connection (the slowest of them). Undefined when none arrived.
 */
export function recoveryTimes(ledger: Ledger, faultTimes: readonly number[], connections: readonly string[]): Array<number | undefined> {
  // Per (connection, direction): the sends by try time and their receipt times.
  const byLane = new Map<string, { tryAt: number; recvAt: number }[]>();
  const recvAt = new Map<string, number>();
  for (const agent of ['issuer', 'holder'] as const) for (const r of ledger.recvs[agent]) if (!recvAt.has(r.id)) recvAt.set(r.id, r.at);
  for (const [id, s] of ledger.sends) {
    const at = recvAt.get(id);
    if (at === undefined) continue;
    const lane = `${s.connectionId}/${s.from}`;
    let l = byLane.get(lane);
    if (!l) byLane.set(lane, (l = []));
    l.push({ tryAt: s.tryAt, recvAt: at });
  }
  for (const l of byLane.values()) l.sort((a, b) => a.tryAt - b.tryAt);
  const lanes = connections.flatMap((c) => [`${c}/issuer`, `${c}/holder`]);
  return faultTimes.map((t) => {
    let worst = 0;
    for (const lane of lanes) {
      const l = byLane.get(lane) ?? [];
      // The earliest receipt among messages tried at or after t.
      let best = Infinity;
      for (const x of l) if (x.tryAt >= t && x.recvAt < best) best = x.recvAt;
      if (best === Infinity) return undefined;
      worst = Math.max(worst, best - t);
    }
    return worst;
  });
}

export function percentile(xs: readonly number[], p: number): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
