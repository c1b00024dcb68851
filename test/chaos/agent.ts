/**
 * A chaos agent: an issuer or holder agent in its own process that runs a scripted workload on
 * every established connection and writes what it did to an append-only JSON-lines log that
 * survives kill -9 (each line is written with one write(2) before anything depends on it, and
 * sends and receipts are fdatasync'd).
 *
 * Environment:
 *   CHAOS_ROLE             issuer | holder
 *   CHAOS_LOG              the log file (appended; shared by every life of this agent)
 *   CHAOS_SALT             hex; message bodies are derived from it and the message id (bodyOf)
 *   AGENT_DB, AGENT_SECRET_KEY, AGENT_KMS_SECRET_KEY, CONNECTOR_URL   as in the crash tests
 *   AGENT_PG_SCHEMA        the schema, when AGENT_DB is a PostgreSQL URL
 *   AGENT_DID              reuse this DID (else one is created)
 *   CHAOS_INVITE=n         issuer, first life: create n invitations (printed as {event: invitation})
 *   CHAOS_ACCEPT=url,...   holder, first life: accept these invitations
 *   CHAOS_WORKLOAD=1       start sending at once (else wait for a `workload` command)
 *   CHAOS_PACE_MS          mean pause between two sends on one connection (default 100)
 *
 * Commands on stdin, one JSON object a line:
 *   {"cmd":"workload","on":true|false}    start or stop the workload
 *   {"cmd":"probe","id":"...","connectionId":"..."}   send one probe message with this id
 *
 * Log lines (`t` is the type, `at` Date.now()):
 *   boot, ready{did}, invitation{url}, established{c}, try{id,c}, sent{id,c,e,k,n},
 *   send-error{id,c,code}, recv{id,c,e,k,n}, seal{k,iv} (every AES-GCM key and IV this process
 *   seals with, through observeSeals), kp{k} (every X25519 private key the provider generates).
 * The seal and kp lines are the test hook that tells the harness which key bytes exist (the
 * (key, IV) oracle and the secrets scan); nothing else in the agent exposes key material.
 */
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { isTransientDatabaseError } from '@connector-e2e/db-kit';
import { observeSeals, toHex, type CryptoProvider } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { createConnectorE2EAgent, E2E_EVENTS, errorCodeOf, openAgentDatabase, type E2EReceivedMessage } from '@connector-e2e/veramo-plugin';
import { bodyOf } from './bodies.js';

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

const role = env('CHAOS_ROLE');
const salt = env('CHAOS_SALT');
const logFd = openSync(env('CHAOS_LOG'), 'a');
const boot = `${role[0]}${process.pid.toString(36)}${Date.now().toString(36)}`;

/** One line, one write(2): the kernel has it even if this process is killed right after. */
function log(o: Record<string, unknown>, sync = false): void {
  writeSync(logFd, `${JSON.stringify({ ...o, at: Date.now() })}\n`);
  if (sync) fdatasyncSync(logFd);
}
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);

log({ t: 'boot', pid: process.pid, boot });

/** The crypto provider, observed: every (key, IV) sealed and every X25519 private key made. */
const observed: CryptoProvider = (() => {
  const base = observeSeals(nodeCrypto, (o) => log({ t: 'seal', k: toHex(o.key), iv: toHex(o.iv) }));
  return {
    ...base,
    x25519KeyPair() {
      const kp = base.x25519KeyPair();
      log({ t: 'kp', k: toHex(kp.privateKey) });
      return kp;
    },
  };
})();

