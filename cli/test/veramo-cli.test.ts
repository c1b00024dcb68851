/**
 * The README's Veramo CLI section with the real @veramo/cli installed in cli/ (npm run
 * cli:install) and the repository's agent.yml: `veramo config check`, `veramo execute` of
 * Veramo's methods and of the plugin's (each must print its result and exit by itself), and
 * `veramo server` answering REST calls with the API key only. An issuer agent served over REST
 * and a holder agent driven by `veramo execute` connect through a real connector, and a
 * credential goes from one to the other.
 *
 * `veramo execute` exits 0 even when the method failed (it prints the error on stderr), so every
 * call is judged by the JSON it prints.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnConnector, type ConnectorProcess } from '../../test/kit/connector-process.js';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = resolve(cliDir, '..');
const veramoBin = join(cliDir, 'node_modules/.bin/veramo');
const agentYml = join(repoRoot, 'agent.yml');

interface Run {
  /** Exit code, or 'running' when it had to be killed after the wait. */
  outcome: number | string;
  stdout: string;
  stderr: string;
}

interface Started {
  /** Resolves once stdout matches `pattern` (rejects if the process exits first). */
  output(pattern: RegExp, timeoutMs: number): Promise<string>;
  stop(): Promise<number | string>;
}

/** Runs `veramo <args>` in `cwd` and waits up to `waitMs` for it to exit. */
function veramo(args: string[], cwd: string, env: Record<string, string>, waitMs = 30_000): Promise<Run> {
  const child = spawn(veramoBin, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((res) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      res({ outcome: 'running', stdout, stderr });
    }, waitMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      res({ outcome: code ?? signal ?? -1, stdout, stderr });
    });
  });
}

