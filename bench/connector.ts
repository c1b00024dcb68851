/**
 * Connector benchmark (not a test): delivered messages per second and delivery latency
 * (send start -> onMessage at the recipient) for N concurrent connections on loopback, and the
 * connector's memory per idle WebSocket.
 *
 *   npm run bench:connector [-- --seconds 10] [-- --connections 100] [-- --pg postgres://...]
 *                           [-- --cases sqlite-full,pg-batch] [-- --batch 16] [-- --profile dir]
 *                           [-- --reps 3] [-- --warmup 2] [-- --idle 1000]
 *
 * Backends: SQLite (one connector process, synchronous FULL or NORMAL) and PostgreSQL with two
 * connector processes (senders talk to A, recipients hold their WebSocket on B, so every
 * delivery crosses LISTEN/NOTIFY). Modes, each a closed loop per connection:
 *   - send:  one `send` per message, one message in flight per connection;
 *   - batch: one `sendBatch` of `--batch` messages per connection, all of them in flight until
 *            they arrived, then the next batch.
 * Cases are `<backend>` (send) and `<backend>-batch`, backend one of sqlite-full, sqlite-normal, pg.
 * The connections of a backend are set up once and shared by its cases; each case runs an
 * optional warm-up window (`--warmup` seconds), then `--reps` measured windows of `--seconds`
 * each (median and min-max over them).
 * The opt-in case `idle-ws` opens `--idle` idle WebSocket subscriptions (one participant each)
 * against a fresh SQLite connector process and reports its RSS growth per socket.
 *
 * Besides wall-clock rates (which depend on whatever else the machine runs) the table shows
 * CPU time per delivered message, of the connector processes and of this load generator
 * and, for PostgreSQL, of the database server's processes (from /proc, Linux only): figures
 * that stay comparable on a busy machine. Each connector process's peak RSS is read from
 * /proc before it is stopped.
 * `--profile dir` runs the connector processes with `node --cpu-prof` into that folder.
 *
 * `connectorCases()` and `idleSocketMemory()` are what `npm run bench` calls.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ConnectorClient, createParticipantKey, type Subscription } from '@connector-e2e/connector-client';
import { spawnConnector } from '../test/kit/connector-process.js';
import { BENCH_UNLIMITED, cpuSeconds, mib, peakRssBytes, rssBytes, type ProcessPeak } from './proc.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CONNECTOR_CASES = ['sqlite-full', 'sqlite-normal', 'pg', 'sqlite-full-batch', 'sqlite-normal-batch', 'pg-batch'] as const;
export type ConnectorCase = (typeof CONNECTOR_CASES)[number] | 'idle-ws';

export interface ConnectorBenchOptions {
  /** Concurrent connections (one sender and one recipient participant each). */
  connections: number;
  /** Length of one measured window. */
  seconds: number;
  /** Measured windows per case. */
  reps: number;
  /** Unmeasured window before the first measured one (0: none). */
  warmupSeconds: number;
  pgUrl: string;
  payloadBytes: number;
  batchSize: number;
  /** Run the connector processes under `node --cpu-prof` into this folder ('' = no). */
  profileDir: string;
  cases: readonly ConnectorCase[];
  /** Idle sockets the `idle-ws` case opens. */
  idleSockets: number;
}

export const CONNECTOR_DEFAULTS: ConnectorBenchOptions = {
  connections: 100,
  seconds: 10,
  reps: 1,
  warmupSeconds: 0,
  pgUrl: process.env.CONNECTOR_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  payloadBytes: 1024,
  batchSize: 16,
  profileDir: '',
  cases: CONNECTOR_CASES,
  idleSockets: 1000,
};

interface Proc {
  url: string;
  child: ChildProcess;
}

/** A connector without rate limits (the bench measures throughput), CPU-profiled into `profileDir` if given, with a GC on a signal if asked. */
async function startConnector(db: string, extra: string[], profileDir: string, gcOnSignal = false): Promise<Proc> {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
  if (gcOnSignal) nodeArgs.push('--expose-gc', '--import', join(root, 'bench/gc-on-signal.mjs'));
  const p = await spawnConnector({ url: db }, [...BENCH_UNLIMITED, ...extra], 0, { nodeArgs, keepOutput: false });
  return { url: p.url, child: p.child };
}

