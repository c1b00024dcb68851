/**
 * The chaos harness: a connector, an issuer agent and a holder agent as real processes, a
 * hostile relay between the agents and the connector, and a fault schedule drawn from a seed
 * (kill -9 and restart of every process, WebSocket drops, relay attacks, database restores).
 * After the faults stop it lets everything drain, probes every connection, and computes the
 * figures of docs/reliability.md from what the agents logged.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { probePostgres, postgresBackend, type DbTarget } from '../../packages/connector/test/helpers/backends.js';
import { RelayProxy } from '../../packages/veramo-plugin/test/relay-proxy.js';
import { postgresAgentStore, sqliteAgentStore, sqliteFault, sqliteFiles, type AgentStore } from './agent-store.js';
import { markerOf } from './bodies.js';
import { HostileRelay, type RelayStats } from './hostile.js';
import { forgedOrReflected, Ledger, percentile, processedTwice, recoveryTimes, rolledBackSends, type RestoreRecord } from './ledger.js';
import { installPgWriteFaults, lockPgTable, PrivatePostgres, setPgWriteFaultRate } from './postgres-server.js';
import { freePort, startAgentProcess, startConnectorProcess, waitEvent, type AgentProcess, type Running } from './processes.js';
import { describeFault, makeSchedule, summarize, type Agent, type Fault, type ScheduleShape } from './schedule.js';
import { SecretScanner, type Hit } from './secrets.js';

export interface ChaosOptions {
  seed: number;
  /** How long faults are injected. */
  durationMs: number;
  backend: 'sqlite' | 'postgres';
  /** The agents' databases (default: as the connector's). */
  agentBackend?: 'sqlite' | 'postgres';
  /** Connections between the two agents. */
  connections: number;
  shape: Omit<ScheduleShape, 'durationMs'>;
  /** Mean pause between two sends of one agent on one connection. */
  paceMs: number;
  drainTimeoutMs: number;
  probeTimeoutMs: number;
  /** DEBUG=* in the agents, debug logs in the connector, then scan every file for secrets. */
  secrets: boolean;
  /** Keep the run directory (always kept when a MUST fails). */
  keep?: boolean;
  log: (line: string) => void;
}

export interface Must {
  name: string;
  value: number;
  ok: boolean;
}

export interface ChaosReport {
  seed: number;
  dir: string;
  backend: string;
  agentBackend: string;
  durationMs: number;
  faults: Record<string, number>;
  kills: number;
  restores: number;
  sent: number;
  delivered: number;
  lost: number;
  lostIds: string[];
  rolledBackByRestore: number;
  processedTwice: number;
  reprocessedAfterRestore: number;
  forgedOrReflected: number;
  duplicateDeliveries: number;
  seals: number;
  distinctKeys: number;
  ivRepeats: number;
  wedged: number;
  unackedAtEnd: number;
  recovery: { measured: number; unmeasured: number; medianMs?: number; p90Ms?: number; maxMs?: number };
  relay: RelayStats;
  /** Injected write failures and lock timeouts the processes reported (in their logs). */
  dbFailures: number;
  dbBusy: number;
  /** Agent lives that ended on their own (an error at start-up, say) and were started again. */
  selfExits: number;
  /** Where the connector's PostgreSQL ran (a private server can be crashed; the shared one not). */
  postgres?: 'private' | 'shared';
  secretHits: Hit[];
  veramoArgumentLogHits: number;
  scannedFiles: number;
  musts: Must[];
  ok: boolean;
}

/** Veramo's agent logs every method's arguments under this namespace (not our code). */
const VERAMO_ARG_LOG = /veramo:agent:e2eSendMessage/;

class Supervised {
  proc: AgentProcess | undefined;
  did: string | undefined;
  /** Resolves when the current life is running (its workload started if asked). */
  up: Promise<void> = Promise.resolve();
  lives = 0;
  workload = false;
  /** Lives that ended without the harness ending them; each is started again, as a supervisor would. */
  readonly selfExits: (number | string)[] = [];
  /** No more restarts (the run is ending). */
  retired = false;
  private readonly killing = new WeakSet<AgentProcess>();

  constructor(
    readonly name: Agent,
    readonly env: Record<string, string>,
    private readonly files: { stdout: string; stderr: string },
    private readonly onSelfExit: (name: Agent, code: number | string) => void = () => undefined,
  ) {}

