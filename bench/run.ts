/**
 * `npm run bench [-- --quick] [-- --json] [-- --report]`: every benchmark case in one process
 * tree, with ratios against the baselines measured in the same run, and the DESIGN §5 targets.
 *
 *   - micro cases in this process: record layer against a bare baseline, Veramo DIDComm, X3DH;
 *   - end-to-end (bench/e2e.ts): a connector process and two Veramo agents, each agent in a
 *     process of its own (as deployed) and then both in this process, on SQLite and PostgreSQL:
 *     invitation -> session, send -> receive for 1 and 100 connections (closed loop), and at a
 *     fixed offered rate (2,000 msgs/s on SQLite, 1,000 on PostgreSQL);
 *   - connector alone (bench/connector.ts): 1,000 connections, two connector processes sharing
 *     PostgreSQL, `send` and `sendBatch`;
 *   - memory: connector RSS per idle WebSocket, peak RSS of this process and of every connector
 *     process;
 *   - abuse (bench/abuse.ts): honest connections next to one abusive participant (never-reading
 *     socket fan-out with 1 MiB pushes, an ack flood, a forged-request flood), against the same
 *     honest load alone.
 * PostgreSQL cases are skipped with a notice when no server answers (CONNECTOR_TEST_PG_URL,
 * default postgres://postgres@127.0.0.1:5432/test). `--quick` runs every case briefly (a smoke
 * test: figures are indicative only); `--json` writes everything to bench/results/; `--report`
 * rewrites docs/benchmarks.md below its marker and docs/bench-throughput.svg.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { throughputChart } from './chart.js';
import { abuseReport, abuseRun } from './abuse.js';
import { connectorCases, idleSocketMemory, type ConnectorResult } from './connector.js';
import { didcommCases } from './didcomm.js';
import { e2eRun, type E2EResult } from './e2e.js';
import { handshakeCases } from './handshake.js';
import { FULL, fmt, printTable, QUICK, TABLE_HEAD, tableRows, type CaseResult } from './harness.js';
import { mib, ownPeakRssBytes, type ProcessPeak } from './proc.js';
import { recordLayerCases } from './record-layer.js';
import { etampCases } from './etamp.js';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const mode = quick ? 'quick' : 'full';
const opts = quick ? QUICK : FULL;
const pgUrl = process.env.CONNECTOR_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The process-level cases: how long and how often. */
const PROC = quick
  ? { reps: 1, e2eSeconds: 1, e2eConnections: 20, handshakes: 10, connectorSeconds: 1, connectorWarmup: 1, idleReps: 1 }
  : { reps: 3, e2eSeconds: 5, e2eConnections: 100, handshakes: 40, connectorSeconds: 5, connectorWarmup: 2, idleReps: 3 };
const CONNECTOR_CONNECTIONS = 1000;
const IDLE_SOCKETS = 1000;
const TARGET_RATE = 2000;
/** Offered load of the PostgreSQL fixed-rate cases (the pipeline target: p99 < 250 ms at it). */
const PG_TARGET_RATE = 1000;