/** Reads each process's peak RSS, then stops them all. */
async function stop(procs: Array<Proc & { label: string }>, peaks: ProcessPeak[]): Promise<void> {
  for (const p of procs) peaks.push({ process: p.label, pid: p.child.pid, peakRssBytes: peakRssBytes(p.child.pid) });
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => (p.child.exitCode === null ? new Promise((r) => p.child.once('exit', r)) : undefined)));
}

/**
 * CPU seconds of the PostgreSQL server processes on this machine, per pid (the connectors'
 * pooled backends live through a run; a pid seen at both ends of a run counts its delta).
 * Includes whatever else uses that server meanwhile.
 */
function pgCpu(): Map<number, number> {
  const out = new Map<number, number>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        out.set(Number(entry), cpuSeconds(Number(entry)));
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return out;
}

function pgCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  if (before.size === 0) return NaN;
  let sum = 0;
  for (const [pid, t] of after) if (before.has(pid)) sum += t - before.get(pid)!;
  return sum;
}

function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface ConnectorResult {
  name: string;
  /** The case id, e.g. `pg-batch`. */
  case: ConnectorCase;
  connections: number;
  /** Messages delivered in the measured windows. */
  delivered: number;
  /** Sent (accepted by the connector) in the measured windows but never delivered. */
  lost: number;
  refused: number;
  /** Requests that failed without an answer (a timeout, a reset connection): counted, not fatal. */
  failed: number;
  /** Median over the measured windows. */
  msgsPerSecond: number;
  /** Delivered msgs/s of each measured window. */
  perRep: number[];
  min: number;
  max: number;
  /** Latency over every message of the measured windows, ms. */
  p50: number;
  p99: number;
  /** Connector CPU microseconds per delivered message (all connector processes). */
  connectorCpuUs: number;
  /** Load generator CPU microseconds per delivered message. */
  clientCpuUs: number;
  /** PostgreSQL server CPU microseconds per delivered message (PostgreSQL cases). */
  pgCpuUs: number;
}

interface Window {
  sent: number;
  received: number;
  refused: number;
  failed: number;
  latencies: number[];
}

interface Pair {
  issuer: ConnectorClient;
  holderOnB: ConnectorClient;
  connectionId: string;
}

/** Connections and their recipients' open subscriptions, shared by the cases of one backend. */
interface Rig {
  pairs: Pair[];
  subs: Subscription[];
  /** every message id in flight maps to its send time and to the window it belongs to */
  sentAt: Map<string, { t: number; w: Window }>;
  waiting: Map<string, () => void>;
}

async function setUpRig(sendUrl: string, receiveUrl: string, connections: number): Promise<Rig> {
  const setUp = async (): Promise<Pair> => {
    const issuerKey = createParticipantKey();
    const holderKey = createParticipantKey();
    const issuer = new ConnectorClient({ url: sendUrl, key: issuerKey });
    const holder = new ConnectorClient({ url: sendUrl, key: holderKey });
    await issuer.register();
    await holder.register();
    const [grant] = await issuer.createTokens();
    const { connectionId } = await holder.acceptToken(grant!.token);
    await issuer.ack((await issuer.fetch()).items);
    return { issuer, holderOnB: new ConnectorClient({ url: receiveUrl, key: holderKey }), connectionId };
  };
  // set up in slices so a thousand connections do not all register at once
  const pairs: Pair[] = [];
  while (pairs.length < connections) pairs.push(...(await Promise.all(Array.from({ length: Math.min(50, connections - pairs.length) }, setUp))));
  const sentAt: Rig['sentAt'] = new Map();
  const waiting: Rig['waiting'] = new Map();
  const subs: Subscription[] = pairs.map((p) =>
    p.holderOnB.subscribe({
      pollIntervalMs: 60_000,
      onError: () => undefined,
      onMessage: (d) => {
        const s = sentAt.get(d.messageId);
        if (s === undefined) return; // a redelivery
        sentAt.delete(d.messageId);
        s.w.latencies.push(performance.now() - s.t);
        s.w.received++;
        waiting.get(d.messageId)?.();
        waiting.delete(d.messageId);
      },
    }),
  );
  const deadline0 = Date.now() + 60_000;
  while (!subs.every((s) => s.connected)) {
    if (Date.now() > deadline0) throw new Error('subscriptions did not open');
    await new Promise((r) => setTimeout(r, 20));
  }
  return { pairs, subs, sentAt, waiting };
}