  start(extra: Record<string, string> = {}): AgentProcess {
    const env: Record<string, string> = { ...this.env, ...extra, CHAOS_WORKLOAD: this.workload ? '1' : '0' };
    if (this.did) env.AGENT_DID = this.did;
    const p = startAgentProcess({ env, stdoutFile: this.files.stdout, stderrFile: this.files.stderr });
    this.proc = p;
    this.lives++;
    let restarted: Promise<void> | undefined;
    void p.exited.then((code) => {
      if (this.killing.has(p) || this.retired || this.proc !== p) return;
      this.selfExits.push(code);
      this.onSelfExit(this.name, code);
      restarted = sleep(1000).then(() => {
        this.start();
        return this.up;
      });
      this.up = restarted;
    });
    this.up = waitEvent(p, (ev) => ev.find((e) => e.event === 'running'), 120_000, `${this.name} to run`).then(
      () => undefined,
      (e: unknown) => restarted ?? Promise.reject(e),
    );
    void waitEvent(p, (ev) => ev.find((e) => e.event === 'ready'), 120_000, `${this.name} ready`).then(
      (e) => (this.did ??= e.did as string),
      () => undefined,
    );
    return p;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.proc;
    if (!p) return;
    this.killing.add(p);
    await stop(p, signal);
  }

  command(o: object): void {
    this.proc?.command(o);
  }
}

/** Sends `signal`; a process that has not exited 15 s after a SIGTERM gets a SIGKILL. */
async function stop(p: Running, signal: NodeJS.Signals): Promise<void> {
  p.child.kill(signal);
  if (signal === 'SIGKILL') {
    await p.exited;
    return;
  }
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
  await p.exited;
  clearTimeout(timer);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The connector's tables whose writes a db-fail window makes fail (AGENT_FAULT_TABLES: the agents'). */
const CONNECTOR_FAULT_TABLES = ['mailbox_item:INSERT,DELETE', 'participant:UPDATE'];

async function dropSchema(url: string, schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}

/** Lines of the run's output files that mention `pattern`. */
function countIn(files: string[], pattern: RegExp): number {
  let n = 0;
  for (const f of files) {
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) if (pattern.test(line)) n++;
  }
  return n;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/**
 * The scan must find what is there: a key in the agent's own hook log (hex), and a key and a
 * plaintext planted raw, in base64 at every alignment and in base64url inside a synthetic blob.
 */
