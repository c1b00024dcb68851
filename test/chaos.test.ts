/**
 * The chaos harness (test/chaos/harness.ts), bounded for `npm test`. First 45 s of faults on
 * SQLite with at least one kill -9 of the connector, the issuer and the holder, a database
 * restore, a window of failing database writes, a database write lock held by another process,
 * a second agent process on one database, WebSocket drops and hostile-relay windows; then 30 s
 * with the connector and both agents on PostgreSQL (a private server that the run crashes),
 * twins included.
 * DEBUG=* in the agents and debug logs in the connector. Then: nothing lost, nothing processed
 * twice, no (key, IV) pair sealed twice, no wedged connection, and no plaintext or key byte in
 * any log or database file.
 *
 * The seeds are fixed, chosen so that their schedules (a pure function of the seed) kill every
 * process kind and make the database writes of both agents fail for seconds at a time: a
 * random seed could aim every database fault at the connector, and the check that faults
 * reached an agent would then fail by luck. The first test pins that property, so a change
 * of the schedule code that breaks it fails there, not in the run. CHAOS_SEED=n runs both cases
 * with another seed (the schedule check then does not apply); random seeds and the long run
 * are `npm run chaos`.
 */
import { describe, expect, it } from 'vitest';
import { probePostgres } from '../packages/connector/test/helpers/backends.js';
import { formatReport, runChaos } from './chaos/harness.js';
import { postgresBinaries } from './chaos/postgres-server.js';
import { makeSchedule, type Fault, type ScheduleShape } from './chaos/schedule.js';

const override = process.env.CHAOS_SEED ? Number(process.env.CHAOS_SEED) : undefined;

const SQLITE = {
  seed: override ?? 28421,
  durationMs: 45_000,
  shape: {
    meanGapMs: 3000,
    weights: { kill: 3, wsDrop: 1, relay: 4, restore: 1, dbFail: 1, dbLock: 1, pgRestart: 0, twin: 1 },
    required: ['kill-connector', 'kill-holder', 'kill-issuer', 'restore', 'db-fail', 'db-lock', 'twin'],
    quietStartMs: 2000,
  } satisfies Omit<ScheduleShape, 'durationMs'>,
};

const POSTGRES = {
  seed: override ?? 85,
  durationMs: 30_000,
  shape: {
    meanGapMs: 3000,
    // Twins across server crashes: a commit that dies with the server must leave nothing the
    // other process could seal again (sending keys are never stored, protocol.md 9.2).
    weights: { kill: 3, wsDrop: 1, relay: 3, restore: 1, dbFail: 1, dbLock: 1, pgRestart: 1, twin: 1 },
    required: ['kill-connector', 'kill-holder', 'restore', 'db-fail', 'pg-restart', 'twin'],
    quietStartMs: 2000,
  } satisfies Omit<ScheduleShape, 'durationMs'>,
};

/** What both bounded runs share: two connections, a secrets scan, a fault every 3 s on average. */
const bounded = { connections: 2, paceMs: 150, drainTimeoutMs: 45_000, probeTimeoutMs: 20_000, secrets: true } as const;

const scheduleOf = (c: { seed: number; durationMs: number; shape: Omit<ScheduleShape, 'durationMs'> }) => makeSchedule(c.seed, { ...c.shape, durationMs: c.durationMs });
const has = (faults: Fault[], p: (f: Fault) => boolean) => faults.some(p);
/** A window of failing writes long and likely enough to meet an agent that sends every 150 ms. */
const agentWritesFail = (f: Fault, target?: string) =>
  f.kind === 'db-fail' && f.target !== 'connector' && (target === undefined || f.target === target) && f.windowMs >= 3000 && f.permille >= 150;
/** No fault in the last 15% of the run, so the last one is over before the drain. */
const endsEarly = (faults: Fault[], durationMs: number) => faults.every((f) => f.at < durationMs * 0.85);

