/**
 * Abuse benchmark (not a test): what one abusive participant costs honest ones.
 *
 *   npm run bench:abuse [-- --seconds 10] [-- --connections 100] [-- --sockets 2000]
 *                       [-- --attacks fan-out,ack-flood,forged-flood] [-- --budget-mib 64]
 *
 * Two runs on fresh connector processes (SQLite, synchronous=NORMAL, the default limits except
 * registrations, see below and `--budget-mib`), each with `--connections` honest connections
 * in a closed loop (send, then wait for the WebSocket push; one message in flight each):
 *   - baseline: the honest load alone;
 *   - abused: the same, while one abuser (from other loopback addresses, 127.0.0.2 for its
 *     sockets and 127.0.0.3 for its forged requests, so the per-address limits see it apart
 *     from the honest clients, and its forged flood does not shut out its own sockets) at once
 *       - fans out: sends four 1 MiB messages to each of a handful of its participants
 *         (`--fan-out-participants`), then opens `--sockets` WebSockets for them that never
 *         read (each new socket is pushed that whole backlog);
 *       - floods acks: a reading socket sends ack frames of 1,000 refs as fast as it can and
 *         reconnects whenever it is closed;
 *       - floods forged requests: requests with well-formed auth headers and a wrong signature,
 *         32 in flight.
 * The abuser runs in a process of its own (this file with `--abuser-url`), so its load
 * generation does not delay the honest clients' event loop, at the lowest CPU priority (an
 * attacker's CPU is not the service's); it registers before the measured window and attacks
 * during it. On a small machine it still competes with the
 * connector and the honest clients for CPU.
 * Reported: the honest throughput, p50 and p99 of both runs and their ratios, the connector's
 * peak RSS in both runs against its outbound budget, and what the abuser got (closes by
 * reason, answers to forged requests). Registrations are opened up (every honest client
 * registers from 127.0.0.1); everything else is the connector's defaults.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { setPriority } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { ConnectorClient, createParticipantKey, type Subscription } from '@connector-e2e/connector-client';
import { connector_e2e } from '@connector-e2e/protocol';
import { repoRoot, SOURCE_NODE_ARGS, spawnConnector, type ConnectorProcess } from '../test/kit/connector-process.js';
import { cpuSeconds, mib, peakRssBytes, type ProcessPeak } from './proc.js';

const api = connector_e2e.connector.v1;
/** The abuser's addresses: its sockets and acks come from one, its forged requests from another. */
const ABUSER_ADDRESS = '127.0.0.2';
const FORGER_ADDRESS = '127.0.0.3';
const METRICS_TOKEN = 'bench-metrics';

export interface AbuseBenchOptions {
  connections: number;
  seconds: number;
  /** Never-reading WebSockets the abuser opens. */
  sockets: number;
  /** Participants the abuser spreads them over. */
  fanOutParticipants: number;
  /** --ws-outbound-budget-bytes of the connector, MiB. */
  budgetMiB: number;
  /** Which attacks the abuser runs (all by default; one at a time shows what each costs). */
  attacks: readonly Attack[];
}

export const ATTACKS = ['fan-out', 'ack-flood', 'forged-flood'] as const;
export type Attack = (typeof ATTACKS)[number];

export const ABUSE_DEFAULTS: AbuseBenchOptions = { connections: 100, seconds: 10, sockets: 2000, fanOutParticipants: 10, budgetMiB: 64, attacks: ATTACKS };

export interface HonestFigures {
  msgsPerSecond: number;
  delivered: number;
  lost: number;
  failed: number;
  p50: number;
  p99: number;
  /** p99 of the send request alone (answered after the commit), ms. */
  sendP99: number;
  peakRssBytes: number;
  /** CPU seconds of the connector process over the run (setup included). */
  connectorCpuSeconds: number;
  /** The connector's longest event-loop stall and its p99 (Node's default metrics), ms. */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
}

