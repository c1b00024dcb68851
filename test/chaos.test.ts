/**
 * The chaos harness (test/chaos/harness.ts), bounded for `npm test`. First 45 s of faults on
 * SQLite with at least one kill -9 of the connector, the issuer and the holder, a database
 * restore, a window of failing database writes, a database write lock held by another process,
 * a second agent process on one database, WebSocket drops and hostile-relay windows; then 30 s
 * with the connector and both agents on PostgreSQL (a private server that the run crashes),
 * twins included.
 * DEBUG=* in the agents and debug logs in the connector. Then: nothing lost, nothing processed
 * twice, no (key, IV) pair sealed twice, no wedged connection, and no plaintext or key byte in
 * any log or database file. CHAOS_SEED=n replays a schedule; `npm run chaos -- --long` is the
 * long run.
 */
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { probePostgres } from '../packages/connector/test/helpers/backends.js';
import { formatReport, runChaos } from './chaos/harness.js';
import { postgresBinaries } from './chaos/postgres-server.js';

const seed = process.env.CHAOS_SEED ? Number(process.env.CHAOS_SEED) : randomInt(0, 2 ** 32 - 1);

/** What both bounded runs share: two connections, a secrets scan, a fault every 3 s on average. */
const bounded = { seed, connections: 2, paceMs: 150, drainTimeoutMs: 45_000, probeTimeoutMs: 20_000, secrets: true } as const;

describe('chaos: real processes under kill -9, restores and a hostile relay', () => {
  it(`loses nothing, processes nothing twice, never repeats a (key, IV) pair, wedges nothing and leaks nothing (seed ${seed})`, async () => {
    const lines: string[] = [];
    const report = await runChaos({
      ...bounded,
      backend: 'sqlite',
      durationMs: 45_000,
      shape: {
        meanGapMs: 3000,
        weights: { kill: 3, wsDrop: 1, relay: 4, restore: 1, dbFail: 1, dbLock: 1, pgRestart: 0, twin: 1 },
        required: ['kill-connector', 'kill-holder', 'kill-issuer', 'restore', 'db-fail', 'db-lock', 'twin'],
        quietStartMs: 2000,
      },
      log: (l) => lines.push(l),
    });
    const text = `${lines.join('\n')}\n${formatReport(report)}`;
    if (!report.ok || process.env.CHAOS_VERBOSE) console.log(text);
    expect(report.kills, text).toBeGreaterThanOrEqual(4);
    expect(report.faults['kill connector'] ?? 0, text).toBeGreaterThanOrEqual(1);
    expect(report.faults['kill holder'] ?? 0, text).toBeGreaterThanOrEqual(1);
    expect(report.restores, text).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.faults).filter((k) => k.startsWith('db-fail')).length, text).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.faults).filter((k) => k.startsWith('db-lock')).length, text).toBeGreaterThanOrEqual(1);
    // Database faults reached the processes (a short window may meet an idle process: a
    // reported write failure or lock timeout counts).
    expect(report.dbFailures + report.dbBusy, text).toBeGreaterThan(0);
    expect(report.sent, text).toBeGreaterThan(100);
    expect(report.scannedFiles, text).toBeGreaterThan(10);
    for (const m of report.musts) expect(m.value, `${m.name}\n${text}`).toBe(0);
  }, 240_000);
});

describe('chaos on PostgreSQL: connector and agents in a private server that crashes', () => {
  it(`loses nothing, processes nothing twice, never repeats a (key, IV) pair, wedges nothing and leaks nothing (seed ${seed})`, async (ctx) => {
    if (!postgresBinaries() && !(await probePostgres())) {
      if (process.env.CI === 'true') throw new Error('PostgreSQL is required under CI=true');
      console.warn('NOTICE: no PostgreSQL on this machine (neither server binaries nor a server on 127.0.0.1:5432); skipping the PostgreSQL chaos run');
      ctx.skip();
      return;
    }
    const lines: string[] = [];
    const report = await runChaos({
      ...bounded,
      backend: 'postgres',
      agentBackend: 'postgres',
      durationMs: 30_000,
      shape: {
        meanGapMs: 3000,
        // Twins across server crashes: a commit that dies with the server must leave nothing
        // the other process could seal again (counter leases, protocol.md 9.2).
        weights: { kill: 3, wsDrop: 1, relay: 3, restore: 1, dbFail: 1, dbLock: 1, pgRestart: 1, twin: 1 },
        required: ['kill-connector', 'kill-holder', 'restore', 'db-fail', 'pg-restart', 'twin'],
        quietStartMs: 2000,
      },
      log: (l) => lines.push(l),
    });
    const text = `${lines.join('\n')}\n${formatReport(report)}`;
    if (!report.ok || process.env.CHAOS_VERBOSE) console.log(text);
    expect(report.agentBackend, text).toBe('postgres');
    expect(report.restores, text).toBeGreaterThanOrEqual(1);
    expect(report.sent, text).toBeGreaterThan(50);
    // Database faults reached the processes (a short window may meet an idle process: a
    // reported write failure or lock timeout counts).
    expect(report.dbFailures + report.dbBusy, text).toBeGreaterThan(0);
    // A crash of the machine's shared server would disturb other tests: only a private one is crashed.
    if (report.postgres === 'private') expect(report.faults['pg-restart'] ?? 0, text).toBeGreaterThanOrEqual(1);
    expect(report.scannedFiles, text).toBeGreaterThan(10);
    for (const m of report.musts) expect(m.value, `${m.name}\n${text}`).toBe(0);
  }, 300_000);
});