describe.skipIf(override !== undefined)('the fixed chaos seeds', () => {
  it('on SQLite kill every process kind, fail the database writes of both agents, lock an agent past its busy timeout and run a twin of each agent', () => {
    const faults = scheduleOf(SQLITE);
    for (const target of ['connector', 'issuer', 'holder']) expect(has(faults, (f) => f.kind === 'kill' && f.target === target), `kill ${target}`).toBe(true);
    for (const target of ['issuer', 'holder']) {
      expect(has(faults, (f) => agentWritesFail(f, target)), `db-fail ${target}`).toBe(true);
      expect(has(faults, (f) => f.kind === 'twin' && f.target === target), `twin ${target}`).toBe(true);
    }
    expect(has(faults, (f) => f.kind === 'db-lock' && f.target !== 'connector' && f.holdMs > 10_000)).toBe(true);
    expect(has(faults, (f) => f.kind === 'restore')).toBe(true);
    expect(endsEarly(faults, SQLITE.durationMs)).toBe(true);
  });

  it('on PostgreSQL kill the connector and the holder, crash the server, fail an agent\'s writes, restore an agent and run a twin', () => {
    const faults = scheduleOf(POSTGRES);
    for (const target of ['connector', 'holder']) expect(has(faults, (f) => f.kind === 'kill' && f.target === target), `kill ${target}`).toBe(true);
    expect(has(faults, (f) => agentWritesFail(f))).toBe(true);
    for (const kind of ['pg-restart', 'restore', 'twin']) expect(has(faults, (f) => f.kind === kind), kind).toBe(true);
    expect(endsEarly(faults, POSTGRES.durationMs)).toBe(true);
  });
});

describe('chaos: real processes under kill -9, restores and a hostile relay', () => {
  it(`loses nothing, processes nothing twice, never repeats a (key, IV) pair, wedges nothing and leaks nothing (seed ${SQLITE.seed})`, async () => {
    const lines: string[] = [];
    const report = await runChaos({ ...bounded, ...SQLITE, backend: 'sqlite', log: (l) => lines.push(l) });
    const text = `${lines.join('\n')}\n${formatReport(report)}`;
    if (!report.ok || process.env.CHAOS_VERBOSE) console.log(text);
    expect(report.kills, text).toBeGreaterThanOrEqual(4);
    expect(report.faults['kill connector'] ?? 0, text).toBeGreaterThanOrEqual(1);
    expect(report.faults['kill holder'] ?? 0, text).toBeGreaterThanOrEqual(1);
    expect(report.restores, text).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.faults).filter((k) => k.startsWith('db-fail')).length, text).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.faults).filter((k) => k.startsWith('db-lock')).length, text).toBeGreaterThanOrEqual(1);
    // The database faults reached the processes (a reported write failure or lock timeout).
    expect(report.dbFailures + report.dbBusy, text).toBeGreaterThan(0);
    expect(report.sent, text).toBeGreaterThan(100);
    expect(report.scannedFiles, text).toBeGreaterThan(10);
    for (const m of report.musts) expect(m.value, `${m.name}\n${text}`).toBe(0);
  }, 240_000);
});

describe('chaos on PostgreSQL: connector and agents in a private server that crashes', () => {
  it(`loses nothing, processes nothing twice, never repeats a (key, IV) pair, wedges nothing and leaks nothing (seed ${POSTGRES.seed})`, async (ctx) => {
    if (!postgresBinaries() && !(await probePostgres())) {
      if (process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');
      console.warn('NOTICE: no PostgreSQL on this machine (neither server binaries nor a server on 127.0.0.1:5432); skipping the PostgreSQL chaos run');
      ctx.skip();
      return;
    }
    const lines: string[] = [];
    const report = await runChaos({ ...bounded, ...POSTGRES, backend: 'postgres', agentBackend: 'postgres', log: (l) => lines.push(l) });
    const text = `${lines.join('\n')}\n${formatReport(report)}`;
    if (!report.ok || process.env.CHAOS_VERBOSE) console.log(text);
    expect(report.agentBackend, text).toBe('postgres');
    expect(report.restores, text).toBeGreaterThanOrEqual(1);
    expect(report.sent, text).toBeGreaterThan(50);
    // The database faults reached the processes (a reported write failure or lock timeout).
    expect(report.dbFailures + report.dbBusy, text).toBeGreaterThan(0);
    // A crash of the machine's shared server would disturb other tests: only a private one is crashed.
    if (report.postgres === 'private') expect(report.faults['pg-restart'] ?? 0, text).toBeGreaterThanOrEqual(1);
    expect(report.scannedFiles, text).toBeGreaterThan(10);
    for (const m of report.musts) expect(m.value, `${m.name}\n${text}`).toBe(0);
  }, 300_000);
});