export interface AbuseResult {
  options: AbuseBenchOptions;
  baseline: HonestFigures;
  abused: HonestFigures;
  /** What the abuser got. */
  abuser: { cpuSeconds?: number; socketsOpened: number; socketsRefused: number; closes: Record<string, number>; forged: Record<string, number>; ackFrames: number; bigMessagesStored: number; bigMessagesRefused: number };
  /** The connector's own counters after the abused run. */
  connectorCounters: string[];
  processes: ProcessPeak[];
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function honestPair(url: string): Promise<{ issuer: ConnectorClient; holder: ConnectorClient; connectionId: string }> {
  const issuer = new ConnectorClient({ url, key: createParticipantKey() });
  const holder = new ConnectorClient({ url, key: createParticipantKey() });
  await issuer.register();
  await holder.register();
  const [grant] = await issuer.createTokens();
  const { connectionId } = await holder.acceptToken(grant!.token);
  await issuer.ack((await issuer.fetch()).items);
  return { issuer, holder, connectionId };
}

async function startConnector(budgetMiB: number): Promise<{ proc: ConnectorProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'connector-abuse-'));
  const proc = await spawnConnector(
    { url: join(dir, 'abuse.sqlite') },
    ['--sqlite-synchronous', 'NORMAL', '--registrations-per-minute', '100000', '--registration-burst', '100000', '--ws-outbound-budget-bytes', String(budgetMiB * 1024 * 1024), '--metrics-token', METRICS_TOKEN],
    0,
    { keepOutput: false },
  );
  return { proc, dir };
}

/** The honest closed loop for `seconds`; `during` runs alongside and is stopped by the returned signal. */
async function honestRun(url: string, o: AbuseBenchOptions, abuser: Abuser | undefined): Promise<Omit<HonestFigures, 'peakRssBytes' | 'connectorCpuSeconds' | 'eventLoopMaxMs' | 'eventLoopP99Ms'>> {
  const pairs: Array<Awaited<ReturnType<typeof honestPair>>> = [];
  while (pairs.length < o.connections) pairs.push(...(await Promise.all(Array.from({ length: Math.min(25, o.connections - pairs.length) }, () => honestPair(url)))));
  const waiting = new Map<string, () => void>();
  const subs: Subscription[] = pairs.map((p) => p.holder.subscribe({ pollIntervalMs: 60_000, onError: () => undefined, onMessage: (d) => waiting.get(d.messageId)?.() }));
  while (!subs.every((s) => s.connected)) await new Promise((r) => setTimeout(r, 20));
  const latencies: number[] = [];
  const sendLatencies: number[] = [];
  let sent = 0;
  let failed = 0;
  await abuser?.ready;
  abuser?.go();
  const payload = randomBytes(1024);
  const t0 = performance.now();
  const stopAt = t0 + o.seconds * 1000;
  await Promise.all(
    pairs.map(async (p, c) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        const messageId = `h-${c}-${i}`;
        const arrived = new Promise<void>((r) => waiting.set(messageId, r));
        const start = performance.now();
        try {
          await p.issuer.send({ connectionId: p.connectionId, messageId, payload });
          sendLatencies.push(performance.now() - start);
        } catch {
          failed++;
          waiting.delete(messageId);
          continue;
        }
        sent++;
        const ok = await Promise.race([arrived.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 30_000).unref())]);
        waiting.delete(messageId);
        if (ok) latencies.push(performance.now() - start);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  await Promise.all(subs.map((s) => s.close()));
  latencies.sort((a, b) => a - b);
  sendLatencies.sort((a, b) => a - b);
  return { msgsPerSecond: latencies.length / elapsed, delivered: latencies.length, lost: sent - latencies.length, failed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), sendP99: percentile(sendLatencies, 99) };
}

type Tally = AbuseResult['abuser'];

/**
 * The abuser (in its own process): registers its participants, then on `go` sends large
 * messages, opens never-reading sockets for them, and floods acks and forged requests until
 * `stop.stopped`.
 */