const started = Date.now();
const load0 = loadavg();
const results: CaseResult[] = [];
const processes: ProcessPeak[] = [];
const skipped: string[] = [];
const phase = (what: string) => console.log(`\n[${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);
const ownPeak = (after: string) => processes.push({ process: `bench process (this one) after ${after}`, pid: process.pid, peakRssBytes: ownPeakRssBytes() });

console.log(`connector-e2e bench (${mode}), node ${process.version}, ${cpus().length} CPUs, load average ${load0.map((l) => l.toFixed(2)).join(' ')}`);

// ---- micro cases ----
phase('micro cases: record layer, Veramo DIDComm, X3DH');
results.push(...(await recordLayerCases(opts)));
results.push(...(await etampCases(opts)));
results.push(...(await didcommCases(opts)));
results.push(...(await handshakeCases(opts)));
ownPeak('the micro cases');

// ---- end to end ----
phase(`end to end: connector process + two agents, SQLite and PostgreSQL (${PROC.reps} repetition${PROC.reps > 1 ? 's' : ''} per case)`);
const e2e = await e2eRun({
  quick,
  seconds: PROC.e2eSeconds,
  messages: Infinity,
  connections: PROC.e2eConnections,
  handshakes: PROC.handshakes,
  reps: PROC.reps,
  window: 128,
  rate: TARGET_RATE,
  pgRate: PG_TARGET_RATE,
  pgUrl,
  backends: ['sqlite', 'postgres'],
  placements: ['processes', 'in-process'],
});
processes.push(...e2e.processes);
skipped.push(...e2e.skipped);
ownPeak('the end-to-end cases (agents in this process)');
const backendName = (b: string) => (b === 'sqlite' ? 'SQLite' : 'PostgreSQL');
const e2eGroup = (r: Pick<E2EResult, 'backend' | 'placement'>) => `end to end (${backendName(r.backend)}, ${r.placement === 'processes' ? 'agents in own processes' : 'agents in the bench process'})`;
const e2eRow = (r: E2EResult): CaseResult => ({
  group: e2eGroup(r),
  name: r.case,
  unit: r.unit,
  median: r.value,
  min: r.min,
  max: r.max,
  reps: r.reps,
  p50: r.p50,
  p99: r.p99,
  note: [
    r.kind === 'handshake' ? `${r.samples} handshakes` : `${r.samples} msgs`,
    r.lost !== undefined ? `${r.lost} lost` : '',
    r.keptUp === false ? 'fell behind the offered load' : '',
  ]
    .filter(Boolean)
    .join(', '),
});
results.push(...e2e.results.map(e2eRow));

// ---- connector alone ----
phase(`connector alone: ${CONNECTOR_CONNECTIONS.toLocaleString('en-US')} connections, 2 processes sharing PostgreSQL`);
const connector = await connectorCases({
  cases: ['pg', 'pg-batch'],
  connections: CONNECTOR_CONNECTIONS,
  seconds: PROC.connectorSeconds,
  reps: PROC.reps,
  warmupSeconds: PROC.connectorWarmup,
  pgUrl,
});
processes.push(...connector.processes);
skipped.push(...connector.skipped);
const us = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '-');
const connectorRow = (r: ConnectorResult): CaseResult => ({
  group: 'connector alone (PostgreSQL, 2 processes)',
  name: `${CONNECTOR_CONNECTIONS.toLocaleString('en-US')} connections, ${r.case === 'pg' ? 'send, 1 in flight each' : 'sendBatch of 16, 16 in flight each'}`,
  unit: 'msgs/s',
  median: r.msgsPerSecond,
  min: r.min,
  max: r.max,
  reps: r.perRep.length,
  p50: r.p50,
  p99: r.p99,
  note: `${r.delivered} delivered, ${r.lost} lost, ${r.refused} refused${r.failed ? `, ${r.failed} requests failed (timeouts)` : ''}; CPU µs/msg: connectors ${us(r.connectorCpuUs)}, PostgreSQL ${us(r.pgCpuUs)}`,
});
results.push(...connector.results.map(connectorRow));

// ---- memory ----
phase(`memory: ${IDLE_SOCKETS.toLocaleString('en-US')} idle WebSockets on one connector process`);
const idle = await idleSocketMemory({ sockets: IDLE_SOCKETS, reps: PROC.idleReps });
processes.push(...idle.processes);
const kib = (xs: number[]) => xs.map((b) => b / 1024);
const sortedMedian = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const idleKiB = kib(idle.perSocketBytes);
const heapKiB = kib(idle.heapPerSocketBytes);
results.push({
  group: 'memory',
  name: `connector RSS per idle WebSocket (${IDLE_SOCKETS.toLocaleString('en-US')} sockets, SQLite)`,
  unit: 'KiB',
  median: sortedMedian(idleKiB),
  min: Math.min(...idleKiB),
  max: Math.max(...idleKiB),
  reps: idleKiB.length,
  note: `JS heap ${fmt(sortedMedian(heapKiB))} KiB of it; RSS ${fmt(mib(sortedMedian(idle.rssBefore)))} -> ${fmt(mib(sortedMedian(idle.rssAfter)))} MiB`,
});
// ---- abuse ----
phase('abuse: honest connections alone, then next to one abusive participant (SQLite)');
const abused = await abuseRun(quick ? { connections: 20, seconds: 2, sockets: 200, fanOutParticipants: 4 } : { seconds: PROC.connectorSeconds });
for (const line of abuseReport(abused)) console.log(line);
processes.push(...abused.processes);
for (const [label, f] of [['honest load alone', abused.baseline], ['honest load next to one abuser', abused.abused]] as const) {
  results.push({
    group: 'abuse (SQLite)',
    name: `${abused.options.connections} connections, send, 1 in flight each: ${label}`,
    unit: 'msgs/s',
    median: f.msgsPerSecond,
    min: f.msgsPerSecond,
    max: f.msgsPerSecond,
    reps: 1,
    p50: f.p50,
    p99: f.p99,
    note: `${f.lost} lost, ${f.failed} failed sends; connector peak RSS ${fmt(mib(f.peakRssBytes))} MiB (outbound budget ${abused.options.budgetMiB} MiB)`,
  });
}

ownPeak('every case');
for (const p of processes) results.push({ group: 'peak RSS', name: p.process, unit: 'MiB', median: mib(p.peakRssBytes), min: mib(p.peakRssBytes), max: mib(p.peakRssBytes), reps: 1 });

// ---- table ----
const find = (group: string, bytes?: number) => results.find((r) => r.group === group && (bytes === undefined || r.bytesPerOp === bytes));
/** An end-to-end result; targets are read off the deployed placement (each agent in its own process). */
const e2eFind = (backend: string, kind: E2EResult['kind'], connections?: number, placement: E2EResult['placement'] = 'processes') =>
  e2e.results.find((r) => r.backend === backend && r.placement === placement && r.kind === kind && (connections === undefined || r.connections === connections));
const rowOf = (r: E2EResult | undefined) => (r ? results.find((x) => x.group === e2eGroup(r) && x.name === r.case) : undefined);
const dc1k = results.find((r) => r.name === 'authcrypt pack+unpack 1024');
const rlNode = (bytes?: number) => find('record layer (node)', bytes);
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
const times = (a: number, b: number) => `${a / b >= 10 ? (a / b).toFixed(0) : (a / b).toFixed(1)}x`;

function ratioOf(r: CaseResult): string {
  if (r.group.startsWith('record layer')) {
    const b = find('baseline', r.bytesPerOp);
    return b ? `${pct(r.median, b.median)} of baseline` : '';
  }
  if (r.group === 'Veramo DIDComm v2') {
    const ours = rlNode(r.bytesPerOp);
    return ours ? `record layer (node) ${times(ours.median, r.median)} faster` : '';
  }
  if (r.group === 'X3DH (noble)') {
    const node = find('X3DH (node)');
    return node ? `${pct(r.median, node.median)} of node` : '';
  }
  const e = e2e.results.find((x) => rowOf(x) === r);
  if (e) {
    if (e.placement === 'in-process') {
      const own = rowOf(e2eFind(e.backend, e.kind, e.connections, 'processes'));
      if (own) return e.kind === 'handshake' ? `${times(r.median, own.median)} the own-processes time` : `${pct(r.median, own.median)} of own processes`;
    }
    if (e.backend === 'postgres') {
      const s = rowOf(e2eFind('sqlite', e.kind, e.connections, e.placement));
      if (s) return e.kind === 'handshake' ? `${times(r.median, s.median)} the SQLite time` : `${pct(r.median, s.median)} of SQLite`;
    }
    if (e.kind === 'rate' && e.offered) return `${pct(r.median, e.offered)} of offered`;
    if (e.kind === 'throughput' && e.connections === 1 && dc1k) return `${times(r.median, dc1k.median)} DIDComm authcrypt 1 KiB`;
    if (e.kind === 'throughput' && e.connections !== 1) {
      const one = rowOf(e2eFind(e.backend, 'throughput', 1, e.placement));
      if (one) return `${pct(r.median, one.median)} of 1 connection`;
    }
    return '';
  }
  if (r.group === 'abuse (SQLite)' && r.name.endsWith('next to one abuser')) {
    const alone = results.find((x) => x.group === r.group && x.name.endsWith('honest load alone'));
    return alone && alone.p99 !== undefined && r.p99 !== undefined ? `p99 ${times(r.p99, alone.p99)} alone` : '';
  }
  if (r.group.startsWith('connector alone') && r.name.includes('sendBatch')) {
    const send = results.find((x) => x.group === r.group && x.name.includes(', send,'));
    return send ? `${times(r.median, send.median)} send` : '';
  }
  return '';
}

console.log('');
printTable(results, ratioOf);
for (const s of skipped) console.log(`skipped: ${s}`);

// ---- targets (DESIGN §5) ----
interface Target {
  what: string;
  met: boolean | undefined;
  value: string;
}
const targets: Target[] = [];
{
  const rl1k = rlNode(1024);
  const base1k = find('baseline', 1024);
  const pastCache1k = results.find((r) => r.group === 'record layer (node)' && r.bytesPerOp === 1024 && r.name.includes('past the IV cache'));
  const rl64k = rlNode(65536);
  const hs = find('X3DH (node)');
  targets.push({
    what: 'record layer 1 KiB (node) >= 80% of the bare baseline',
    met: rl1k && base1k ? rl1k.median >= 0.8 * base1k.median : undefined,
    value: rl1k && base1k ? `${pct(rl1k.median, base1k.median)} (${fmt(rl1k.median)} vs ${fmt(base1k.median)} ops/s)${pastCache1k ? `; with counters past the IV cache ${pct(pastCache1k.median, base1k.median)}` : ''}` : 'n/a',
  });
  targets.push({
    what: 'record layer 1 KiB (node) >= 300x Veramo DIDComm authcrypt',
    met: rl1k && dc1k ? rl1k.median >= 300 * dc1k.median : undefined,
    value: rl1k && dc1k ? `${times(rl1k.median, dc1k.median)} (${fmt(rl1k.median)} vs ${fmt(dc1k.median)} ops/s)` : 'n/a',
  });
  targets.push({
    what: 'record layer 64 KiB (node) >= 500 MB/s',
    met: rl64k ? (rl64k.median * 65536) / 1e6 >= 500 : undefined,
    value: rl64k ? `${((rl64k.median * 65536) / 1e6).toFixed(0)} MB/s` : 'n/a',
  });
  targets.push({ what: 'X3DH both sides (node) >= 1,500 handshakes/s', met: hs ? hs.median >= 1500 : undefined, value: hs ? `${hs.median.toFixed(0)}/s` : 'n/a' });

  // Sustained 2,000 msgs/s with p99 < 50 ms: the fixed-rate cases (2,000 msgs/s offered), for 1
  // and for N connections; both must keep up with p99 under 50 ms and lose nothing.
  const rate = [1, PROC.e2eConnections].map((n) => e2eFind('sqlite', 'rate', n)).filter((r): r is E2EResult => r !== undefined);
  const closed = [1, PROC.e2eConnections].map((n) => e2eFind('sqlite', 'throughput', n)).filter((r): r is E2EResult => r !== undefined);
  targets.push({
    what: `plugin send -> connector -> receive, SQLite: ${TARGET_RATE.toLocaleString('en-US')} msgs/s sustained with p99 < 50 ms (1 and ${PROC.e2eConnections} connections)`,
    met: rate.length === 2 ? rate.every((r) => r.keptUp === true && r.p99 < 50 && r.lost === 0) : undefined,
    value:
      rate.length === 0
        ? 'n/a'
        : `at ${TARGET_RATE.toLocaleString('en-US')} offered: ${rate.map((r) => `${r.connections} conn. ${r.value.toFixed(0)} msgs/s delivered, p99 ${r.p99.toFixed(0)} ms`).join('; ')}` +
          (closed.length ? `; closed-loop most: ${closed.map((r) => `${r.connections} conn. ${r.value.toFixed(0)} msgs/s`).join(', ')}` : ''),
  });
  const hsS = e2eFind('sqlite', 'handshake');
  const hsP = e2eFind('postgres', 'handshake');
  targets.push({
    what: 'invitation -> established session over a loopback connector, p50 < 50 ms (SQLite)',
    met: hsS ? hsS.value < 50 : undefined,
    value: hsS ? `p50 ${hsS.value.toFixed(0)} ms (p99 ${hsS.p99.toFixed(0)} ms)${hsP ? `; PostgreSQL p50 ${hsP.value.toFixed(0)} ms` : ''}` : 'n/a',
  });
  // The plugin pipeline targets, agents each in its own process (in-process figures beside them).
  const closedS1 = e2eFind('sqlite', 'throughput', 1);
  const closedSN = e2eFind('sqlite', 'throughput', PROC.e2eConnections);
  const closedPN = e2eFind('postgres', 'throughput', PROC.e2eConnections);
  const rateP = [1, PROC.e2eConnections].map((n) => e2eFind('postgres', 'rate', n)).filter((r): r is E2EResult => r !== undefined);
  targets.push({
    what: `pipeline, SQLite, agents in own processes: >= 4,000 msgs/s closed loop on 1 connection and >= 3,000 on ${PROC.e2eConnections}`,
    met: closedS1 && closedSN ? closedS1.value >= 4000 && closedSN.value >= 3000 : undefined,
    value: closedS1 && closedSN ? `${closedS1.value.toFixed(0)} and ${closedSN.value.toFixed(0)} msgs/s` : 'n/a',
  });
  targets.push({
    what: `pipeline, PostgreSQL, agents in own processes: >= 1,500 msgs/s on ${PROC.e2eConnections} connections, p99 < 250 ms at ${PG_TARGET_RATE.toLocaleString('en-US')} msgs/s offered`,
    met: closedPN && rateP.length === 2 ? closedPN.value >= 1500 && rateP.every((r) => r.keptUp === true && r.p99 < 250 && r.lost === 0) : undefined,
    value: closedPN ? `${closedPN.value.toFixed(0)} msgs/s closed loop; at ${PG_TARGET_RATE.toLocaleString('en-US')} offered: ${rateP.map((r) => `${r.connections} conn. ${r.value.toFixed(0)} msgs/s, p99 ${r.p99.toFixed(0)} ms`).join('; ')}` : 'not measured (no PostgreSQL server)',
  });
  targets.push({
    what: 'pipeline, invitation -> established session, agents in own processes: p50 < 40 ms (SQLite), < 60 ms (PostgreSQL)',
    met: hsS && hsP ? hsS.value < 40 && hsP.value < 60 : undefined,
    value: hsS ? `SQLite p50 ${hsS.value.toFixed(0)} ms${hsP ? `, PostgreSQL p50 ${hsP.value.toFixed(0)} ms` : ''}` : 'n/a',
  });
  const batch = connector.results.find((r) => r.case === 'pg-batch');
  const send = connector.results.find((r) => r.case === 'pg');
  targets.push({
    what: `connector alone, ${CONNECTOR_CONNECTIONS.toLocaleString('en-US')} connections, PostgreSQL, 2 processes: >= 5,000 msgs/s delivered, 0 lost (sendBatch, as the plugin sends)`,
    met: batch ? batch.msgsPerSecond >= 5000 && batch.lost === 0 : undefined,
    value: batch
      ? `${batch.msgsPerSecond.toFixed(0)} msgs/s, ${batch.lost} lost${send ? `; one message per request (send): ${send.msgsPerSecond.toFixed(0)} msgs/s, ${send.lost} lost` : ''}`
      : 'not measured (no PostgreSQL server)',
  });
}
const status = (t: Target) => (t.met === undefined ? 'not measured' : t.met ? 'met' : 'NOT MET');
console.log(`\ntargets (DESIGN §5)${quick ? ' - quick mode: indicative only' : ''}`);
for (const t of targets) console.log(`  ${status(t).padEnd(12)} ${t.what}: ${t.value}`);

const seconds = (Date.now() - started) / 1000;
const load1 = loadavg();
console.log(`\n${mode} run took ${seconds.toFixed(0)} s; load average at the end ${load1.map((l) => l.toFixed(2)).join(' ')}`);

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'cpu', memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverageStart: load0, loadAverageEnd: load1 };

if (args.has('--json')) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ node: process.version, date: new Date().toISOString(), mode, seconds, machine, results, targets, e2e, connector, idle, abuse: abused, processes, skipped }, null, 2),
  );
  console.log(`wrote ${file}`);
}

if (args.has('--report')) {
  // docs/benchmarks.md keeps its hand-written head; everything after the marker is this run's.
  const docs = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
  writeFileSync(join(docs, 'bench-throughput.svg'), `${throughputChart(results, ['baseline', 'record layer (node)', 'record layer (noble)', 'Veramo DIDComm v2'])}\n`);
  const mdFile = join(docs, 'benchmarks.md');
  const marker = '<!-- generated by npm run bench -- --report; do not edit below -->';
  const head = existsSync(mdFile) ? readFileSync(mdFile, 'utf8').split(marker)[0]! : '# Benchmarks\n\n';
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const body = [
    marker,
    '',
    `Latest run: ${new Date().toISOString().slice(0, 16)}Z, ${mode} mode, ${seconds.toFixed(0)} s, node ${process.version}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB; ` +
      `load average ${load0[0]!.toFixed(1)} at the start, ${load1[0]!.toFixed(1)} at the end.`,
    '',
    `| ${TABLE_HEAD.join(' | ')} |`,
    `|${TABLE_HEAD.map(() => '---').join('|')}|`,
    ...tableRows(results, ratioOf).map((cells) => `| ${cells.map(cell).join(' | ')} |`),
    '',
    ...(skipped.length ? [...skipped.map((s) => `Skipped: ${s}.`), ''] : []),
    '| target (DESIGN §5) | status | measured |',
    '|---|---|---|',
    ...targets.map((t) => `| ${cell(t.what)} | ${t.met === undefined ? 'not measured' : t.met ? 'met' : '**not met**'} | ${cell(t.value)} |`),
    '',
    '![throughput against message size](bench-throughput.svg)',
    '',
  ];
  writeFileSync(mdFile, head + body.join('\n'));
  console.log('wrote docs/benchmarks.md and docs/bench-throughput.svg');
}
process.exit(0);
