/**
 * The fault schedule of a chaos run: a pure function of the seed and the run's shape, so a
 * printed seed replays the same schedule (the processes' own timing still varies).
 */

/** mulberry32: a small, well-known 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [k, w] of entries) {
      if ((x -= w) < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
}

export type Agent = 'issuer' | 'holder';

export const RELAY_MODES = ['drop', 'delay', 'duplicate', 'reorder', 'replay', 'reflect', 'truncate', 'bitflip', 'garbage'] as const;
export type RelayMode = (typeof RELAY_MODES)[number];

export type Fault =
  | { at: number; kind: 'kill'; target: 'connector' | Agent; downMs: number }
  | { at: number; kind: 'ws-drop' }
  | { at: number; kind: 'relay'; mode: RelayMode; p: number; windowMs: number }
  | { at: number; kind: 'snapshot'; target: Agent }
  | { at: number; kind: 'restore'; target: Agent; downMs: number }
  /** Writes of the target's database fail (inside its transactions) with this probability. */
  | { at: number; kind: 'db-fail'; target: 'connector' | Agent; permille: number; windowMs: number }
  /** Another process holds the target database's write lock (SQLite: SQLITE_BUSY past the busy timeout). */
  | { at: number; kind: 'db-lock'; target: 'connector' | Agent; holdMs: number }
  /** The connector's PostgreSQL server is crashed (immediate shutdown) and started again. */
  | { at: number; kind: 'pg-restart'; downMs: number }
  /** A second process of the agent on the same database (and keys) sends on the same connections for a while. */
  | { at: number; kind: 'twin'; target: Agent; windowMs: number };

export type RequiredFault = 'kill-connector' | 'kill-issuer' | 'kill-holder' | 'restore' | 'db-fail' | 'db-lock' | 'pg-restart' | 'twin';

export interface ScheduleShape {
  durationMs: number;
  /** Mean time between two faults. */
  meanGapMs: number;
  /** Relative weights of the fault kinds. */
  weights: { kill: number; wsDrop: number; relay: number; restore: number; dbFail: number; dbLock: number; pgRestart: number; twin: number };
  /** Faults that must occur at least once (placed at random times). */
  required?: RequiredFault[];
  /** No fault in the first this many ms (the workload gets going). */
  quietStartMs?: number;
}

function describe(f: Fault): string {
  switch (f.kind) {
    case 'kill':
      return `kill -9 ${f.target} (down ${f.downMs} ms)`;
    case 'ws-drop':
      return 'drop every WebSocket';
    case 'relay':
      return `relay ${f.mode} p=${f.p.toFixed(2)} for ${f.windowMs} ms`;
    case 'snapshot':
      return `snapshot ${f.target}'s database`;
    case 'restore':
      return `restore ${f.target} from its snapshot (down ${f.downMs} ms)`;
    case 'db-fail':
      return `${f.target}'s database writes fail with p=${(f.permille / 1000).toFixed(2)} for ${f.windowMs} ms`;
    case 'db-lock':
      return `${f.target}'s database write-locked by another process for ${f.holdMs} ms`;
    case 'pg-restart':
      return `PostgreSQL crashed (immediate shutdown), started again after ${f.downMs} ms`;
    case 'twin':
      return `a second ${f.target} process on the same database for ${f.windowMs} ms`;
  }
}
export { describe as describeFault };

