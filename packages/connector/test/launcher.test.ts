/**
 * The launcher (bin/connector-e2e-connector.mjs) runs the server in its own process, so a
 * SIGTERM reaches it, and started by an npm script it stops once its parent shell is gone
 * (npm forwards SIGTERM to the shell only).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ConnectorClient, createParticipantKey } from '@connector-e2e/connector-client';
import { buildConnector } from '../src/index.js';

const launcher = fileURLToPath(new URL('../bin/connector-e2e-connector.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'connector-launcher-'));
const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves with the port once the connector logs that it listens, and collects its output. */
function listening(child: ChildProcess, out: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (s: string) => {
      out.push(s);
      const m = /"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(out.join(''));
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`exited (${code}) before listening: ${out.join('')}`)));
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

const args = (name: string) => ['--port', '0', '--host', '127.0.0.1', '--db', join(dir, `${name}.sqlite`), '--log-level', 'info'];

describe('connector launcher', () => {
  test('SIGTERM to the launcher shuts the server down gracefully and frees the port', async () => {
    const child = spawn(process.execPath, [launcher, ...args('direct')], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(child);
    const out: string[] = [];
    const port = await listening(child, out);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out.join('')).toContain('shutting down');
    expect(await portOpen(port)).toBe(false);
  }, 60_000);

  test('under an npm script, the server stops when its parent shell dies', async () => {
    // `; :` keeps sh from exec-ing node, as npm's `sh -c` leaves it
    const shell = spawn('sh', ['-c', `"${process.execPath}" "${launcher}" ${args('npm').join(' ')}; :`], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, npm_lifecycle_event: 'connector' },
    });
    started.push(shell);
    const out: string[] = [];
    const port = await listening(shell, out);
    // The server holds the pipe after the shell is gone: its end means the server exited.
    const serverGone = new Promise<void>((r) => shell.stdout!.once('end', () => r()));
    shell.kill('SIGTERM');
    await serverGone;
    expect(out.join('')).toContain('shutting down');
    expect(await portOpen(port)).toBe(false);
  }, 60_000);
});

describe('issue-otp, the operator command', () => {
  test('prints an OTP as JSON that registers a new key at a connector with --registration otp on the same database', async () => {
    const db = join(dir, 'otp.sqlite');
    const child = spawn(process.execPath, [launcher, 'issue-otp', '--identifier', 'alice@example.org', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    const out: string[] = [];
    child.stdout!.setEncoding('utf8').on('data', (s: string) => out.push(s));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    const issued = JSON.parse(out.join('')) as { identifier: string; otp: string; expiresAt: number };
    expect(issued.identifier).toBe('alice@example.org');
    expect(issued.otp).toMatch(/^[A-Z2-7]{10}$/);
    const connector = await buildConnector({ db, registration: 'otp', logger: { level: 'silent' } });
    try {
      const url = await connector.listen(0, '127.0.0.1');
      const client = new ConnectorClient({ url, key: createParticipantKey() });
      await client.register({ otp: { identifier: issued.identifier, otp: issued.otp } });
      expect((await client.fetch()).items).toEqual([]);
    } finally {
      await connector.close();
    }
  });

  test('refuses a malformed identifier with exit code 2 and a message, before it opens the database', async () => {
    const db = join(dir, 'otp-bad.sqlite');
    const child = spawn(process.execPath, [launcher, 'issue-otp', '--identifier', '', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(child);
    const err: string[] = [];
    child.stderr!.setEncoding('utf8').on('data', (s: string) => err.push(s));
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(2);
    expect(err.join('')).toMatch(/identifier: expected 1 to 256 bytes/);
    expect(existsSync(db)).toBe(false);
  });
});