async function runCase(id: ConnectorCase, name: string, mode: 'send' | 'batch', procs: Proc[], rig: Rig, o: ConnectorBenchOptions, usesPg: boolean): Promise<ConnectorResult> {
  const { pairs, sentAt, waiting } = rig;
  const payload = randomBytes(o.payloadBytes);
  const timeout = () => new Promise((r) => setTimeout(r, 10_000).unref());

  /** One closed-loop window; returns delivered msgs/s (delivered within the window). */
  const window = async (seconds: number, tag: string, w: Window): Promise<number> => {
    const stopAt = performance.now() + seconds * 1000;
    const t0 = performance.now();
    await Promise.all(
      pairs.map(async (p, c) => {
        for (let i = 0; performance.now() < stopAt; i++) {
          if (mode === 'send') {
            const messageId = `${id}-${tag}-${c}-${i}`;
            const arrived = new Promise<void>((r) => waiting.set(messageId, r));
            sentAt.set(messageId, { t: performance.now(), w });
            try {
              await p.issuer.send({ connectionId: p.connectionId, messageId, payload });
            } catch {
              // Under overload a request may time out: count it and go on (it may still have
              // been stored, so a later delivery of it is not counted as received).
              w.failed++;
              sentAt.delete(messageId);
              waiting.delete(messageId);
              continue;
            }
            w.sent++;
            await Promise.race([arrived, timeout()]);
          } else {
            const now = performance.now();
            const items = Array.from({ length: o.batchSize }, (_, k) => ({ connectionId: p.connectionId, messageId: `${id}-${tag}-${c}-${i}-${k}`, payload }));
            const arrived = items.map((it) => {
              sentAt.set(it.messageId, { t: now, w });
              return new Promise<void>((r) => waiting.set(it.messageId, r));
            });
            let results: Awaited<ReturnType<ConnectorClient['sendBatch']>>;
            try {
              results = await p.issuer.sendBatch(items);
            } catch {
              w.failed++;
              for (const it of items) {
                sentAt.delete(it.messageId);
                waiting.delete(it.messageId);
              }
              continue;
            }
            const ok = results.filter((r) => r.ok).length;
            w.sent += ok;
            w.refused += results.length - ok;
            for (const [k, r] of results.entries()) {
              if (r.ok) continue;
              sentAt.delete(items[k]!.messageId);
              waiting.delete(items[k]!.messageId);
            }
            await Promise.race([Promise.all(arrived.filter((_, k) => results[k]!.ok)), timeout()]);
          }
        }
      }),
    );
    return w.received / ((performance.now() - t0) / 1000);
  };

  if (o.warmupSeconds > 0) await window(o.warmupSeconds, 'warm-up', { sent: 0, received: 0, refused: 0, failed: 0, latencies: [] });
  const windows: Window[] = [];
  const rates: number[] = [];
  const cpu0 = procs.reduce((s, p) => s + cpuSeconds(p.child.pid), 0);
  const own0 = ownCpuSeconds();
  const pg0 = usesPg ? pgCpu() : new Map<number, number>();
  for (let r = 0; r < o.reps; r++) {
    const w: Window = { sent: 0, received: 0, refused: 0, failed: 0, latencies: [] };
    windows.push(w);
    rates.push(await window(o.seconds, `r${r}`, w));
  }
  const cpu = procs.reduce((s, p) => s + cpuSeconds(p.child.pid), 0) - cpu0;
  const own = ownCpuSeconds() - own0;
  const pgSeconds = usesPg ? pgCpuDelta(pg0, pgCpu()) : NaN;
  // a message that outlived its 10 s wait may still arrive: give stragglers a last chance
  const grace = Date.now() + 10_000;
  while ([...sentAt.values()].some((s) => windows.includes(s.w)) && Date.now() < grace) await new Promise((r) => setTimeout(r, 50));
  const sum = (f: (w: Window) => number) => windows.reduce((a, w) => a + f(w), 0);
  const delivered = sum((w) => w.received);
  const latencies = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  return {
    name,
    case: id,
    connections: o.connections,
    delivered,
    lost: sum((w) => w.sent) - delivered,
    refused: sum((w) => w.refused),
    failed: sum((w) => w.failed),
    msgsPerSecond: median(rates),
    perRep: rates,
    min: Math.min(...rates),
    max: Math.max(...rates),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    connectorCpuUs: (cpu * 1e6) / delivered,
    clientCpuUs: (own * 1e6) / delivered,
    pgCpuUs: (pgSeconds * 1e6) / delivered,
  };
}