async function abuse(url: string, o: AbuseBenchOptions, stop: { stopped: boolean }, tally: Tally, ready: () => void, go: Promise<void>): Promise<void> {
  const wsUrl = `${url.replace(/^http/, 'ws')}/v1/ws`;
  const opened: WebSocket[] = [];
  const countClose = (code: number, reason: Buffer) => {
    const key = `${code}${reason.length ? ` ${reason.toString()}` : ''}`;
    tally.closes[key] = (tally.closes[key] ?? 0) + 1;
  };
  const openSocket = (client: ConnectorClient, read: boolean): Promise<WebSocket | undefined> =>
    new Promise((resolve) => {
      const ws = new WebSocket(wsUrl, { headers: client.socketRequest().headers, localAddress: ABUSER_ADDRESS });
      ws.on('error', () => resolve(undefined));
      ws.on('unexpected-response', () => {
        tally.socketsRefused++;
        ws.terminate();
        resolve(undefined);
      });
      ws.on('close', countClose);
      ws.on('open', () => {
        tally.socketsOpened++;
        opened.push(ws);
        if (!read) {
          const raw = (ws as unknown as { _socket: import('node:net').Socket })._socket;
          raw.pause();
          raw.removeAllListeners('data');
        }
        resolve(ws);
      });
    });

  // fan-out: pairs whose holders never read, and 1 MiB messages to them
  const fans = await Promise.all(Array.from({ length: o.fanOutParticipants }, () => honestPair(url)));
  const big = randomBytes(1024 * 1024);
  const flooder = await honestPair(url);
  ready();
  await go;
  // 4 MiB of backlog per fan participant, then its sockets: each new socket is pushed all of it
  const fanOut = (async () => {
    if (!o.attacks.includes('fan-out')) return;
    await Promise.all(
      fans.map(async (f, n) => {
        for (let k = 0; k < 4; k++) {
          await f.issuer.send({ connectionId: f.connectionId, messageId: `big-${n}-${k}`, payload: big }).then(
            () => void tally.bigMessagesStored++,
            () => void tally.bigMessagesRefused++,
          );
        }
      }),
    );
    for (let i = 0; i < o.sockets && !stop.stopped; i += 50) {
      await Promise.all(Array.from({ length: Math.min(50, o.sockets - i) }, (_, k) => openSocket(fans[(i + k) % fans.length]!.holder, false)));
    }
  })();

  // ack flood: ack frames of 1,000 refs as fast as the socket takes them; reconnect when closed
  const refs = Array.from({ length: 1000 }, (_, i) => ({ connectionId: flooder.connectionId, messageId: `nothing-${i}` }));
  const ackFrame = Buffer.from(api.ClientFrame.encode({ ack: { refs } }).finish());
  const ackFlood = (async () => {
    while (!stop.stopped && o.attacks.includes('ack-flood')) {
      const ws = await openSocket(flooder.holder, true);
      if (!ws) {
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      while (!stop.stopped && ws.readyState === WebSocket.OPEN) {
        if (ws.bufferedAmount < 1024 * 1024) {
          ws.send(ackFrame);
          tally.ackFrames++;
        }
        await new Promise((r) => setImmediate(r));
      }
      ws.terminate();
    }
  })();

  // forged flood: a signature for another request, from the abuser's second address
  const { headers } = flooder.issuer.socketRequest();
  const target = new URL(`${url}/v1/messages/fetch`);
  const forgedOnce = () =>
    new Promise<void>((resolve) => {
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { ...headers, 'content-length': '0' }, localAddress: FORGER_ADDRESS },
        (res) => {
          res.resume();
          res.on('end', () => {
            const k = String(res.statusCode);
            tally.forged[k] = (tally.forged[k] ?? 0) + 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        tally.forged.error = (tally.forged.error ?? 0) + 1;
        resolve();
      });
      req.end();
    });
  const forged = Promise.all(
    Array.from({ length: o.attacks.includes('forged-flood') ? 32 : 0 }, async () => {
      while (!stop.stopped) await forgedOnce();
    }),
  );

  await Promise.all([fanOut, ackFlood, forged]);
  for (const ws of opened) ws.terminate();
}

interface Abuser {
  /** Resolves once the abuser's sockets are open. */
  ready: Promise<void>;
  /** Starts the floods (for `seconds`). */
  go(): void;
  /** What the abuser got, once it finished. */
  tally: Promise<Tally>;
  child: ChildProcess;
}

function spawnAbuser(url: string, o: AbuseBenchOptions): Abuser {
  const args = [...SOURCE_NODE_ARGS, fileURLToPath(import.meta.url), '--abuser-url', url, '--seconds', String(o.seconds), '--sockets', String(o.sockets), '--fan-out-participants', String(o.fanOutParticipants), '--attacks', o.attacks.join(',')];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  // An attacker's CPU is not the service's: at the lowest priority the abuser's own load
  // generation does not slow the honest clients and the connector on a small machine.
  try {
    setPriority(child.pid!, 19);
  } catch {
    // not allowed here: the figures then include the abuser's competition for CPU
  }
  const lines = createInterface({ input: child.stdout! });
  let onReady: () => void = () => undefined;
  let onTally: (t: Tally) => void = () => undefined;
  const ready = new Promise<void>((r) => (onReady = r));
  const tally = new Promise<Tally>((r) => (onTally = r));
  lines.on('line', (line) => {
    const msg = JSON.parse(line) as { ready?: true; tally?: Tally };
    if (msg.ready) onReady();
    if (msg.tally) onTally(msg.tally);
  });
  return { ready, go: () => child.stdin!.write('go\n'), tally, child };
}

/** The abuser process: `--abuser-url <connector>`; prints {"ready":true}, waits for "go", prints {"tally":...}. */
async function abuserMain(url: string, o: AbuseBenchOptions): Promise<void> {
  const tally: Tally = { socketsOpened: 0, socketsRefused: 0, closes: {}, forged: {}, ackFrames: 0, bigMessagesStored: 0, bigMessagesRefused: 0 };
  const stop = { stopped: false };
  const go = new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
  void go.then(() => setTimeout(() => (stop.stopped = true), o.seconds * 1000));
  await abuse(url, o, stop, tally, () => process.stdout.write(`${JSON.stringify({ ready: true })}\n`), go);
  // Measured here: the process may be gone before the parent could read its /proc entry.
  const cpu = process.cpuUsage();
  tally.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(`${JSON.stringify({ tally })}\n`);
}

async function scrape(url: string): Promise<{ counters: string[]; eventLoopMaxMs: number; eventLoopP99Ms: number }> {
  const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const gauge = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  const counters = text.split('\n').filter((l) => /^connector_(websockets_closed_total|requests_refused_total|websocket_outbound_bytes|websockets) /.test(l) || /^connector_(websockets_closed_total|requests_refused_total)\{/.test(l));
  return { counters, eventLoopMaxMs: gauge('nodejs_eventloop_lag_max_seconds'), eventLoopP99Ms: gauge('nodejs_eventloop_lag_p99_seconds') };
}

export async function abuseRun(options: Partial<AbuseBenchOptions> = {}): Promise<AbuseResult> {
  const o: AbuseBenchOptions = { ...ABUSE_DEFAULTS, ...options };
  const processes: ProcessPeak[] = [];
  let tally: Tally = { socketsOpened: 0, socketsRefused: 0, closes: {}, forged: {}, ackFrames: 0, bigMessagesStored: 0, bigMessagesRefused: 0 };
  let connectorCounters: string[] = [];
  const one = async (label: string, withAbuser: boolean): Promise<HonestFigures> => {
    const { proc, dir } = await startConnector(o.budgetMiB);
    try {
      const cpu0 = cpuSeconds(proc.child.pid);
      const abuser = withAbuser ? spawnAbuser(proc.url, o) : undefined;
      const figures = await honestRun(proc.url, o, abuser);
      const connectorCpuSeconds = cpuSeconds(proc.child.pid) - cpu0;
      if (abuser) {
        const exited = new Promise<void>((r) => abuser.child.once('exit', () => r()));
        tally = await abuser.tally; // carries the abuser's own CPU time
        if (abuser.child.exitCode === null) await exited;
      }
      const scraped = await scrape(proc.url);
      if (abuser) connectorCounters = scraped.counters;
      const peak = peakRssBytes(proc.child.pid);
      processes.push({ process: `connector (${label})`, pid: proc.child.pid, peakRssBytes: peak });
      return { ...figures, peakRssBytes: peak, connectorCpuSeconds, eventLoopMaxMs: scraped.eventLoopMaxMs, eventLoopP99Ms: scraped.eventLoopP99Ms };
    } finally {
      proc.child.kill('SIGTERM');
      if (proc.child.exitCode === null) await new Promise((r) => proc.child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const baseline = await one('abuse bench, honest load alone', false);
  const abused = await one('abuse bench, honest load and one abuser', true);
  return { options: o, baseline, abused, abuser: tally, connectorCounters, processes };
}

export function abuseReport(r: AbuseResult): string[] {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  const row = (name: string, f: HonestFigures) =>
    `| ${name} | ${f.msgsPerSecond.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.sendP99.toFixed(1)} | ${f.lost} | ${f.failed} | ${mib(f.peakRssBytes).toFixed(0)} | ${f.connectorCpuSeconds.toFixed(1)} | ${f.eventLoopP99Ms.toFixed(0)} / ${f.eventLoopMaxMs.toFixed(0)} |`;
  return [
    `abuse bench: ${r.options.connections} honest connections, ${r.options.seconds} s per run, outbound budget ${r.options.budgetMiB} MiB, attacks: ${r.options.attacks.join(', ')}`,
    '',
    '| run | honest msgs/s | p50 ms | p99 ms | send p99 ms | lost | failed sends | connector peak RSS MiB | connector CPU s | connector event-loop delay p99 / max ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    row('honest load alone', r.baseline),
    row('with one abuser', r.abused),
    `| ratio (abused / alone) | ${ratio(r.abused.msgsPerSecond, r.baseline.msgsPerSecond)} | ${ratio(r.abused.p50, r.baseline.p50)} | ${ratio(r.abused.p99, r.baseline.p99)} | ${ratio(r.abused.sendP99, r.baseline.sendP99)} | | | ${ratio(r.abused.peakRssBytes, r.baseline.peakRssBytes)} | ${ratio(r.abused.connectorCpuSeconds, r.baseline.connectorCpuSeconds)} | |`,
    '',
    `abuser (its own process, ${r.abuser.cpuSeconds?.toFixed(1) ?? '-'} CPU s): ${r.abuser.socketsOpened} sockets opened, ${r.abuser.socketsRefused} upgrades refused; closes ${JSON.stringify(r.abuser.closes)}; ` +
      `${r.abuser.ackFrames} ack frames of 1,000 refs sent; forged requests answered ${JSON.stringify(r.abuser.forged)}; ` +
      `1 MiB messages stored ${r.abuser.bigMessagesStored}, refused ${r.abuser.bigMessagesRefused}`,
    `connector counters after the abused run: ${r.connectorCounters.join('; ')}`,
    `connector peak RSS with the abuser: ${mib(r.abused.peakRssBytes).toFixed(0)} MiB, ${mib(r.abused.peakRssBytes - r.baseline.peakRssBytes).toFixed(0)} MiB above the run without it (outbound budget ${r.options.budgetMiB} MiB; ` +
      `glibc malloc: ${process.env.MALLOC_MMAP_THRESHOLD_ ? `MALLOC_MMAP_THRESHOLD_=${process.env.MALLOC_MMAP_THRESHOLD_}` : 'its dynamic mmap threshold (MALLOC_MMAP_THRESHOLD_ unset)'})`,
  ];
}

// ---- standalone CLI ----

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const opt = (name: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : fallback;
  };
  const d = ABUSE_DEFAULTS;
  const o: AbuseBenchOptions = {
    connections: opt('connections', d.connections),
    seconds: opt('seconds', d.seconds),
    sockets: opt('sockets', d.sockets),
    fanOutParticipants: opt('fan-out-participants', d.fanOutParticipants),
    budgetMiB: opt('budget-mib', d.budgetMiB),
    attacks: (argv.includes('--attacks') ? argv[argv.indexOf('--attacks') + 1]!.split(',') : d.attacks) as Attack[],
  };
  for (const a of o.attacks) if (!(ATTACKS as readonly string[]).includes(a)) throw new Error(`unknown attack ${a}; expected some of ${ATTACKS.join(', ')}`);
  const abuserUrl = argv.indexOf('--abuser-url');
  if (abuserUrl >= 0) {
    await abuserMain(argv[abuserUrl + 1]!, o);
  } else {
    for (const line of abuseReport(await abuseRun(o))) console.log(line);
  }
  process.exit(0);
}