function selfCheck(scanner: SecretScanner, hookLog: string, keyHex: string | undefined, marker: string): boolean {
  if (!keyHex) return false;
  const key = Buffer.from(keyHex, 'hex');
  if (!scanner.scanFile(hookLog).some((h) => h.kind === 'key' && h.encoding === 'hex')) return false;
  // A base64url form equal to the base64 one is reported as base64.
  const found = (buf: Buffer, kind: 'key' | 'plaintext', encoding: string) => scanner.scan(buf, 'self-check').some((h) => h.kind === kind && encoding.split('|').includes(h.encoding));
  const pad = (n: number, b: Buffer) => Buffer.concat([Buffer.alloc(n, 7), b, Buffer.alloc(5, 9)]);
  for (let n = 0; n < 3; n++) {
    if (!found(pad(n, key), 'key', 'raw')) return false;
    if (!found(Buffer.from(pad(n, key).toString('base64')), 'key', 'base64')) return false;
    if (!found(Buffer.from(pad(n, Buffer.from(marker)).toString('base64url')), 'plaintext', 'base64url|base64')) return false;
  }
  return found(Buffer.from(`x${marker}y`), 'plaintext', 'ascii');
}

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const log = o.log;
  const dir = mkdtempSync(join(tmpdir(), 'chaos-'));
  const file = (name: string) => join(dir, name);
  mkdirSync(file('snapshots'));
  const salt = randomBytes(16).toString('hex');
  const schedule = makeSchedule(o.seed, { ...o.shape, durationMs: o.durationMs });
  log(`chaos: seed ${o.seed} (replay: npm run chaos -- --seed ${o.seed}${o.durationMs > 120_000 ? ' --long' : ''} --backend ${o.backend}${o.agentBackend && o.agentBackend !== o.backend ? ` --agents ${o.agentBackend}` : ''}), ${schedule.length} faults over ${Math.round(o.durationMs / 1000)} s, run directory ${dir}`);
  log(`chaos: schedule ${JSON.stringify(summarize(schedule))}`);

  // ---- connector -------------------------------------------------------------------------------
  let pgTarget: DbTarget | undefined;
  let pgServer: PrivatePostgres | undefined;
  let connectorDb = file('connector.sqlite');
  const agentBackend = o.agentBackend ?? o.backend;
  let pgUrl: string | undefined;
  if (o.backend === 'postgres' || agentBackend === 'postgres') {
    // A private server, so a run can crash it; else the machine's (no restarts then).
    const made = await PrivatePostgres.create(await freePort()).catch((e: Error) => e.message);
    let url: string | undefined;
    if (typeof made === 'string') {
      log(`chaos: NOTICE: no private PostgreSQL server (${made.slice(0, 300)}); using the shared one, without PostgreSQL restarts`);
      url = await probePostgres();
      if (!url) throw new Error('PostgreSQL is not reachable');
    } else {
      pgServer = made;
      url = made.url;
      log(`chaos: private PostgreSQL server on port ${made.port}`);
    }
    pgUrl = url;
    if (o.backend === 'postgres') {
      pgTarget = await postgresBackend(url).create();
      connectorDb = url;
    }
  }
  let pgUp: Promise<void> = Promise.resolve();
  const port = await freePort();
  const connectorSpec = { port, db: connectorDb, pgSchema: pgTarget?.pgSchema, logLevel: o.secrets ? 'debug' : 'info', outputFile: file('connector.out') };
  let connector: Running = await startConnectorProcess(connectorSpec);
  let connectorUp: Promise<void> = Promise.resolve();
  const proxy = await RelayProxy.start(`http://127.0.0.1:${port}`);
  const relay = new HostileRelay(proxy, o.seed);

  // ---- agents ----------------------------------------------------------------------------------
  const agentSchemas = agentBackend === 'postgres' ? { issuer: `chaos_issuer_${randomBytes(4).toString('hex')}`, holder: `chaos_holder_${randomBytes(4).toString('hex')}` } : undefined;
  const storeOf = (name: Agent): AgentStore => (agentSchemas ? postgresAgentStore(pgUrl!, agentSchemas[name], dir, name, pgServer?.bin) : sqliteAgentStore(dir, name));
  const stores: Record<Agent, AgentStore> = { issuer: storeOf('issuer'), holder: storeOf('holder') };
  const keys = { issuer: [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')], holder: [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')] };
  const agentEnv = (name: Agent): Record<string, string> => ({
    CHAOS_ROLE: name,
    CHAOS_LOG: file(`${name}.log`),
    CHAOS_SALT: salt,
    CHAOS_PACE_MS: String(o.paceMs),
    ...stores[name].env,
    AGENT_SECRET_KEY: keys[name][0]!,
    AGENT_KMS_SECRET_KEY: keys[name][1]!,
    CONNECTOR_URL: proxy.url,
    // The plugin's own debug log always (stderr files, for a look at failed runs).
    DEBUG: o.secrets ? '*' : 'connector-e2e:*',
    DEBUG_COLORS: 'no',
  });
  const agents: Record<Agent, Supervised> = {
    issuer: new Supervised('issuer', agentEnv('issuer'), { stdout: file('issuer.stdout'), stderr: file('issuer.stderr') }, (n, c) => log(`chaos: ${n} exited on its own (${c}); started again`)),
    holder: new Supervised('holder', agentEnv('holder'), { stdout: file('holder.stdout'), stderr: file('holder.stderr') }, (n, c) => log(`chaos: ${n} exited on its own (${c}); started again`)),
  };
  const ledger = new Ledger({ issuer: file('issuer.log'), holder: file('holder.log') });
  const inboxDuplicates = new Set<string>();
  const noteInbox = async (a: Agent) => {
    await pgUp;
    const r = await stores[a].readInbox();
    for (const id of r.ids) ledger.inboxSeen[a].add(id);
    for (const id of r.duplicates) inboxDuplicates.add(id);
    return r;
  };

  const restores: RestoreRecord[] = [];
  const snapshots: Partial<Record<Agent, number>> = {};
  const faultLog: { at: number; fault: Fault }[] = [];
  let kills = 0;
  const t0 = Date.now();
  let connections: string[] = [];

  const twins: Partial<Record<Agent, AgentProcess>> = {};
  /** Every twin process not yet exited, the current one and any still shutting down. */
  const twinLives: Record<Agent, Set<AgentProcess>> = { issuer: new Set(), holder: new Set() };
  const cleanup = async () => {
    relay.calm();
    for (const a of Object.values(agents)) a.retired = true;
    for (const lives of Object.values(twinLives)) for (const t of lives) await stop(t, 'SIGKILL').catch(() => undefined);
    for (const a of Object.values(agents)) await a.kill('SIGKILL').catch(() => undefined);
    connector.child.kill('SIGKILL');
    await connector.exited;
    await proxy.close().catch(() => undefined);
  };

  try {
    const issuerProc = agents.issuer.start({ CHAOS_INVITE: String(o.connections) });
    const urls = await waitEvent(issuerProc, (ev) => {
      const u = ev.filter((e) => e.event === 'invitation').map((e) => e.url as string);
      return u.length >= o.connections ? u : undefined;
    }, 120_000, 'the invitations');
    const holderProc = agents.holder.start({ CHAOS_ACCEPT: urls.join(',') });
    connections = await waitEvent(holderProc, (ev) => {
      const c = [...new Set(ev.filter((e) => e.event === 'established').map((e) => e.connectionId as string))];
      return c.length >= o.connections ? c : undefined;
    }, 180_000, 'the connections');
    await Promise.all([agents.issuer.up, agents.holder.up]);
    await waitEvent(issuerProc, (ev) => (new Set(ev.filter((e) => e.event === 'established').map((e) => e.connectionId)).size >= o.connections ? true : undefined), 60_000, 'the issuer side');
    log(`chaos: ${connections.length} connection(s) established after ${Math.round((Date.now() - t0) / 1000)} s; workload and faults start`);

    // ---- database faults: triggers that fail writes when armed, in every database ------------
    const dbRate: Record<'connector' | Agent, number> = { connector: 0, issuer: 0, holder: 0 };
    const connectorLockers = new Set<ChildProcess>();
    for (const a of ['issuer', 'holder'] as const) await stores[a].installFaults();
    if (pgTarget) await installPgWriteFaults(connectorDb, pgTarget.pgSchema!, CONNECTOR_FAULT_TABLES.map((t) => t.split(':')[0]!));
    else await sqliteFault(['install', connectorDb, ...CONNECTOR_FAULT_TABLES]);
    const setRate = async (target: 'connector' | Agent, permille: number) => {
      dbRate[target] = permille;
      if (target !== 'connector') {
        // Never while a restore rewrites the agent's database (the agent is not up then).
        await agents[target].up;
        await pgUp;
        return stores[target].setFailureRate(permille);
      }
      if (!pgTarget) return sqliteFault(['rate', connectorDb, String(permille)]);
      await pgUp;
      await setPgWriteFaultRate(connectorDb, pgTarget.pgSchema!, permille);
    };
    const lockDb = async (target: 'connector' | Agent, ms: number) => {
      if (target !== 'connector') {
        await agents[target].up;
        await pgUp;
        return stores[target].lock(ms);
      }
      if (!pgTarget) return sqliteFault(['lock', connectorDb, String(ms)], connectorLockers);
      await pgUp;
      await lockPgTable(connectorDb, pgTarget.pgSchema!, 'mailbox_item', ms);
    };
    // ---- twins: a second process of an agent on the same database, keys and DID ----------------
    const stopTwin = async (target: Agent, signal: NodeJS.Signals = 'SIGKILL') => {
      const t = twins[target];
      if (t) {
        delete twins[target];
        await stop(t, signal);
      }
      // A restore must not meet one still shutting down (it would checkpoint into the copy).
      if (signal === 'SIGKILL') for (const p of [...twinLives[target]]) await stop(p, 'SIGKILL');
    };
    const startTwin = (target: Agent, windowMs: number) => {
      if (twins[target] || !agents[target].did) {
        log(`chaos: a second ${target} process is already running: none started`);
        return;
      }
      const env = { ...agents[target].env, AGENT_DID: agents[target].did!, CHAOS_WORKLOAD: '1' };
      const t = startAgentProcess({ env, stdoutFile: file(`${target}.twin.stdout`), stderrFile: file(`${target}.twin.stderr`) });
      twins[target] = t;
      twinLives[target].add(t);
      void t.exited.then(() => twinLives[target].delete(t));
      track(sleep(windowMs).then(() => (twins[target] === t ? stopTwin(target, Math.random() < 0.5 ? 'SIGKILL' : 'SIGTERM') : undefined)));
    };

    /** A restore must not meet another process in the file it overwrites. */
    const stopLockers = (target: Agent) => stores[target].stopLockers();

    // ---- faults --------------------------------------------------------------------------------
    for (const a of Object.values(agents)) {
      a.workload = true;
      a.command({ cmd: 'workload', on: true });
    }
    const start = Date.now();
    const background = new Set<Promise<unknown>>();
    const track = (p: Promise<unknown>) => {
      background.add(p);
      void p.catch(() => undefined).finally(() => background.delete(p));
    };
    const restartConnector = async (downMs: number) => {
      await sleep(downMs);
      // Its migrations need the database, which may crash again while it starts: a connector
      // that cannot reach it exits, and is started again, as a supervisor would.
      for (let attempt = 1; ; attempt++) {
        await pgUp;
        try {
          connector = await startConnectorProcess(connectorSpec);
          return;
        } catch (e) {
          if (attempt >= 20) throw e;
          log(`chaos: connector failed to start (${(e as Error).message.split('\n', 2).join(' ').slice(0, 160)}); starting it again`);
          await sleep(500);
        }
      }
    };
    const restartAgent = async (a: Supervised, downMs: number, before?: () => Promise<void>) => {
      await noteInbox(a.name);
      await before?.();
      await sleep(downMs);
      a.start();
      await a.up;
    };

    for (const f of schedule) {
      const wait = start + f.at - Date.now();
      if (wait > 0) await sleep(wait);
      ledger.poll();
      if (f.kind === 'kill' || f.kind === 'snapshot' || f.kind === 'restore' || f.kind === 'twin') {
        // A process that is still restarting is killed once it is back.
        if (f.target === 'connector') await connectorUp;
        else await agents[f.target].up;
      }
      const at = Date.now();
      faultLog.push({ at, fault: f });
      log(`chaos: +${((at - start) / 1000).toFixed(1)} s ${describeFault(f)}`);
      switch (f.kind) {
        case 'kill':
          kills++;
          if (f.target === 'connector') {
            connector.child.kill('SIGKILL');
            await connector.exited;
            connectorUp = restartConnector(f.downMs);
            track(connectorUp);
          } else {
            const a = agents[f.target];
            await a.kill('SIGKILL');
            const up = restartAgent(a, f.downMs);
            a.up = up;
            track(up);
          }
          break;
        case 'ws-drop':
          proxy.dropSockets();
          break;
        case 'db-fail': {
          const target = f.target;
          track(
            setRate(target, f.permille)
              .then(() => sleep(f.windowMs))
              .then(() => (dbRate[target] === f.permille ? setRate(target, 0) : undefined))
              .catch((e: Error) => log(`chaos: db-fail on ${target}: ${e.message}`)),
          );
          break;
        }
        case 'db-lock':
          track(lockDb(f.target, f.holdMs).catch((e: Error) => log(`chaos: db-lock on ${f.target}: ${e.message}`)));
          break;
        case 'twin':
          startTwin(f.target, f.windowMs);
          break;
        case 'pg-restart': {
          if (!pgServer) {
            log('chaos: no private PostgreSQL server: restart skipped');
            break;
          }
          const server = pgServer;
          await pgUp;
          await server.crash();
          pgUp = sleep(f.downMs).then(() => server.start());
          track(pgUp);
          break;
        }
        case 'relay':
          relay.mode = { kind: f.mode, p: f.p };
          track(
            sleep(f.windowMs).then(() => {
              if (relay.mode?.kind === f.mode && relay.mode.p === f.p) relay.calm();
            }),
          );
          break;
        case 'snapshot': {
          // Like a VM snapshot: the process is frozen, its files copied as they are, then it goes on.
          const a = agents[f.target];
          const frozen = [a.proc!.child, ...[...twinLives[f.target]].map((t) => t.child)];
          for (const c of frozen) c.kill('SIGSTOP');
          try {
            await pgUp;
            await stores[f.target].snapshot();
          } finally {
            for (const c of frozen) c.kill('SIGCONT');
          }
          snapshots[f.target] = at;
          break;
        }
        case 'restore': {
          const a = agents[f.target];
          const snapshotAt = snapshots[f.target];
          if (snapshotAt === undefined) break;
          kills++;
          await stopTwin(f.target);
          await a.kill('SIGKILL');
          // Once the old life is dead: what it received until then is rolled back as well.
          restores.push({ agent: f.target, snapshotAt, restoredAt: Date.now() });
          delete snapshots[f.target];
          const target = f.target;
          const up = restartAgent(a, f.downMs, async () => {
            await stopLockers(target);
            await pgUp;
            await stores[target].restore();
          });
          a.up = up;
          track(up);
          break;
        }
      }
    }
    const faultsEnd = start + o.durationMs;
    await sleep(Math.max(0, start + o.durationMs - Date.now()));

    // ---- drain ---------------------------------------------------------------------------------
    relay.calm();
    await Promise.all([...background]);
    await pgUp;
    for (const t of ['connector', 'issuer', 'holder'] as const) if (dbRate[t] > 0) await setRate(t, 0);
    for (const t of ['issuer', 'holder'] as const) await stopTwin(t, 'SIGTERM');
    await Promise.all([connectorUp, agents.issuer.up, agents.holder.up]);
    for (const a of Object.values(agents)) {
      a.workload = false;
      a.command({ cmd: 'workload', on: false });
    }
    log(`chaos: faults stopped after ${Math.round((Date.now() - start) / 1000)} s (${kills} kills); draining`);
    const drainStart = Date.now();
    let rolledBack = new Set<string>();
    for (;;) {
      await sleep(1000);
      ledger.poll();
      rolledBack = rolledBackSends(ledger, restores);
      const pending = ledger.undelivered(rolledBack);
      if (pending.length === 0) break;
      if (Date.now() - drainStart > o.drainTimeoutMs) {
        log(`chaos: drain timed out with ${pending.length} accepted messages undelivered`);
        break;
      }
    }
    log(`chaos: drained in ${((Date.now() - drainStart) / 1000).toFixed(1)} s`);

    // ---- probes: every connection must carry a fresh message each way ---------------------------
    const probes: { id: string; to: Agent }[] = [];
    for (const [i, c] of connections.entries()) {
      for (const a of ['issuer', 'holder'] as const) {
        const id = `probe.${a}.${i}.${o.seed}`;
        probes.push({ id, to: a === 'issuer' ? 'holder' : 'issuer' });
        agents[a].command({ cmd: 'probe', id, connectionId: c });
      }
    }
    const probeStart = Date.now();
    let wedged = probes.length;
    while (Date.now() - probeStart < o.probeTimeoutMs) {
      await sleep(250);
      ledger.poll();
      wedged = probes.filter((p) => !ledger.recvs[p.to].some((r) => r.id === p.id)).length;
      if (wedged === 0) break;
    }
    log(`chaos: probes ${probes.length - wedged}/${probes.length} delivered in ${((Date.now() - probeStart) / 1000).toFixed(1)} s`);

    // Outboxes empty out once the last acks arrive.
    // (Records resent three times without an ack make their sender ask for the peer's status and
    // seal again what the peer can no longer open: that takes a few retransmission periods.)
    let unackedAtEnd = 0;
    for (let i = 0; i < 60; i++) {
      const [iss, hol] = [await stores.issuer.readInbox(), await stores.holder.readInbox()];
      unackedAtEnd = iss.unacked + hol.unacked;
      if (unackedAtEnd === 0) break;
      if (i === 59) log(`chaos: still unacked: issuer ${iss.unackedRows.join(' ')}; holder ${hol.unackedRows.join(' ')}`);
      await sleep(500);
    }

    // ---- secrets, while the files are live (-wal included) -----------------------------------
    const hits: Hit[] = [];
    let scanned = 0;
    let scanSelfCheck = true;
    const scanner = new SecretScanner();
    const scan = () => {
      const files = [file('connector.out'), ...(pgTarget ? [] : sqliteFiles(connectorDb))];
      for (const a of ['issuer', 'holder'] as const) files.push(file(`${a}.stdout`), file(`${a}.stderr`), file(`${a}.twin.stdout`), file(`${a}.twin.stderr`), ...stores[a].files());
      if (pgServer) files.push(...filesUnder(pgServer.files()));
      for (const f of files) {
        if (!existsSync(f)) continue;
        scanned++;
        hits.push(...scanner.scanFile(f));
      }
    };
    if (o.secrets) {
      ledger.poll();
      for (const k of ledger.keys.keys()) scanner.add({ label: `AES key ${k.slice(0, 8)}`, kind: 'key', bytes: Buffer.from(k, 'hex') });
      for (const k of ledger.privateKeys) scanner.add({ label: `X25519 private key ${k.slice(0, 8)}`, kind: 'key', bytes: Buffer.from(k, 'hex') });
      for (const a of ['issuer', 'holder'] as const) for (const k of keys[a]) scanner.add({ label: `${a} secret key ${k.slice(0, 8)}`, kind: 'key', bytes: Buffer.from(k, 'hex') });
      for (const id of ledger.sends.keys()) scanner.add({ label: `plaintext of ${id}`, kind: 'plaintext', bytes: Buffer.from(markerOf(salt, id)) });
      log(`chaos: scanning for ${ledger.keys.size + ledger.privateKeys.size + 4} keys and ${ledger.sends.size} plaintexts (${scanner.size} patterns)`);
      scanSelfCheck = selfCheck(scanner, file('issuer.log'), [...ledger.keys.keys()][0], markerOf(salt, [...ledger.sends.keys()][0] ?? ''));
      if (!scanSelfCheck) log('chaos: the secrets scan does not find planted secrets: its result means nothing');
      scan();
    }

    // ---- stop ----------------------------------------------------------------------------------
    for (const a of Object.values(agents)) a.retired = true;
    for (const a of Object.values(agents)) await a.kill('SIGTERM');
    await stop(connector, 'SIGTERM');
    await proxy.close();
    if (o.secrets) scan(); // and once more after a clean shutdown
    for (const a of ['issuer', 'holder'] as const) await noteInbox(a);
    ledger.poll();

    // ---- figures ------------------------------------------------------------------------------
    rolledBack = rolledBackSends(ledger, restores);
    const lostIds = ledger.undelivered(rolledBack);
    const twice = processedTwice(ledger, restores, [...inboxDuplicates]);
    const forged = forgedOrReflected(ledger);
    const accepted = [...ledger.sends.values()].filter((s) => s.sentAt !== undefined).length;
    const deliveredIds = new Set([...ledger.delivered('issuer'), ...ledger.delivered('holder')].filter((id) => ledger.sends.get(id)?.sentAt !== undefined));
    const times = recoveryTimes(ledger, faultLog.filter((f) => f.at < faultsEnd).map((f) => f.at), connections);
    const measured = times.filter((t): t is number => t !== undefined);
    const timed = faultLog.filter((f) => f.at < faultsEnd);
    const slowest = timed.map((f, i) => ({ f, t: times[i] })).filter((x) => x.t !== undefined && x.t > 20_000);
    for (const x of slowest) log(`chaos: slow recovery ${((x.t ?? 0) / 1000).toFixed(1)} s after +${((x.f.at - start) / 1000).toFixed(1)} s ${describeFault(x.f.fault)}`);
    const ivRepeats = ledger.ivRepeats();
    const outputs = [file('connector.out'), ...(['issuer', 'holder'] as const).flatMap((a) => [file(`${a}.stdout`), file(`${a}.stderr`), file(`${a}.twin.stdout`), file(`${a}.twin.stderr`), file(`${a}.log`)])];
    // The plugin's debug log names the trigger's message; a failed send logs its typed code.
    const dbFailures = countIn(outputs, /injected write failure|"code":"storage_failed"/);
    const dbBusy = countIn(outputs, /SQLITE_BUSY|database is locked/);
    const keyHits = hits.filter((h) => h.kind === 'key');
    const plainHits = hits.filter((h) => h.kind === 'plaintext');
    const veramoHits = plainHits.filter((h) => h.line && VERAMO_ARG_LOG.test(h.line));
    const secretHits = [...keyHits, ...plainHits.filter((h) => !veramoHits.includes(h))];
    const musts: Must[] = [
      { name: 'lost (accepted, never received)', value: lostIds.length, ok: lostIds.length === 0 },
      { name: 'processed twice', value: twice.twice.length, ok: twice.twice.length === 0 },
      { name: 'received but never sent, or reflected to its sender', value: forged.length, ok: forged.length === 0 },
      { name: '(key, IV) pairs sealed twice', value: ivRepeats, ok: ivRepeats === 0 },
      { name: 'wedged connection directions', value: wedged, ok: wedged === 0 },
    ];
    if (o.secrets) {
      musts.push({ name: 'secrets found in logs or database files', value: secretHits.length, ok: secretHits.length === 0 });
      musts.push({ name: 'planted secrets the scan failed to find (self-check)', value: scanSelfCheck ? 0 : 1, ok: scanSelfCheck });
    }
    const report: ChaosReport = {
      seed: o.seed,
      dir,
      backend: o.backend,
      agentBackend,
      durationMs: o.durationMs,
      faults: summarize(faultLog.map((f) => f.fault)),
      kills,
      restores: restores.length,
      sent: accepted,
      delivered: deliveredIds.size,
      lost: lostIds.length,
      lostIds: lostIds.slice(0, 20),
      rolledBackByRestore: [...rolledBack].filter((id) => !deliveredIds.has(id)).length,
      processedTwice: twice.twice.length,
      reprocessedAfterRestore: twice.afterRestore.length,
      forgedOrReflected: forged.length,
      duplicateDeliveries: relay.duplicateRecordDeliveries(),
      seals: ledger.sealCount,
      distinctKeys: ledger.keys.size,
      ivRepeats,
      wedged,
      unackedAtEnd,
      recovery: { measured: measured.length, unmeasured: times.length - measured.length, medianMs: percentile(measured, 50), p90Ms: percentile(measured, 90), maxMs: measured.length ? Math.max(...measured) : undefined },
      relay: { ...relay.stats },
      dbFailures,
      dbBusy,
      selfExits: agents.issuer.selfExits.length + agents.holder.selfExits.length,
      ...(o.backend === 'postgres' ? { postgres: pgServer ? ('private' as const) : ('shared' as const) } : {}),
      secretHits: secretHits.slice(0, 50),
      veramoArgumentLogHits: veramoHits.length,
      scannedFiles: scanned,
      musts,
      ok: musts.every((m) => m.ok),
    };
    // Kept for a look when something did not settle, even if no MUST failed.
    if (report.ok && !o.keep && unackedAtEnd === 0) rmSync(dir, { recursive: true, force: true });
    else {
      // The agents' secret keys, to open their sealed session states when looking into the run.
      writeFileSync(file('keys.json'), JSON.stringify({ issuer: { secretKey: keys.issuer[0], kmsSecretKey: keys.issuer[1] }, holder: { secretKey: keys.holder[0], kmsSecretKey: keys.holder[1] } }, null, 2));
      log(`chaos: files kept in ${dir}`);
    }
    return report;
  } catch (e) {
    log(`chaos: run failed: ${(e as Error).stack ?? String(e)}; files kept in ${dir}`);
    throw e;
  } finally {
    await cleanup().catch(() => undefined);
    await pgTarget?.cleanup().catch(() => undefined);
    if (agentSchemas && !pgServer) for (const sc of Object.values(agentSchemas)) await dropSchema(pgUrl!, sc).catch(() => undefined);
    if (pgServer && existsSync(dir) && existsSync(pgServer.logFile)) copyFileSync(pgServer.logFile, file('postgres.log'));
    await pgServer?.destroy().catch(() => undefined);
  }
}

