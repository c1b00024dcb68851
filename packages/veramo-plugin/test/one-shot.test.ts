/**
 * A process that only calls methods which do not need live delivery exits by itself once they
 * returned (`veramo execute -m e2eListConnections` prints its result and ends), with the
 * connector up and an established connection to resume; a method that starts listening keeps
 * it running.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

interface Run {
  /** Exit code, or 'running' if the process was still alive after `waitMs`. */
  outcome: number | string;
  lines: { method: string; result: unknown }[];
  stderr: string;
}

/**
 * Runs the fixture until it exits, or until `settleMs` after it printed `lines` results while
 * still running (then it is killed: 'running'). The wait starts at its output, not at its start,
 * so a slow start on a loaded machine does not look like an early exit. `capMs` bounds the whole.
 */
function runOneShot(env: Record<string, string>, lines: number, settleMs: number, capMs = 60_000): Promise<Run> {
  const child = spawn(process.execPath, ['--conditions=connector-e2e:source', '--import', 'tsx', join(here, 'fixtures/one-shot-process.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((res) => {
    const parse = () => out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Run['lines'][number]);
    let settle: NodeJS.Timeout | undefined;
    const stillRunning = () => {
      clearTimeout(cap);
      child.kill('SIGKILL');
      res({ outcome: 'running', lines: parse(), stderr });
    };
    const cap = setTimeout(stillRunning, capMs);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (settle === undefined && out.split('\n').filter((l) => l.startsWith('{')).length >= lines) settle = setTimeout(stillRunning, settleMs);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(cap);
      clearTimeout(settle);
      res({ outcome: code ?? signal ?? -1, lines: parse(), stderr });
    });
  });
}

describe('a one-shot agent process', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url });
    dir = mkdtempSync(join(tmpdir(), 'e2e-one-shot-'));
    env = {
      AGENT_DB: join(dir, 'holder.sqlite'),
      AGENT_SECRET_KEY: randomBytes(32).toString('hex'),
      AGENT_KMS_SECRET_KEY: randomBytes(32).toString('hex'),
      CONNECTOR_URL: connector.url,
    };
    // An established connection, so the process also resumes it (a status report to send).
    const holder = await makeAgent({ connectorUrl: connector.url, database: env.AGENT_DB, secretKey: env.AGENT_SECRET_KEY, kmsSecretKey: env.AGENT_KMS_SECRET_KEY });
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    env.CONNECTION_ID = (await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did })).connectionId;
    await holder.close();
  }, 60_000);

  afterAll(async () => {
    await issuer?.close();
    await connector?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exits after methods that read or change local state', async () => {
    const run = await runOneShot({ ...env, METHODS: 'e2eListConnections,e2eGetConnection,e2eGetMessages,e2eSetKeyRotation' }, 4, 10_000);
    expect(run.outcome, run.stderr).toBe(0);
    expect(run.lines.map((l) => l.method)).toEqual(['e2eListConnections', 'e2eGetConnection', 'e2eGetMessages', 'e2eSetKeyRotation']);
    expect(run.lines[0]!.result).toMatchObject({ connections: [{ connectionId: env.CONNECTION_ID, state: 'established' }] });
  }, 70_000);

  it('keeps running once a method started live delivery', async () => {
    const run = await runOneShot({ ...env, METHODS: 'e2eStartListening' }, 1, 3_000);
    expect(run.lines).toEqual([{ method: 'e2eStartListening', result: { listening: true, connectorUrl: connector.url } }]);
    expect(run.outcome).toBe('running');
  }, 70_000);
});