export interface ConnectorRun {
  results: ConnectorResult[];
  /** Peak RSS of every connector process started. */
  processes: ProcessPeak[];
  /** Cases not run, with the reason (e.g. no PostgreSQL server). */
  skipped: string[];
}

const label = (mode: 'send' | 'batch', batchSize: number) => (mode === 'send' ? 'send, 1 in flight' : `sendBatch of ${batchSize}, ${batchSize} in flight`);
const conns = (n: number) => `${n.toLocaleString('en-US')} connection${n === 1 ? '' : 's'}`;

/** Runs the selected throughput cases (not `idle-ws`: see idleSocketMemory). */
export async function connectorCases(options: Partial<ConnectorBenchOptions> = {}): Promise<ConnectorRun> {
  const o: ConnectorBenchOptions = { ...CONNECTOR_DEFAULTS, ...options };
  const run: ConnectorRun = { results: [], processes: [], skipped: [] };
  const modesOf = (backend: string): Array<'send' | 'batch'> => (['send', 'batch'] as const).filter((m) => o.cases.includes((m === 'send' ? backend : `${backend}-batch`) as ConnectorCase));
  const caseId = (backend: string, mode: 'send' | 'batch') => (mode === 'send' ? backend : `${backend}-batch`) as ConnectorCase;

  for (const sync of ['FULL', 'NORMAL'] as const) {
    const backend = `sqlite-${sync.toLowerCase()}`;
    const modes = modesOf(backend);
    if (modes.length === 0) continue;
    const dir = mkdtempSync(join(tmpdir(), 'connector-bench-'));
    const proc = { ...(await startConnector(join(dir, 'bench.sqlite'), ['--sqlite-synchronous', sync], o.profileDir)), label: `connector (SQLite ${sync}, ${conns(o.connections)})` };
    let rig: Rig | undefined;
    try {
      rig = await setUpRig(proc.url, proc.url, o.connections);
      for (const mode of modes) {
        const name = `SQLite (synchronous=${sync}), 1 process, ${conns(o.connections)}, ${label(mode, o.batchSize)}`;
        run.results.push(await runCase(caseId(backend, mode), name, mode, [proc], rig, o, false));
      }
    } finally {
      await Promise.all(rig?.subs.map((s) => s.close()) ?? []);
      await stop([proc], run.processes);
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const pgModes = modesOf('pg');
  if (pgModes.length > 0) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: o.pgUrl, connectionTimeoutMillis: 5000 });
    let reachable = true;
    try {
      await admin.connect();
    } catch {
      reachable = false;
      const why = `PostgreSQL unreachable at ${o.pgUrl}: connector PostgreSQL cases skipped`;
      console.warn(why);
      run.skipped.push(why);
      await admin.end().catch(() => undefined);
    }
    if (reachable) {
      const a = { ...(await startConnector(o.pgUrl, ['--pg-schema', schema], o.profileDir)), label: `connector A (PostgreSQL, senders, ${conns(o.connections)})` };
      const b = { ...(await startConnector(o.pgUrl, ['--pg-schema', schema], o.profileDir)), label: `connector B (PostgreSQL, WebSockets, ${conns(o.connections)})` };
      let rig: Rig | undefined;
      try {
        rig = await setUpRig(a.url, b.url, o.connections);
        for (const mode of pgModes) {
          const name = `PostgreSQL, 2 processes (send via A, WebSocket on B), ${conns(o.connections)}, ${label(mode, o.batchSize)}`;
          run.results.push(await runCase(caseId('pg', mode), name, mode, [a, b], rig, o, true));
        }
      } finally {
        await Promise.all(rig?.subs.map((s) => s.close()) ?? []);
        await stop([a, b], run.processes);
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    }
  }
  return run;
}