/** Opens the database, waiting while it is unavailable (a PostgreSQL server restarting). */
async function openDatabase() {
  for (let attempt = 0; ; attempt++) {
    try {
      return await openAgentDatabase({ database: env('AGENT_DB'), ...(process.env.AGENT_PG_SCHEMA ? { pgSchema: process.env.AGENT_PG_SCHEMA } : {}) });
    } catch (e) {
      if (!isTransientDatabaseError(e) || attempt >= 60) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
const db = await openDatabase();
const agent = createConnectorE2EAgent({
  dbConnection: db,
  kmsSecretKey: env('AGENT_KMS_SECRET_KEY'),
  secretKey: env('AGENT_SECRET_KEY'),
  connectorUrl: env('CONNECTOR_URL'),
  crypto: observed,
  retransmitAfterMs: 2000,
  handshakeTimeoutMs: 60_000,
  plugins: [
    {
      eventTypes: [E2E_EVENTS.messageReceived, E2E_EVENTS.connectionState],
      onEvent: async (event: { type: string; data: unknown }) => {
        if (event.type === E2E_EVENTS.messageReceived) {
          const m = event.data as E2EReceivedMessage;
          log({ t: 'recv', id: m.messageId, c: m.connectionId, e: m.epoch, k: m.keyId, n: m.counter }, true);
        } else {
          const s = event.data as { connectionId: string; state: string };
          if (s.state === 'established') {
            log({ t: 'established', c: s.connectionId });
            say({ event: 'established', connectionId: s.connectionId });
          }
        }
      },
    },
  ],
});

/** As an application would: a call the database refused for now is tried again. */
async function retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const code = errorCodeOf((e as Error).message);
      // A write the database refused may go through next time (the harness's failures are).
      if ((code !== 'storage_unavailable' && code !== 'storage_failed') || attempt >= 20) throw e;
      log({ t: 'retry', what, code });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

const did = process.env.AGENT_DID ?? (await agent.didManagerCreate({ provider: 'did:key' })).did;
log({ t: 'ready', did });
say({ event: 'ready', did, boot });
await retrying('start listening', () => agent.e2eStartListening({}));

const invite = Number(process.env.CHAOS_INVITE ?? 0);
for (let i = 0; i < invite; i++) {
  const inv = await agent.e2eCreateInvitation({ did });
  say({ event: 'invitation', url: inv.url });
}
for (const url of (process.env.CHAOS_ACCEPT ?? '').split(',').filter(Boolean)) {
  const c = await agent.e2eAcceptInvitation({ invitation: url, did });
  log({ t: 'established', c: c.connectionId });
  say({ event: 'established', connectionId: c.connectionId });
}

// ---- workload ---------------------------------------------------------------------------------

const pace = Number(process.env.CHAOS_PACE_MS ?? 100);
let workloadOn = process.env.CHAOS_WORKLOAD === '1';
let stopping = false;
let seq = 0;
const loops = new Map<string, Promise<void>>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends one message until the plugin accepts it (retrying the same id). */
async function sendOne(connectionId: string, id: string, retryWhile: () => boolean): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    log({ t: 'try', id, c: connectionId });
    try {
      const r = await agent.e2eSendMessage({ connectionId, message: { messageId: id, credentialJwt: { jwt: bodyOf(salt, id) } } });
      log({ t: 'sent', id, c: connectionId, e: r.epoch, k: r.keyId, n: r.counter }, true);
      return true;
    } catch (e) {
      log({ t: 'send-error', id, c: connectionId, code: errorCodeOf((e as Error).message) ?? (e as Error).message.slice(0, 80) });
      if (!retryWhile() || stopping) return false;
      await sleep(Math.min(2000, 200 * 2 ** Math.min(attempt, 4)));
    }
  }
}

function runLoop(connectionId: string): void {
  if (loops.has(connectionId)) return;
  const loop = (async () => {
    while (workloadOn && !stopping) {
      const id = `${boot}.${(seq++).toString(36)}`;
      await sendOne(connectionId, id, () => workloadOn);
      await sleep(pace * (0.5 + Math.random()));
    }
  })().finally(() => loops.delete(connectionId));
  loops.set(connectionId, loop);
}

async function startWorkload(): Promise<void> {
  const { connections } = await agent.e2eListConnections({ state: 'established' });
  for (const c of connections) runLoop(c.connectionId);
}

if (workloadOn) await startWorkload();
// Connections established later (or by the peer) join the workload.
setInterval(() => void (workloadOn && !stopping ? startWorkload().catch(() => undefined) : undefined), 1000);

createInterface({ input: process.stdin }).on('line', (line) => {
  let cmd: { cmd?: string; on?: boolean; id?: string; connectionId?: string };
  try {
    cmd = JSON.parse(line) as typeof cmd;
  } catch {
    return;
  }
  if (cmd.cmd === 'workload') {
    workloadOn = cmd.on === true;
    if (workloadOn) void startWorkload();
  } else if (cmd.cmd === 'probe' && cmd.id && cmd.connectionId) {
    void sendOne(cmd.connectionId, cmd.id, () => !stopping);
  }
});

process.on('SIGTERM', () => {
  stopping = true;
  workloadOn = false;
  void Promise.allSettled([...loops.values()])
    .then(() => agent.e2eStopListening({}))
    .finally(() => db.destroy().finally(() => {
      closeSync(logFd);
      process.exit(0);
    }));
});
say({ event: 'running' });