export function makeSchedule(seed: number, shape: ScheduleShape): Fault[] {
  const rng = new Rng(seed);
  const faults: Fault[] = [];
  const kill = (at: number, target: 'connector' | Agent): Fault => ({ at, kind: 'kill', target, downMs: rng.int(50, target === 'connector' ? 3000 : 1500) });
  const anyProcess = () => rng.pick(['connector', 'issuer', 'holder'] as const);
  const dbFail = (at: number): Fault => ({ at, kind: 'db-fail', target: anyProcess(), permille: rng.int(100, 300), windowMs: rng.int(2000, 6000) });
  // Up to 15 s: past the agents' (10 s) and the connector's (5 s) busy timeouts.
  const dbLock = (at: number): Fault => ({ at, kind: 'db-lock', target: anyProcess(), holdMs: rng.int(200, 15_000) });
  const pgRestart = (at: number): Fault => ({ at, kind: 'pg-restart', downMs: rng.int(100, 5000) });
  const twin = (at: number): Fault => ({ at, kind: 'twin', target: rng.pick(['issuer', 'holder'] as const), windowMs: rng.int(3000, 15_000) });
  const restorePair = (at: number, target: Agent): Fault[] => {
    const later = at + rng.int(3000, Math.max(4000, Math.min(20_000, shape.durationMs / 4)));
    return [
      { at, kind: 'snapshot', target },
      { at: later, kind: 'restore', target, downMs: rng.int(50, 1000) },
    ];
  };
  const start = shape.quietStartMs ?? 2000;
  const end = shape.durationMs;
  const restoring: Record<Agent, number> = { issuer: -1, holder: -1 };
  for (let t = start + rng.int(0, shape.meanGapMs); t < end; t += rng.int(Math.floor(shape.meanGapMs / 3), Math.floor((shape.meanGapMs * 5) / 3))) {
    const kind = rng.weighted(shape.weights);
    if (kind === 'kill') faults.push(kill(t, rng.pick(['connector', 'issuer', 'holder'] as const)));
    else if (kind === 'wsDrop') faults.push({ at: t, kind: 'ws-drop' });
    else if (kind === 'relay') faults.push({ at: t, kind: 'relay', mode: rng.pick(RELAY_MODES), p: 0.1 + rng.float() * 0.4, windowMs: rng.int(1000, 6000) });
    else if (kind === 'dbFail') faults.push(dbFail(t));
    else if (kind === 'dbLock') faults.push(dbLock(t));
    else if (kind === 'pgRestart') faults.push(pgRestart(t));
    else if (kind === 'twin') faults.push(twin(t));
    else {
      const target = rng.pick(['issuer', 'holder'] as const);
      if (restoring[target] > t) continue; // one snapshot per agent at a time
      const pair = restorePair(t, target);
      if (pair[1]!.at >= end) continue;
      restoring[target] = pair[1]!.at;
      faults.push(...pair);
    }
  }
  for (const r of shape.required ?? []) {
    const present = faults.some((f) => (r.startsWith('kill-') ? f.kind === 'kill' && `kill-${f.target}` === r : f.kind === r));
    if (present) continue;
    const at = rng.int(start, Math.floor(end * 0.7));
    if (r === 'db-fail') faults.push(dbFail(at));
    else if (r === 'db-lock') faults.push(dbLock(at));
    else if (r === 'pg-restart') faults.push(pgRestart(at));
    else if (r === 'twin') faults.push(twin(at));
    else if (r === 'restore') {
      const target = rng.pick(['issuer', 'holder'] as const);
      // Drop other snapshots of that agent that would overlap.
      const pair = restorePair(at, target);
      const clash = (f: Fault) => (f.kind === 'snapshot' || f.kind === 'restore') && f.target === target;
      for (let i = faults.length - 1; i >= 0; i--) if (clash(faults[i]!)) faults.splice(i, 1);
      if (pair[1]!.at > end) pair[1]!.at = end - 500;
      faults.push(...pair);
    } else {
      faults.push(kill(at, r.slice(5) as 'connector' | Agent));
    }
  }
  return faults.sort((a, b) => a.at - b.at);
}

export function summarize(faults: readonly Fault[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of faults) {
    const k = f.kind === 'kill' ? `kill ${f.target}` : f.kind === 'relay' ? `relay ${f.mode}` : f.kind === 'snapshot' || f.kind === 'restore' || f.kind === 'db-fail' || f.kind === 'db-lock' || f.kind === 'twin' ? `${f.kind} ${f.target}` : f.kind;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
