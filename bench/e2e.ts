/**
 * End-to-end benchmark (not a test): plugin send -> connector -> plugin receive (stored,
 * decrypted) -> end-to-end ack, between two real Veramo agents through a real connector process.
 * The agents run each in a process of its own (as deployed), or both in the bench process, or
 * both placements one after the other in the same run (`--placements`); e2e/agents.ts.
 *
 *   npm run bench:e2e [-- --quick] [-- --seconds 5] [-- --messages N] [-- --connections 100]
 *                     [-- --handshakes 40] [-- --reps 3] [-- --rate 2000] [-- --backends sqlite,postgres]
 *                     [-- --placements processes,in-process] [-- --pg URL] [-- --profile DIR]
 *                     [-- --envelope etamp] (every connection in ETAMP envelopes, docs/protocol.md 23)
 *
 * Cases, on SQLite (agents and connector) and, when PostgreSQL answers, on PostgreSQL:
 *   - invitation -> established session: wall time of create + accept, one at a time; after a
 *     short warm-up, `--reps` rounds of `--handshakes` each (median and range of the rounds' p50,
 *     p50 and p99 over all of them);
 *   - send -> receive, closed loop, 1 and N connections: up to `--window` (128) send calls in
 *     flight, for `--seconds` (or `--messages`) per repetition, then until everything sent has
 *     arrived; msgs/s per repetition (median, range) and latency (send call -> the holder's
 *     "message received" event) over all of them. The latency here is mostly queueing: a closed
 *     loop keeps the pipeline full;
 *   - send -> receive at a fixed offered rate (`--rate`, 2,000 msgs/s on SQLite; `--pg-rate`,
 *     1,000 msgs/s on PostgreSQL), open loop, 1 and N connections: paced sends for `--seconds`
 *     per repetition; the delivered rate and the latency at that load. A repetition whose send
 *     calls fall more than a second of load behind stops offering; one that delivers less than
 *     90% of the offered rate (first send to last arrival) is marked as not keeping up.
 * Each backend's connector process reports its peak RSS (VmHWM, read before it is stopped).
 * `e2eRun()` is what `npm run bench` calls; `e2eCases()` returns the rows only.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { spawnConnector } from '../test/kit/connector-process.js';
import { openAgent, type Placement } from './e2e/agents.js';
import { now, type LoadPlan } from './e2e/load.js';
import { BENCH_UNLIMITED, mib, peakRssBytes, type ProcessPeak } from './proc.js';

export type { Placement } from './e2e/agents.js';

export type Backend = 'sqlite' | 'postgres';

export interface E2EOptions {
  quick: boolean;
  /** Length of one repetition of a throughput case (sending stops then; arrivals are awaited). */
  seconds: number;
  /** Most messages one repetition sends (Infinity: only `seconds` counts). */
  messages: number;
  /** N of the "N connections" cases. */
  connections: number;
  /** Timed handshakes per repetition. */
  handshakes: number;
  reps: number;
  /** Send calls in flight in the closed-loop cases. */
  window: number;
  /** Offered load of the fixed-rate cases on SQLite, msgs/s (0: skip them). */
  rate: number;
  /** ...and on PostgreSQL. */
  pgRate: number;
  pgUrl: string;
  backends: Backend[];
  /** Where the agents run; each placement runs every case. */
  placements: Placement[];
  /** Agent worker processes write V8 CPU profiles here (--cpu-prof). */
  profileDir?: string;
  /** Every connection plain, or every one in ETAMP envelopes (docs/protocol.md 23). */
  envelope: 'plain' | 'etamp';
}