/** `veramo <args>` left running (the server, or a method that starts listening). */
function start(args: string[], cwd: string, env: Record<string, string>): Started {
  const child = spawn(veramoBin, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | string>((res) => child.on('exit', (code, signal) => res(code ?? signal ?? -1)));
  return {
    output: (pattern, timeoutMs) =>
      new Promise((res, rej) => {
        const timer = setTimeout(() => rej(new Error(`veramo ${args.join(' ')}: no output matching ${pattern} within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`)), timeoutMs);
        const check = () => {
          const m = pattern.exec(stdout);
          if (!m) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          res(m[0]);
        };
        child.stdout.on('data', check);
        check();
        void exited.then((code) => {
          clearTimeout(timer);
          rej(new Error(`veramo ${args.join(' ')} exited (${code})\nstdout: ${stdout}\nstderr: ${stderr}`));
        });
      }),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The JSON a `veramo execute` printed; fails with its stderr when it printed none. */
function printed<T>(run: Run, what: string): T {
  expect(run.outcome, `${what} did not exit by itself\nstdout: ${run.stdout}\nstderr: ${run.stderr}`).toBe(0);
  const line = run.stdout.split('\n').find((l) => l.startsWith('{') || l.startsWith('['));
  if (!line) throw new Error(`${what} printed no result\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  return JSON.parse(line) as T;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

interface Connection {
  connectionId: string;
  state: string;
  peerDid?: string;
}

describe('the Veramo CLI with agent.yml', () => {
  let dir: string;
  let connector: ConnectorProcess;
  let issuerDir: string;
  let holderDir: string;
  let issuerEnv: Record<string, string>;
  let holderEnv: Record<string, string>;
  let server: Started | undefined;
  let baseUrl: string;
  const apiKey = randomBytes(16).toString('hex');
  const keys = () => ({ E2E_SECRET_KEY: randomBytes(32).toString('hex'), E2E_KMS_SECRET_KEY: randomBytes(32).toString('hex') });
  // The issuer's and the holder's state between the steps below.
  let issuerDid = '';
  let holderDid = '';
  let connectionId = '';

  const rest = async (method: string, body: unknown, auth = true): Promise<{ status: number; json: unknown }> => {
    const res = await fetch(`${baseUrl}/agent/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json };
  };

  beforeAll(async () => {
    if (!existsSync(veramoBin)) throw new Error('the Veramo CLI is not installed in cli/: run `npm run cli:install` (or `npm run test:cli`, which does)');
    dir = mkdtempSync(join(tmpdir(), 'veramo-cli-'));
    connector = await spawnConnector({ url: join(dir, 'connector.sqlite') });
    // Each agent in its own directory: agent.yml's database file (./agent.sqlite) is relative to it.
    issuerDir = join(dir, 'issuer');
    holderDir = join(dir, 'holder');
    mkdirSync(issuerDir);
    mkdirSync(holderDir);
    issuerEnv = { CONNECTOR_URL: connector.url, AGENT_API_KEY: apiKey, ...keys() };
    holderEnv = { CONNECTOR_URL: connector.url, AGENT_API_KEY: apiKey, ...keys() };
  });

  afterAll(async () => {
    await server?.stop();
    await connector?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('config check: the agent is created and has the plugin\u2019s methods', async () => {
    const run = await veramo(['config', 'check', '-f', agentYml, '-m', 'e2eListConnections'], issuerDir, issuerEnv);
    expect(run.outcome, run.stderr).toBe(0);
    expect(run.stdout).toContain("Your Veramo configuration seems fine. An agent can be created and the 'agent.e2eListConnections()' method can be called on it.");
  });

  it('execute: Veramo\u2019s didManagerCreate, then didManagerFind, each exiting by itself', async () => {
    const created = printed<{ did: string; provider: string }>(await veramo(['--config', agentYml, 'execute', '-m', 'didManagerCreate', '-a', '{"provider":"did:key"}'], issuerDir, issuerEnv), 'didManagerCreate');
    expect(created.did).toMatch(/^did:key:z6Mk/);
    issuerDid = created.did;
    const found = printed<{ did: string }[]>(await veramo(['--config', agentYml, 'execute', '-m', 'didManagerFind', '-a', '{}'], issuerDir, issuerEnv), 'didManagerFind');
    expect(found.map((i) => i.did)).toEqual([issuerDid]);
  });

  it('execute: the plugin\u2019s e2eListConnections prints its result and exits', async () => {
    const listed = printed<{ connections: Connection[] }>(await veramo(['--config', agentYml, 'execute', '-m', 'e2eListConnections', '-a', '{}'], issuerDir, issuerEnv), 'e2eListConnections');
    expect(listed).toEqual({ connections: [] });
  });

  it('server: REST calls with the API key only, and an invitation', async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = start(['--config', agentYml, 'server', '--port', String(port)], issuerDir, issuerEnv);
    await server.output(/Cloud Agent ready/, 60_000);

    const refused = await rest('e2eListConnections', {}, false);
    expect(refused.status).toBe(401);
    const listed = await rest('e2eListConnections', {});
    expect(listed).toEqual({ status: 200, json: { connections: [] } });

    const schema = (await (await fetch(`${baseUrl}/open-api.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(schema.paths).filter((p) => p.startsWith('/e2e')).length).toBeGreaterThanOrEqual(14);

    const invitation = await rest('e2eCreateInvitation', { did: issuerDid });
    expect(invitation.status, JSON.stringify(invitation.json)).toBe(200);
    const { url } = invitation.json as { url: string };
    expect(url).toMatch(/#/);

    // The holder, by `veramo execute`: a DID, then the invitation (which starts listening and
    // so keeps its process running: it is stopped once it printed the connection).
    holderDid = printed<{ did: string }>(await veramo(['--config', agentYml, 'execute', '-m', 'didManagerCreate', '-a', '{}'], holderDir, holderEnv), 'didManagerCreate').did;
    const accepting = start(['--config', agentYml, 'execute', '-m', 'e2eAcceptInvitation', '-a', JSON.stringify({ invitation: url, did: holderDid })], holderDir, holderEnv);
    const accepted = JSON.parse(await accepting.output(/^\{.*\}$/m, 60_000)) as Connection;
    await accepting.stop();
    expect(accepted).toMatchObject({ state: 'established', peerDid: issuerDid });
    connectionId = accepted.connectionId;
  });

  it('execute: e2eListConnections shows the established connection and exits, with the connector up', async () => {
    const listed = printed<{ connections: Connection[] }>(await veramo(['--config', agentYml, 'execute', '-m', 'e2eListConnections', '-a', '{}'], holderDir, holderEnv), 'e2eListConnections');
    expect(listed.connections).toMatchObject([{ connectionId, state: 'established', peerDid: issuerDid }]);
  });

  it('a credential issued over REST reaches the holder, which fetches it with e2eSync', async () => {
    expect(connectionId).not.toBe('');
    const vc = await rest('createVerifiableCredential', { credential: { issuer: { id: issuerDid }, credentialSubject: { id: holderDid, name: 'CLI Holder' } }, proofFormat: 'jwt' });
    expect(vc.status, JSON.stringify(vc.json)).toBe(200);
    const jwt = (vc.json as { proof: { jwt: string } }).proof.jwt;
    const sent = await rest('e2eSendMessage', { connectionId, message: { credentialJwt: { jwt } } });
    expect(sent.json).toMatchObject({ delivered: true });

    printed(await veramo(['--config', agentYml, 'execute', '-m', 'e2eSync', '-a', '{}'], holderDir, holderEnv), 'e2eSync');
    const { messages } = printed<{ messages: { connectionId: string; kind: string; message: unknown }[] }>(
      await veramo(['--config', agentYml, 'execute', '-m', 'e2eGetMessages', '-a', '{}'], holderDir, holderEnv),
      'e2eGetMessages',
    );
    expect(messages).toMatchObject([{ connectionId, kind: 'credentialJwt' }]);
    expect(JSON.stringify(messages[0]!.message)).toContain(jwt);
  });
});