export interface IdleMemoryResult {
  sockets: number;
  /** RSS growth per idle socket, bytes, one figure per repetition (a fresh process each). */
  perSocketBytes: number[];
  /** JS heap in use (after a full GC) growth per idle socket, bytes, per repetition. */
  heapPerSocketBytes: number[];
  /** Connector RSS before and after opening the idle sockets, bytes, per repetition. */
  rssBefore: number[];
  rssAfter: number[];
  processes: ProcessPeak[];
}

/**
 * Connector memory per idle WebSocket: a fresh SQLite connector process, `warm` subscriptions
 * first (so one-time costs of the first sockets are not charged to the rest), its RSS, then
 * `sockets` more idle subscriptions (one registered participant each), its RSS once they all
 * are open and the process settled; the difference divided by `sockets`. One fresh process per
 * repetition. Each reading follows a full garbage collection in the connector (SIGUSR2 with
 * --expose-gc, see gc-on-signal.mjs), so it counts what the sockets keep, not garbage; the JS
 * heap in use is reported alongside (the part of RSS that is the connector's own objects).
 */
export async function idleSocketMemory(options: { sockets: number; reps: number; warm?: number; settleMs?: number }): Promise<IdleMemoryResult> {
  const warm = options.warm ?? 50;
  const settleMs = options.settleMs ?? 2000;
  const out: IdleMemoryResult = { sockets: options.sockets, perSocketBytes: [], heapPerSocketBytes: [], rssBefore: [], rssAfter: [], processes: [] };
  /**
   * RSS and JS heap in use right after a full GC in the connector, once two readings in a row
   * agree within 64 KiB (or 2 x settleMs passed).
   */
  const settled = async (child: ChildProcess) => {
    const sample = async (): Promise<{ rss: number; heap: number }> => {
      const heap = new Promise<number>((res) => {
        const onData = (c: Buffer) => {
          const line = c.toString().split('\n').find((l) => l.startsWith('{"gcMemory"'));
          if (!line) return;
          child.stderr!.off('data', onData);
          res((JSON.parse(line) as { gcMemory: NodeJS.MemoryUsage }).gcMemory.heapUsed);
        };
        child.stderr!.on('data', onData);
      });
      child.kill('SIGUSR2');
      const heapUsed = await Promise.race([heap, new Promise<number>((r) => setTimeout(() => r(NaN), 5000))]);
      await new Promise((r) => setTimeout(r, settleMs / 4));
      return { rss: rssBytes(child.pid), heap: heapUsed };
    };
    let last = await sample();
    const until = Date.now() + 2 * settleMs;
    while (Date.now() < until) {
      const now = await sample();
      if (Math.abs(now.rss - last.rss) <= 64 * 1024) return now;
      last = now;
    }
    return last;
  };
  for (let rep = 0; rep < options.reps; rep++) {
    const dir = mkdtempSync(join(tmpdir(), 'connector-idle-'));
    const proc = { ...(await startConnector(join(dir, 'idle.sqlite'), [], '', true)), label: `connector (SQLite, ${options.sockets.toLocaleString('en-US')} idle WebSockets${options.reps > 1 ? `, repetition ${rep + 1}` : ''})` };
    const subs: Subscription[] = [];
    try {
      const clients: ConnectorClient[] = [];
      while (clients.length < warm + options.sockets) {
        const slice = Array.from({ length: Math.min(50, warm + options.sockets - clients.length) }, () => new ConnectorClient({ url: proc.url, key: createParticipantKey() }));
        await Promise.all(slice.map((c) => c.register()));
        clients.push(...slice);
      }
      const open = async (cs: ConnectorClient[]) => {
        for (const c of cs) subs.push(c.subscribe({ pollIntervalMs: 600_000, onError: () => undefined, onMessage: () => undefined }));
        const deadline = Date.now() + 60_000;
        while (!subs.every((s) => s.connected)) {
          if (Date.now() > deadline) throw new Error('idle subscriptions did not open');
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      await open(clients.slice(0, warm));
      const before = await settled(proc.child);
      await open(clients.slice(warm));
      const after = await settled(proc.child);
      out.rssBefore.push(before.rss);
      out.rssAfter.push(after.rss);
      out.perSocketBytes.push((after.rss - before.rss) / options.sockets);
      out.heapPerSocketBytes.push((after.heap - before.heap) / options.sockets);
    } finally {
      await Promise.all(subs.map((s) => s.close()));
      await stop([proc], out.processes);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

// ---- standalone CLI ----

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: string): string => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const d = CONNECTOR_DEFAULTS;
  const cases = opt('cases', d.cases.join(',')).split(',') as ConnectorCase[];
  for (const c of cases) if (c !== 'idle-ws' && !(CONNECTOR_CASES as readonly string[]).includes(c)) throw new Error(`unknown case ${c}; expected some of ${[...CONNECTOR_CASES, 'idle-ws'].join(', ')}`);
  const o: ConnectorBenchOptions = {
    connections: Number(opt('connections', String(d.connections))),
    seconds: Number(opt('seconds', String(d.seconds))),
    reps: Number(opt('reps', String(d.reps))),
    warmupSeconds: Number(opt('warmup', String(d.warmupSeconds))),
    pgUrl: opt('pg', d.pgUrl),
    payloadBytes: Number(opt('payload', String(d.payloadBytes))),
    batchSize: Number(opt('batch', String(d.batchSize))),
    profileDir: opt('profile', d.profileDir),
    cases,
    idleSockets: Number(opt('idle', String(d.idleSockets))),
  };
  console.log(
    `connector bench: ${o.connections} connections, ${o.payloadBytes}-byte payloads, ${o.reps} x ${o.seconds} s per case${o.warmupSeconds ? ` after ${o.warmupSeconds} s warm-up` : ''}, batches of ${o.batchSize}, node ${process.version}`,
  );
  const run = await connectorCases(o);
  const idle = cases.includes('idle-ws') ? await idleSocketMemory({ sockets: o.idleSockets, reps: o.reps }) : undefined;
  console.log('');
  console.log('| case | delivered | lost | refused | failed requests | msgs/s | p50 ms | p99 ms | connector CPU µs/msg | PostgreSQL CPU µs/msg | load generator CPU µs/msg |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const us = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
  for (const r of run.results) {
    const rate = r.perRep.length > 1 ? `${r.msgsPerSecond.toFixed(0)} (${r.min.toFixed(0)}-${r.max.toFixed(0)}, ${r.perRep.length} reps)` : r.msgsPerSecond.toFixed(0);
    console.log(`| ${r.name} | ${r.delivered} | ${r.lost} | ${r.refused} | ${r.failed} | ${rate} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${us(r.connectorCpuUs)} | ${us(r.pgCpuUs)} | ${us(r.clientCpuUs)} |`);
  }
  if (idle) {
    const kib = (xs: number[]) => xs.map((b) => (b / 1024).toFixed(1)).join(', ');
    console.log(`\nconnector memory per idle WebSocket (${idle.sockets} sockets): RSS ${kib(idle.perSocketBytes)} KiB; JS heap ${kib(idle.heapPerSocketBytes)} KiB`);
  }
  console.log('');
  for (const p of [...run.processes, ...(idle?.processes ?? [])]) console.log(`peak RSS ${mib(p.peakRssBytes).toFixed(0).padStart(5)} MiB  ${p.process}`);
  process.exit(0);
}
