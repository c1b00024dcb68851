/**
 * Connector benchmark (not a test): delivered messages per second and delivery latency
 * (send start -> onMessage at the recipient) for N concurrent connections on loopback.
 *
 *   npm run bench:connector [-- --seconds 10] [-- --connections 100] [-- --pg postgres://...]
 *                           [-- --cases sqlite-full,pg-batch] [-- --batch 16] [-- --profile dir]
 *
 * Backends: SQLite (one connector process, synchronous FULL or NORMAL) and PostgreSQL with two
 * connector processes (senders talk to A, recipients hold their WebSocket on B, so every
 * delivery crosses LISTEN/NOTIFY). Modes, each a closed loop per connection:
 *   - send:  one `send` per message, one message in flight per connection;
 *   - batch: one `sendBatch` of `--batch` messages per connection, all of them in flight until
 *            they arrived, then the next batch.
 * Cases are `<backend>` (send) and `<backend>-batch`, backend one of sqlite-full, sqlite-normal, pg.
 *
 * Besides wall-clock rates (which depend on whatever else the machine runs) the table shows
 * CPU time per delivered message, of the connector processes and of this load generator
 * and, for PostgreSQL, of the database server's processes (from /proc, Linux only): figures
 * that stay comparable on a busy machine.
 * `--profile dir` runs the connector processes with `node --cpu-prof` into that folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ConnectorClient, createParticipantKey, type Subscription } from '@connector-e2e/connector-client';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/connector/src/cli.ts');
const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const seconds = Number(opt('seconds', '10'));
const connections = Number(opt('connections', '100'));
const pgUrl = opt('pg', process.env.CONNECTOR_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const payloadBytes = Number(opt('payload', '1024'));
const batchSize = Number(opt('batch', '16'));
const profileDir = opt('profile', '');
const ALL_CASES = ['sqlite-full', 'sqlite-normal', 'pg', 'sqlite-full-batch', 'sqlite-normal-batch', 'pg-batch'];
const cases = opt('cases', ALL_CASES.join(',')).split(',');
for (const c of cases) if (!ALL_CASES.includes(c)) throw new Error(`unknown case ${c}; expected some of ${ALL_CASES.join(', ')}`);

interface Proc {
  url: string;
  child: ChildProcess;
}

async function startConnector(db: string, extra: string[] = []): Promise<Proc> {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--conditions=connector-e2e:source', '--import', 'tsx', cli, '--port', '0', '--host', '127.0.0.1', '--db', db, '--rate-limit', '1000000', '--rate-burst', '1000000', ...extra],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  return new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(`connector did not start: ${out}`)), 60_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m) {
        clearTimeout(t);
        res({ url: m[1]!, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => rej(new Error(`connector exited ${code}: ${out}`)));
  });
}

async function stop(procs: Proc[]): Promise<void> {
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => (p.child.exitCode === null ? new Promise((r) => p.child.once('exit', r)) : undefined)));
}

/** CPU seconds (user + system) a process has used so far; NaN where /proc is missing. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] are utime and stime (fields 14 and 15 of proc(5)), in clock ticks
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
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

interface Result {
  name: string;
  delivered: number;
  lost: number;
  refused: number;
  msgsPerSecond: number;
  p50: number;
  p99: number;
  /** Connector CPU microseconds per delivered message (all connector processes). */
  connectorCpuUs: number;
  /** Load generator CPU microseconds per delivered message. */
  clientCpuUs: number;
  /** PostgreSQL server CPU microseconds per delivered message (PostgreSQL cases). */
  pgCpuUs: number;
}

