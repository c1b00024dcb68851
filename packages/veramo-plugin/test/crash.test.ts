import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

interface AgentProcess {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exited: Promise<number | string>;
}

function spawnAgent(env: Record<string, string>): AgentProcess {
  const child = spawn(process.execPath, ['--conditions=connector-e2e:source', '--import', 'tsx', join(here, 'fixtures/agent-process.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let buf = '';
  child.stdout!.on('data', (c: Buffer) => {
    buf += c.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
    }
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? signal ?? -1)));
  void exited.then(() => err && process.env.DEBUG && console.error(err));
  return { child, lines, exited };
}

describe.each(['plain', 'etamp'] as const)('a holder process killed between storing a message and acking it, on %s connections', (envelope) => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let dir: string;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url, envelope }); // the issuer's invitation fixes the mode
    dir = mkdtempSync(join(tmpdir(), 'e2e-crash-'));
  }, 60_000);

  afterAll(async () => {
    await issuer?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets the credential exactly once after it restarts, and the issuer sees the end-to-end ack', async () => {
    const env = {
      AGENT_DB: join(dir, 'holder.sqlite'),
      AGENT_SECRET_KEY: randomBytes(32).toString('hex'),
      AGENT_KMS_SECRET_KEY: randomBytes(32).toString('hex'),
      CONNECTOR_URL: connector.url,
    };
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const first = spawnAgent({ ...env, INVITATION: invitation.url, CRASH_AFTER_STORE: '1' });
    const established = await eventually(() => first.lines.find((l) => l.event === 'established'), 40_000, 'the holder process to connect');
    const did = first.lines.find((l) => l.event === 'ready')!.did as string;
    const connectionId = established.connectionId as string;

    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'header.payload.signature' }, messageId: 'vc-1' } });
    expect(sent.delivered).toBe(true);
    // The fault: the holder stores the message, then dies before acking it to the connector.
    expect(await first.exited).toBe('SIGKILL');
    expect(first.lines.some((l) => l.event === 'message')).toBe(false);

    const second = spawnAgent({ ...env, AGENT_DID: did });
    try {
      await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).unacked === 0, 40_000, 'the end-to-end ack after the restart');
      const holderDb = new Database(env.AGENT_DB, { readonly: true });
      try {
        const rows = holderDb.prepare('SELECT message_id, envelope FROM e2e_inbox WHERE connection_id = ?').all(connectionId) as { message_id: string; envelope: string | null }[];
        expect(rows.map((r) => r.message_id)).toEqual(['vc-1']);
        // On an ETAMP connection the stored message keeps the envelope it came in.
        expect(rows[0]!.envelope !== null).toBe(envelope === 'etamp');
      } finally {
        holderDb.close();
      }
      // The redelivered copy was recognised as a duplicate: no second "received" event either.
      expect(second.lines.filter((l) => l.event === 'message')).toHaveLength(0);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  }, 120_000);
});
