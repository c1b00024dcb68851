/**
 * End-to-end benchmark (not a test): plugin send -> connector -> plugin receive (stored,
 * decrypted) -> end-to-end ack, between two real Veramo agents through a real connector process.
 *
 *   npm run bench:e2e [-- --messages 2000] [-- --connections 100] [-- --handshakes 30] [-- --pg URL]
 *
 * Reports invitation -> established session time (p50, p99), msgs/s and latency (p50, p99,
 * send call -> holder's "message received" event) for 1 and for N connections, on SQLite
 * (agents and connector) and, when PostgreSQL answers, on PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createConnectorE2EAgent, E2E_EVENTS, openAgentDatabase, type ConnectorE2EAgent, type E2EReceivedMessage } from '@connector-e2e/veramo-plugin';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/connector/src/cli.ts');
const argv = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const quick = argv.includes('--quick');
const totalMessages = Number(opt('messages', quick ? '300' : '3000'));
const manyConnections = Number(opt('connections', quick ? '20' : '100'));
const handshakes = Number(opt('handshakes', quick ? '10' : '40'));
const window = Number(opt('window', '128'));
const pgUrl = opt('pg', process.env.CONNECTOR_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

export interface E2EResult {
  backend: string;
  case: string;
  value: number;
  unit: string;
  p50?: number;
  p99?: number;
}

function startConnector(db: string, extra: string[] = []): Promise<{ url: string; child: ChildProcess }> {
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

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function agentOn(database: string, pgSchema: string | undefined, connectorUrl: string, onMessage?: (m: E2EReceivedMessage) => void) {
  const db = await openAgentDatabase({ database, pgSchema });
  const agent: ConnectorE2EAgent = createConnectorE2EAgent({
    dbConnection: db,
    kmsSecretKey: randomBytes(32).toString('hex'),
    secretKey: randomBytes(32).toString('hex'),
    connectorUrl,
    plugins: onMessage ? [{ eventTypes: [E2E_EVENTS.messageReceived], onEvent: async (e: { data: unknown }) => onMessage(e.data as E2EReceivedMessage) }] : [],
  });
  const did = (await agent.didManagerCreate({ provider: 'did:key' })).did;
  return { agent, did, db };
}

async function runBackend(backend: 'sqlite' | 'postgres'): Promise<E2EResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-bench-'));
  const schemas: string[] = [];
  const dbFor = (name: string): [string, string | undefined] => {
    if (backend === 'sqlite') return [join(dir, `${name}.sqlite`), undefined];
    const s = `bench_${name}_${randomBytes(4).toString('hex')}`;
    schemas.push(s);
    return [pgUrl, s];
  };
  const connectorDb = backend === 'sqlite' ? join(dir, 'connector.sqlite') : pgUrl;
  const connectorSchema = backend === 'postgres' ? `bench_conn_${randomBytes(4).toString('hex')}` : undefined;
  if (connectorSchema) schemas.push(connectorSchema);
  const connector = await startConnector(connectorDb, connectorSchema ? ['--pg-schema', connectorSchema] : []);
  const received = new Map<string, number>();
  let onReceived: (() => void) | undefined;
  const issuer = await agentOn(...dbFor('issuer'), connector.url);
  const holder = await agentOn(...dbFor('holder'), connector.url, (m) => {
    received.set(m.messageId, performance.now());
    onReceived?.();
  });
  const results: E2EResult[] = [];
  try {
    // Invitation -> established session, one at a time (wall time of create + accept).
    const times: number[] = [];
    const connectionIds: string[] = [];
    for (let i = 0; i < Math.max(handshakes, manyConnections); i++) {
      const t0 = performance.now();
      const inv = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
      const c = await holder.agent.e2eAcceptInvitation({ invitation: inv.url, did: holder.did });
      if (i < handshakes) times.push(performance.now() - t0);
      connectionIds.push(c.connectionId);
    }
    results.push({ backend, case: 'invitation -> established session', value: pct(times, 50), unit: 'ms p50', p50: pct(times, 50), p99: pct(times, 99) });

    for (const n of [1, manyConnections]) {
      const conns = connectionIds.slice(0, n);
      const sentAt = new Map<string, number>();
      received.clear();
      let inFlight = 0;
      let next = 0;
      const t0 = performance.now();
      await new Promise<void>((done, fail) => {
        const pump = () => {
          while (inFlight < window && next < totalMessages) {
            const id = `m${n}-${next}`;
            const connectionId = conns[next % conns.length]!;
            next++;
            inFlight++;
            sentAt.set(id, performance.now());
            holder; // keep reference
            issuer.agent
              .e2eSendMessage({ connectionId, message: { plainCredential: { encodedCredential: 'x'.repeat(1024) }, messageId: id } })
              .then(() => {
                inFlight--;
                pump();
              }, fail);
          }
        };
        onReceived = () => {
          if (received.size >= totalMessages) done();
        };
        pump();
      });
      const elapsed = (performance.now() - t0) / 1000;
      const lat = [...received].map(([id, at]) => at - (sentAt.get(id) ?? at));
      results.push({ backend, case: `send -> receive, ${n} connection${n > 1 ? 's' : ''}, 1 KiB`, value: totalMessages / elapsed, unit: 'msgs/s', p50: pct(lat, 50), p99: pct(lat, 99) });
      // Let the end-to-end acks drain before the next case.
      for (let i = 0; i < 200; i++) {
        const unacked = (await Promise.all(conns.map((c) => issuer.agent.e2eGetConnection({ connectionId: c })))).reduce((a, c) => a + c.unacked, 0);
        if (unacked === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await issuer.agent.e2eStopListening({});
    await holder.agent.e2eStopListening({});
    await issuer.db.destroy();
    await holder.db.destroy();
    connector.child.kill('SIGTERM');
    await new Promise((r) => connector.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
    if (schemas.length > 0) {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await c.end();
    }
  }
  return results;
}

async function pgAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const backends = opt('backends', 'sqlite,postgres').split(',');

export async function e2eCases(): Promise<E2EResult[]> {
  const out = backends.includes('sqlite') ? await runBackend('sqlite') : [];
  if (!backends.includes('postgres')) return out;
  if (await pgAvailable()) out.push(...(await runBackend('postgres')));
  else console.log(`PostgreSQL unreachable at ${pgUrl}: end-to-end PostgreSQL cases skipped`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await e2eCases();
  for (const r of results) {
    console.log(`${r.backend.padEnd(9)} ${r.case.padEnd(42)} ${r.value.toFixed(1).padStart(9)} ${r.unit}${r.p50 !== undefined ? `   p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99!.toFixed(1)} ms` : ''}`);
  }
  process.exit(0);
}