async function run(name: string, mode: 'send' | 'batch', procs: Proc[], sendUrl: string, receiveUrl: string, usesPg = false): Promise<Result> {
  const setUp = async () => {
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
  const pairs: Array<Awaited<ReturnType<typeof setUp>>> = [];
  while (pairs.length < connections) pairs.push(...(await Promise.all(Array.from({ length: Math.min(50, connections - pairs.length) }, setUp))));
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  let received = 0;
  const subs: Subscription[] = pairs.map((p) =>
    p.holderOnB.subscribe({
      pollIntervalMs: 60_000,
      onError: () => undefined,
      onMessage: (d) => {
        const t0 = sentAt.get(d.messageId);
        if (t0 === undefined) return;
        sentAt.delete(d.messageId);
        latencies.push(performance.now() - t0);
        received++;
        waiting.get(d.messageId)?.();
        waiting.delete(d.messageId);
      },
    }),
  );
  const deadline0 = Date.now() + 30_000;
  while (!subs.every((s) => s.connected)) {
    if (Date.now() > deadline0) throw new Error('subscriptions did not open');
    await new Promise((r) => setTimeout(r, 20));
  }
  const payload = randomBytes(payloadBytes);
  const timeout = () => new Promise((r) => setTimeout(r, 10_000).unref());
  let sent = 0;
  let refused = 0;
  const cpu0 = procs.reduce((s, p) => s + cpuSeconds(p.child.pid), 0);
  const own0 = ownCpuSeconds();
  const pg0 = usesPg ? pgCpu() : new Map<number, number>();
  const stopAt = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    pairs.map(async (p, c) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        if (mode === 'send') {
          const messageId = `${c}-${i}`;
          const arrived = new Promise<void>((r) => waiting.set(messageId, r));
          sentAt.set(messageId, performance.now());
          await p.issuer.send({ connectionId: p.connectionId, messageId, payload });
          sent++;
          await Promise.race([arrived, timeout()]);
        } else {
          const now = performance.now();
          const items = Array.from({ length: batchSize }, (_, k) => ({ connectionId: p.connectionId, messageId: `${c}-${i}-${k}`, payload }));
          const arrived = items.map((it) => {
            sentAt.set(it.messageId, now);
            return new Promise<void>((r) => waiting.set(it.messageId, r));
          });
          const results = await p.issuer.sendBatch(items);
          const ok = results.filter((r) => r.ok).length;
          sent += ok;
          refused += results.length - ok;
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
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = procs.reduce((s, p) => s + cpuSeconds(p.child.pid), 0) - cpu0;
  const own = ownCpuSeconds() - own0;
  const pgSeconds = usesPg ? pgCpuDelta(pg0, pgCpu()) : NaN;
  await Promise.all(subs.map((s) => s.close()));
  latencies.sort((a, b) => a - b);
  return {
    name,
    delivered: received,
    lost: sent - received,
    refused,
    msgsPerSecond: received / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    connectorCpuUs: (cpu * 1e6) / received,
    clientCpuUs: (own * 1e6) / received,
    pgCpuUs: (pgSeconds * 1e6) / received,
  };
}

const results: Result[] = [];
console.log(
  `connector bench: ${connections} connections, ${payloadBytes}-byte payloads, ${seconds} s per case, batches of ${batchSize}, node ${process.version}`,
);
const modesOf = (backend: string): Array<'send' | 'batch'> => (['send', 'batch'] as const).filter((m) => cases.includes(m === 'send' ? backend : `${backend}-batch`));
const label = (mode: 'send' | 'batch') => (mode === 'send' ? 'send, 1 in flight' : `sendBatch of ${batchSize}, ${batchSize} in flight`);

for (const sync of ['FULL', 'NORMAL'] as const) {
  const modes = modesOf(`sqlite-${sync.toLowerCase()}`);
  if (modes.length === 0) continue;
  const dir = mkdtempSync(join(tmpdir(), 'connector-bench-'));
  const proc = await startConnector(join(dir, 'bench.sqlite'), ['--sqlite-synchronous', sync]);
  try {
    for (const mode of modes) results.push(await run(`SQLite (synchronous=${sync}), 1 process, ${label(mode)}`, mode, [proc], proc.url, proc.url));
  } finally {
    await stop([proc]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const pgModes = modesOf('pg');
if (pgModes.length > 0) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  let reachable = true;
  try {
    await admin.connect();
  } catch {
    reachable = false;
    console.warn(`PostgreSQL unreachable at ${pgUrl}: PostgreSQL cases skipped`);
  }
  if (reachable) {
    const a = await startConnector(pgUrl, ['--pg-schema', schema]);
    const b = await startConnector(pgUrl, ['--pg-schema', schema]);
    try {
      for (const mode of pgModes) results.push(await run(`PostgreSQL, 2 processes (send via A, WebSocket on B), ${label(mode)}`, mode, [a, b], a.url, b.url, true));
    } finally {
      await stop([a, b]);
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  }
}

console.log('');
console.log('| case | delivered | lost | refused | msgs/s | p50 ms | p99 ms | connector CPU µs/msg | PostgreSQL CPU µs/msg | load generator CPU µs/msg |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const us = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.delivered} | ${r.lost} | ${r.refused} | ${r.msgsPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${us(r.connectorCpuUs)} | ${us(r.pgCpuUs)} | ${us(r.clientCpuUs)} |`,
  );
}
process.exit(0);