export function formatReport(r: ChaosReport): string {
  const ms = (v: number | undefined) => (v === undefined ? 'n/a' : `${(v / 1000).toFixed(2)} s`);
  const lines = [
    `seed ${r.seed} · connector on ${r.backend}, agents on ${r.agentBackend} · ${Math.round(r.durationMs / 1000)} s of faults`,
    `faults: ${Object.entries(r.faults).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `kills (kill -9, restores included): ${r.kills} · restores: ${r.restores}`,
    `sent (accepted): ${r.sent} · delivered: ${r.delivered} · lost: ${r.lost}${r.lostIds.length ? ` (${r.lostIds.join(', ')})` : ''}`,
    `rolled back by a restore (accepted after the snapshot, gone with it): ${r.rolledBackByRestore}`,
    `processed twice: ${r.processedTwice} · received again after a restore rolled the receiver back: ${r.reprocessedAfterRestore}`,
    `received but never sent, or reflected: ${r.forgedOrReflected}`,
    `duplicate record deliveries (all deduplicated): ${r.duplicateDeliveries}`,
    `AES-GCM seals observed: ${r.seals} under ${r.distinctKeys} keys · (key, IV) pairs seen twice: ${r.ivRepeats}`,
    `wedged connection directions: ${r.wedged} · records still unacked at the end: ${r.unackedAtEnd}`,
    `recovery after a fault: median ${ms(r.recovery.medianMs)}, p90 ${ms(r.recovery.p90Ms)}, max ${ms(r.recovery.maxMs)} (${r.recovery.measured} measured, ${r.recovery.unmeasured} without a later message)`,
    `relay: ${Object.entries(r.relay).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `database faults reported by the processes: ${r.dbFailures} injected write failures, ${r.dbBusy} lock timeouts (SQLITE_BUSY)${r.postgres ? ` · PostgreSQL: ${r.postgres} server` : ''}`,
    `agent processes that exited on their own and were started again: ${r.selfExits}`,
  ];
  if (r.scannedFiles > 0) {
    lines.push(`secrets scan: ${r.scannedFiles} files, ${r.secretHits.length} hits; plaintexts in Veramo's own method-argument log (veramo:agent:e2eSendMessage): ${r.veramoArgumentLogHits}`);
    for (const h of r.secretHits.slice(0, 10)) lines.push(`  FOUND ${h.label} (${h.encoding}) in ${h.file} at ${h.offset}: ${h.line ?? ''}`);
  }
  for (const m of r.musts) lines.push(`${m.ok ? 'ok  ' : 'FAIL'} ${m.name}: ${m.value}`);
  lines.push(r.ok ? `PASS (seed ${r.seed})` : `FAIL (seed ${r.seed}; files kept in ${r.dir})`);
  return lines.join('\n');
}
