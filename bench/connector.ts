/**
 * Connector benchmark (not a test): delivered messages per second and delivery latency
 * (send start -> onMessage at the recipient) for N concurrent connections on loopback.
 *
 *   npm run bench:connector [-- --seconds 10] [-- --connections 100] [-- --pg postgres://...]
 *
 * Cases: SQLite (one connector process) and PostgreSQL with two connector processes
 * (senders talk to A, recipients hold their WebSocket on B, so every delivery crosses
 * LISTEN/NOTIFY). Each connection has one message in flight at a time (closed loop).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

interface Proc {
  url: string;
  child: ChildProcess;
}

async function startConnector(db: string, extra: string[] = []): Promise<Proc> {
  const child = spawn(
    process.execPath,
    ['--conditions=connector-e2e:source', '--import', 'tsx', cli, '--port', '0', '--host', '127.0.0.1', '--db', db, '--rate-limit', '1000000', '--rate-burst', '1000000', ...extra],
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

// A low log level still logs "connector listening" at info; re-read it at warn by starting at info.
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Result {
  name: string;
  delivered: number;
  lost: number;
  msgsPerSecond: number;
  p50: number;
  p99: number;
}

async function run(name: string, sendUrl: string, receiveUrl: string): Promise<Result> {
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
  let sent = 0;
  const stopAt = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    pairs.map(async (p, c) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        const messageId = `${c}-${i}`;
        const arrived = new Promise<void>((r) => waiting.set(messageId, r));
        sentAt.set(messageId, performance.now());
        await p.issuer.send({ connectionId: p.connectionId, messageId, payload });
        sent++;
        await Promise.race([arrived, new Promise((r) => setTimeout(r, 10_000))]);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  await Promise.all(subs.map((s) => s.close()));
  latencies.sort((a, b) => a - b);
  return { name, delivered: received, lost: sent - received, msgsPerSecond: received / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const results: Result[] = [];
console.log(`connector bench: ${connections} connections, ${payloadBytes}-byte payloads, ${seconds} s per case, node ${process.version}`);

for (const sync of ['FULL', 'NORMAL'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'connector-bench-'));
  const proc = await startConnector(join(dir, 'bench.sqlite'), ['--sqlite-synchronous', sync]);
  try {
    results.push(await run(`SQLite (synchronous=${sync}), 1 process`, proc.url, proc.url));
  } finally {
    proc.child.kill('SIGTERM');
    await new Promise((r) => proc.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

const schema = `bench_${randomBytes(4).toString('hex')}`;
let pgReachable = true;
const admin = new pg.Client({ connectionString: pgUrl });
try {
  await admin.connect();
} catch {
  pgReachable = false;
  console.warn(`PostgreSQL unreachable at ${pgUrl}: PostgreSQL case skipped`);
}
if (pgReachable) {
  const a = await startConnector(pgUrl, ['--pg-schema', schema]);
  const b = await startConnector(pgUrl, ['--pg-schema', schema]);
  try {
    results.push(await run('PostgreSQL, 2 processes (send via A, WebSocket on B)', a.url, b.url));
  } finally {
    for (const p of [a, b]) p.child.kill('SIGTERM');
    await Promise.all([a, b].map((p) => new Promise((r) => p.child.once('exit', r))));
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

console.log('');
console.log('| case | delivered | lost | msgs/s | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.name} | ${r.delivered} | ${r.lost} | ${r.msgsPerSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`);
}
process.exit(0);