export function e2eOptions(argv: readonly string[] = process.argv.slice(2)): E2EOptions {
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const quick = argv.includes('--quick');
  return {
    quick,
    seconds: Number(opt('seconds', quick ? '1' : '5')),
    messages: Number(opt('messages', 'Infinity')),
    connections: Number(opt('connections', quick ? '20' : '100')),
    handshakes: Number(opt('handshakes', quick ? '10' : '40')),
    reps: Number(opt('reps', quick ? '1' : '3')),
    window: Number(opt('window', '128')),
    rate: Number(opt('rate', '2000')),
    pgRate: Number(opt('pg-rate', '1000')),
    pgUrl: opt('pg', process.env.CONNECTOR_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test'),
    backends: opt('backends', 'sqlite,postgres').split(',') as Backend[],
    placements: opt('placements', 'processes,in-process').split(',') as Placement[],
    ...(argv.includes('--profile') ? { profileDir: opt('profile', '') } : {}),
    envelope: opt('envelope', 'plain') === 'etamp' ? 'etamp' : 'plain',
  };
}

export interface E2EResult {
  backend: Backend;
  placement: Placement;
  case: string;
  /** What the case is: handshake time, closed-loop throughput or fixed-rate delivery. */
  kind: 'handshake' | 'throughput' | 'rate';
  connections?: number;
  /** Median over the repetitions. */
  value: number;
  unit: string;
  /** Range over the repetitions, and how many there were. */
  min: number;
  max: number;
  reps: number;
  perRep: number[];
  /** Latency over every sample of every repetition, ms. */
  p50: number;
  p99: number;
  /** Samples behind p50/p99 (handshakes or messages). */
  samples: number;
  /** Sent but never received. */
  lost?: number;
  /** Fixed-rate cases: the offered load, and whether every repetition kept up with it. */
  offered?: number;
  keptUp?: boolean;
}

export interface E2ERun {
  results: E2EResult[];
  /** Peak RSS of each connector process started. */
  processes: ProcessPeak[];
  skipped: string[];
}

/** A connector without rate limits: the bench measures throughput. */
async function startConnector(db: string, extra: string[] = []): Promise<{ url: string; child: ChildProcess }> {
  const p = await spawnConnector({ url: db }, [...BENCH_UNLIMITED, ...extra], 0, { keepOutput: false });
  return { url: p.url, child: p.child };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const median = (xs: number[]) => pct(xs, 50);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const conns = (n: number) => `${n} connection${n > 1 ? 's' : ''}`;

async function runBackend(backend: Backend, placement: Placement, o: E2EOptions, processes: ProcessPeak[]): Promise<E2EResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-bench-'));
  const schemas: string[] = [];
  const dbFor = (name: string): { database: string; pgSchema?: string } => {
    if (backend === 'sqlite') return { database: join(dir, `${name}.sqlite`) };
    const s = `bench_${name}_${randomBytes(4).toString('hex')}`;
    schemas.push(s);
    return { database: o.pgUrl, pgSchema: s };
  };
  const connectorDb = backend === 'sqlite' ? join(dir, 'connector.sqlite') : o.pgUrl;
  const connectorSchema = backend === 'postgres' ? `bench_conn_${randomBytes(4).toString('hex')}` : undefined;
  if (connectorSchema) schemas.push(connectorSchema);
  const connector = await startConnector(connectorDb, connectorSchema ? ['--pg-schema', connectorSchema] : []);
  // arrival time of each message id (now(): comparable across processes)
  const received = new Map<string, number>();
  let onReceived: (() => void) | undefined;
  const issuer = await openAgent(placement, { ...dbFor('issuer'), connectorUrl: connector.url, envelope: o.envelope }, o.profileDir);
  const holder = await openAgent(placement, { ...dbFor('holder'), connectorUrl: connector.url, envelope: o.envelope }, o.profileDir);
  holder.onReceived((id, at) => {
    received.set(id, at);
    onReceived?.();
  });
  const results: E2EResult[] = [];
  const where = `${placement === 'processes' ? 'agents in own processes' : 'agents in the bench process'}${o.envelope === 'etamp' ? ', ETAMP' : ''}`;
  try {
    // Invitation -> established session, one at a time (wall time of create + accept).
    const connectionIds: string[] = [];
    const handshake = async () => {
      const t0 = now();
      const url = await issuer.createInvitation();
      connectionIds.push(await holder.accept(url));
      return now() - t0;
    };
    for (let i = 0; i < (o.quick ? 1 : 3); i++) await handshake(); // warm-up
    const rounds: number[][] = [];
    for (let r = 0; r < o.reps; r++) {
      const times: number[] = [];
      for (let i = 0; i < o.handshakes; i++) times.push(await handshake());
      rounds.push(times);
    }
    while (connectionIds.length < o.connections) await handshake();
    const p50s = rounds.map((t) => pct(t, 50));
    const all = rounds.flat();
    results.push({
      backend,
      placement,
      case: `invitation -> established session (${where})`,
      kind: 'handshake',
      value: median(p50s),
      unit: 'ms p50',
      min: Math.min(...p50s),
      max: Math.max(...p50s),
      reps: rounds.length,
      perRep: p50s,
      p50: pct(all, 50),
      p99: pct(all, 99),
      samples: all.length,
    });

    /** Waits until the issuer holds no unacked message on these connections (at most 20 s). */
    const drainAcks = async (cs: string[]) => {
      for (let i = 0; i < 200; i++) {
        if ((await issuer.unacked(cs)) === 0) return;
        await sleep(100);
      }
    };
    /** Waits until every id in `sent` arrived (at most `ms`); returns how many did not. */
    const awaitArrivals = (sent: [string, number][], ms: number) =>
      new Promise<number>((done) => {
        const missing = () => sent.filter(([id]) => !received.has(id)).length;
        const t = setTimeout(() => {
          onReceived = undefined;
          done(missing());
        }, ms);
        onReceived = () => {
          if (received.size >= sent.length && missing() === 0) {
            clearTimeout(t);
            onReceived = undefined;
            done(0);
          }
        };
        onReceived();
      });

    /** Delivered msgs/s (first send to last arrival) and the latency of each arrived message. */
    const tally = (sent: [string, number][], t0: number) => {
      let last = t0;
      const lat: number[] = [];
      for (const [id, t] of sent) {
        const at = received.get(id);
        if (at === undefined) continue;
        lat.push(at - t);
        if (at > last) last = at;
      }
      return { rate: last > t0 ? lat.length / ((last - t0) / 1000) : 0, lat };
    };

    /** One repetition: the issuer's process runs the load, then every arrival is awaited. */
    const repetition = async (plan: LoadPlan) => {
      received.clear();
      const run = await issuer.load(plan);
      const lost = await awaitArrivals(run.sent, 60_000);
      const { rate, lat } = tally(run.sent, run.t0);
      await drainAcks(plan.connectionIds);
      // kept up: never a second of load behind, and delivered (nearly) what was offered
      return { rate, lat, lost, keptUp: run.keptUp && (plan.kind === 'closed' || rate >= 0.9 * plan.rate) };
    };
    const offered = backend === 'sqlite' ? o.rate : o.pgRate;
    const plan = (kind: LoadPlan['kind'], cs: string[], tag: string, seconds: number): LoadPlan => ({ kind, connectionIds: cs, tag, seconds, messages: o.messages, window: o.window, rate: offered });

    const row = (kind: 'throughput' | 'rate', n: number, reps: Awaited<ReturnType<typeof repetition>>[]): E2EResult => {
      const rates = reps.map((x) => x.rate);
      const lat = reps.flatMap((x) => x.lat);
      return {
        backend,
        placement,
        case:
          kind === 'throughput'
            ? `send -> receive, ${conns(n)}, 1 KiB, ${o.window} calls in flight (${where})`
            : `send -> receive, ${conns(n)}, 1 KiB, ${offered.toLocaleString('en-US')} msgs/s offered (${where})`,
        kind,
        connections: n,
        value: median(rates),
        unit: 'msgs/s',
        min: Math.min(...rates),
        max: Math.max(...rates),
        reps: reps.length,
        perRep: rates,
        p50: pct(lat, 50),
        p99: pct(lat, 99),
        samples: lat.length,
        lost: reps.reduce((a, x) => a + x.lost, 0),
        ...(kind === 'rate' ? { offered, keptUp: reps.every((x) => x.keptUp) } : {}),
      };
    };

    const warmupSeconds = o.quick ? 0.3 : 1;
    for (const n of [1, o.connections]) {
      const cs = connectionIds.slice(0, n);
      await repetition(plan('closed', cs, `w${n}`, warmupSeconds));
      const reps = [];
      for (let r = 0; r < o.reps; r++) reps.push(await repetition(plan('closed', cs, `c${n}-${r}`, o.seconds)));
      results.push(row('throughput', n, reps));
    }
    if (offered > 0) {
      for (const n of [1, o.connections]) {
        const cs = connectionIds.slice(0, n);
        const reps = [];
        for (let r = 0; r < o.reps; r++) reps.push(await repetition(plan('rate', cs, `f${n}-${r}`, o.seconds)));
        results.push(row('rate', n, reps));
      }
    }
  } finally {
    const name = backend === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    processes.push({ process: `connector (end-to-end, ${name}, ${where})`, pid: connector.child.pid, peakRssBytes: peakRssBytes(connector.child.pid) });
    for (const [role, a] of [['issuer', issuer], ['holder', holder]] as const) {
      if (a.pid !== undefined) processes.push({ process: `${role} agent (end-to-end, ${name})`, pid: a.pid, peakRssBytes: peakRssBytes(a.pid) });
    }
    await issuer.close();
    await holder.close();
    connector.child.kill('SIGTERM');
    if (connector.child.exitCode === null) await new Promise((r) => connector.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
    if (schemas.length > 0) {
      const c = new pg.Client({ connectionString: o.pgUrl });
      await c.connect();
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await c.end();
    }
  }
  return results;
}

async function pgAvailable(pgUrl: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export async function e2eRun(options: Partial<E2EOptions> = {}): Promise<E2ERun> {
  const o = { ...e2eOptions(), ...options };
  const run: E2ERun = { results: [], processes: [], skipped: [] };
  for (const placement of o.placements) if (o.backends.includes('sqlite')) run.results.push(...(await runBackend('sqlite', placement, o, run.processes)));
  if (!o.backends.includes('postgres')) return run;
  if (await pgAvailable(o.pgUrl)) for (const placement of o.placements) run.results.push(...(await runBackend('postgres', placement, o, run.processes)));
  else {
    const why = `PostgreSQL unreachable at ${o.pgUrl}: end-to-end PostgreSQL cases skipped`;
    console.log(why);
    run.skipped.push(why);
  }
  return run;
}

export async function e2eCases(options: Partial<E2EOptions> = {}): Promise<E2EResult[]> {
  return (await e2eRun(options)).results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = await e2eRun();
  for (const r of run.results) {
    const range = r.reps > 1 ? ` (${r.min.toFixed(1)}-${r.max.toFixed(1)}, ${r.reps} reps)` : '';
    const extra = `${r.lost ? `  lost ${r.lost}` : ''}${r.keptUp === false ? '  fell behind the offered load' : ''}`;
    console.log(`${r.backend.padEnd(9)} ${r.case.padEnd(62)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${range}   p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms${extra}`);
  }
  for (const p of run.processes) console.log(`peak RSS ${mib(p.peakRssBytes).toFixed(0).padStart(5)} MiB  ${p.process}`);
  process.exit(0);
}
