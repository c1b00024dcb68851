/**
 * `npm run demo`: the whole flow with nothing to set up, in a fresh temporary directory.
 *
 *   1. a connector process (SQLite, loopback, any free port);
 *   2. an issuer process: did:key identity, one-time invitation, QR code in the terminal and as PNG;
 *   3. a holder process: decodes the PNG, accepts; the plugins run X3DH through the connector;
 *   4. the issuer signs a W3C verifiable credential (JWT) and sends it encrypted; the holder
 *      verifies it and acks end to end;
 *   5. the connector's database files (with -wal) are searched for the credential, its subject
 *      values and the invitation secret, and every file the agents leave behind (databases,
 *      their `connector-e2e:*` debug logs) for the invitation secret: any hit fails the demo.
 *      The invitation PNG must be gone once accepted; the agents' keys live apart from their data.
 *
 * Flags: --keep (leave the temporary directory), --timeout <seconds> (default 55), --etamp (an
 * ETAMP connection: every record in a JWS signed by the sender's DID, docs/protocol.md 23).
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { decodeInvitationUrl } from '@connector-e2e/protocol';
import { decodeQrPng } from '@connector-e2e/veramo-plugin';
import { startTs, stopAll, stopChild, type Child } from './lib/children.js';
import { bytesNeedle, scanFiles, textNeedle, withCompanions, type Needle, type ScanResult } from './lib/scan.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const etamp = argv.includes('--etamp');
const timeoutArg = argv.indexOf('--timeout');
const timeoutMs = (timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) : 55) * 1000;

type Event = Record<string, unknown> & { role: string; event: string };

const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'connector-e2e-demo-'));
const paths = {
  connectorDb: join(dir, 'connector.sqlite'),
  connectorLog: join(dir, 'connector.log'),
  issuerDb: join(dir, 'issuer', 'agent.sqlite'),
  holderDb: join(dir, 'holder', 'agent.sqlite'),
  png: join(dir, 'invitation.png'),
  keys: join(dir, 'keys'),
  credential: join(dir, 'holder', 'credential.jwt'),
};
// Values that cannot occur in the database by chance: if one shows up, it leaked.
const claims = {
  name: `Alice Example ${randomBytes(3).toString('hex')}`,
  degree: 'Bachelor of Science in Applied Cryptography',
  studentId: `S-${randomBytes(6).toString('hex')}`,
};

const say = (label: string, text: string) => process.stdout.write(`${label.padEnd(10)} ${text}\n`);
const short = (did: unknown) => (typeof did === 'string' && did.length > 28 ? `${did.slice(0, 20)}...${did.slice(-6)}` : String(did));

/** The environment for children: nothing from the caller's E2E_* / CONNECTOR_* settings leaks in. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(E2E_|CONNECTOR_)/.test(k)) env[k] = v;
  return { ...env, ...extra };
}

let finishing: Promise<never> | undefined;
/** Stops every child and exits; later calls (a child's exit after SIGINT, say) wait for the first. */
function finish(code: number, message?: string): Promise<never> {
  finishing ??= (async () => {
    if (message) process.stderr.write(`demo failed: ${message}\n`);
    await stopAll();
    if (keep || code !== 0) process.stdout.write(`files kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
    process.exit(code);
  })();
  return finishing;
}
process.on('SIGINT', () => void finish(130, 'interrupted'));
process.on('SIGTERM', () => void finish(143, 'terminated'));
const watchdog = setTimeout(() => void finish(1, `not done after ${timeoutMs / 1000} s`), timeoutMs);
watchdog.unref();

function startConnector(): Promise<{ child: Child; url: string }> {
  const log = createWriteStream(paths.connectorLog);
  return new Promise((res, rej) => {
    const child = startTs('connector', join(root, 'packages/connector/src/cli.ts'), ['--port', '0', '--host', '127.0.0.1', '--db', paths.connectorDb], {
      cwd: root,
      env: childEnv({ CONNECTOR_LOG_LEVEL: 'info' }),
      onStdoutLine: (line) => {
        log.write(`${line}\n`);
        const m = /"url":"(http:\/\/[^"]+)".*connector listening/.exec(line);
        if (m) res({ child, url: m[1]! });
      },
      onStderrLine: (line) => log.write(`${line}\n`),
    });
    void child.exited.then((code) => {
      log.end();
      rej(new Error(`the connector exited (${code}) before listening:\n${child.stderr()}`));
    });
  });
}

/**
 * Starts an agent script with the plugin's debug log on (written to `<role>/debug.log`, to be
 * scanned for secrets); resolves with its JSON events once it exits 0.
 */
function runAgent(role: 'issuer' | 'holder', args: string[], onEvent: (e: Event) => void): { child: Child; done: Promise<Event[]> } {
  const events: Event[] = [];
  mkdirSync(join(dir, role), { recursive: true });
  const log = createWriteStream(join(dir, role, 'debug.log'), { mode: 0o600 });
  const child = startTs(role, join(root, 'scripts', `${role}.ts`), [...args, '--keys-file', join(paths.keys, `${role}.keys.json`)], {
    cwd: root,
    env: childEnv({ DEBUG: 'connector-e2e:*', DEBUG_COLORS: 'no' }),
    onStderrLine: (line) => log.write(`${line}\n`),
    onStdoutLine: (line) => {
      if (!line.startsWith('{')) {
        process.stdout.write(`${line}\n`); // the QR code
        return;
      }
      const e = JSON.parse(line) as Event;
      events.push(e);
      onEvent(e);
    },
  });
  const done = child.exited.then(async (code) => {
    await new Promise((r) => log.end(r));
    if (code !== 0) throw new Error(`the ${role} exited with ${code}:\n${child.stderr()}`);
    return events;
  });
  return { child, done };
}

function find(events: Event[], event: string): Event {
  const e = events.find((x) => x.event === event);
  if (!e) throw new Error(`no "${event}" event`);
  return e;
}

function counters(e: Event): string {
  return `epoch ${String(e.epoch)} sendNext ${String(e.sendNext)} receiveNext ${String(e.receiveNext)}`;
}

function report(when: string, result: ScanResult, needles: readonly Needle[], info: readonly string[]): number {
  const total = result.files.reduce((n, f) => n + f.bytes, 0);
  say('scan', `${when}: ${result.files.map((f) => f.name).join(', ')} (${(total / 1024).toFixed(0)} KiB)`);
  let leaks = 0;
  for (const n of needles) {
    const hits = result.found.get(n.label) ?? [];
    if (!info.includes(n.label)) leaks += hits.length;
    const verdict = hits.length === 0 ? 'not found' : `FOUND in ${hits.join(', ')}`;
    say('', `${n.label.padEnd(34)} ${info.includes(n.label) ? `${hits.length ? 'present' : 'absent'} (metadata the connector sees by design, docs/protocol.md section 19)` : verdict}`);
  }
  return leaks;
}

let announced = false;
function established(e: Event): void {
  if (e.event !== 'established' || announced) return;
  announced = true;
  say('X3DH', `connection ${String(e.connectionId)} established (pre-key bundle, init, key confirmation)`);
  if (e.envelope === 'etamp') say('ETAMP', 'every record and control message travels as a JWS signed by its sender\'s DID (docs/protocol.md 23)');
}

async function main(): Promise<void> {
  process.stdout.write(`connector-e2e demo in ${dir}\n`);
  const connector = await startConnector();
  say('connector', `listening on ${connector.url} (SQLite ${paths.connectorDb})`);

  // Read as soon as the issuer wrote it: it removes the PNG once the holder accepted.
  let invitationUrl: string | undefined;
  const issuer = runAgent('issuer', ['--connector', connector.url, '--db', paths.issuerDb, '--qr-png', paths.png, '--claims', JSON.stringify(claims), '--timeout', '50', ...(etamp ? ['--envelope', 'etamp'] : [])], (e) => {
    if (e.event === 'identity') say('issuer', `identity ${short(e.did)}`);
    if (e.event === 'invitation') {
      invitationUrl = decodeQrPng(readFileSync(paths.png));
      say('issuer', `invitation created: QR version ${String(e.qrVersion)} (printed above), PNG written to ${String(e.png)}`);
    }
    if (e.event === 'credential_issued') say('issuer', `signed a ${String(e.type)} for the holder (JWT, ${String(e.jwtBytes)} bytes, claims ${(e.claims as string[]).join(', ')})`);
    if (e.event === 'sent') say('issuer', `sent it as an EncryptedMessage (epoch ${String(e.epoch)}, counter ${String(e.counter)})`);
    established(e);
  });
  const holder = runAgent('holder', ['--db', paths.holderDb, '--qr-png', paths.png, '--credential-out', paths.credential, '--timeout', '50'], (e) => {
    if (e.event === 'scanned') say('holder', `decoded the QR code from the PNG image; accepting the invitation`);
    established(e);
    if (e.event === 'credential') say('holder', `received ${String(e.copies)} credential, signature verified=${String(e.verified)}, issuer ${short(e.issuer)}`);
    const envelope = e.envelope as { verified?: boolean; signer?: string; alg?: string; jwtBytes?: number } | undefined;
    if (e.event === 'credential' && envelope) say('ETAMP', `the record's envelope, exported (${String(envelope.jwtBytes)}-character ${String(envelope.alg)} JWS), verified=${String(envelope.verified)} by did-jwt alone: signed by ${short(envelope.signer)}`);
  });
  const [issuerEvents, holderEvents] = await Promise.all([issuer.done, holder.done]);

  const issuerDone = find(issuerEvents, 'done');
  const holderDone = find(holderEvents, 'done');
  if (issuerDone.connectionId !== holderDone.connectionId) throw new Error('issuer and holder report different connections');
  say('ack', `the holder's end-to-end ack reached the issuer (issuer unacked ${String(issuerDone.unacked)})`);
  say('summary', `connection ${String(holderDone.connectionId)}, handshake ${String(holderDone.handshakeMs)} ms (holder: accept -> confirmed session)`);
  say('counters', `issuer ${counters(issuerDone)} | holder ${counters(holderDone)}`);

  // What must never reach the connector: the credential, what it says, and the invitation secret.
  const jwt = readFileSync(paths.credential, 'utf8').trim();
  const [, payload, signature] = jwt.split('.');
  if (!invitationUrl) throw new Error('the invitation PNG was never read');
  if (existsSync(paths.png)) throw new Error('the invitation PNG (it carries the secret) is still there after the invitation was accepted');
  const invitation = decodeInvitationUrl(invitationUrl);
  const needles: Needle[] = [
    textNeedle('credential JWT', jwt, payload ?? '', signature ?? ''),
    ...Object.entries(claims).map(([k, v]) => textNeedle(`credential subject ${k}`, v)),
    bytesNeedle('invitation secret', invitation.secret.expose()),
    textNeedle('invitation URL fragment', invitationUrl.slice(invitationUrl.indexOf('#') + 1)),
    textNeedle('DIDs', String(find(holderEvents, 'credential').issuer), String(find(holderEvents, 'credential').subject)),
  ];
  const info = ['DIDs'];
  const files = () => [...withCompanions(paths.connectorDb), paths.connectorLog];
  let leaks = report('connector running', scanFiles(files(), needles), needles, info);
  const stopped = await stopChild(connector.child);
  if (stopped !== 0) throw new Error(`the connector did not shut down cleanly (${stopped})`);
  leaks += report('connector stopped', scanFiles(files(), needles), needles, info);
  if (leaks > 0) throw new Error('plaintext found in the connector\u2019s files');
  say('result', 'no plaintext in the connector\u2019s database: no credential, no subject values, no invitation secret');

  // Everything the agents leave behind except their keys (kept apart) and the credential the
  // holder was asked to write out: no invitation secret, in any file or debug log.
  const secrets = needles.filter((n) => n.label.startsWith('invitation'));
  const agentFiles = (['issuer', 'holder'] as const).flatMap((role) => readdirSync(join(dir, role)).map((f) => join(dir, role, f))).filter((f) => f !== paths.credential);
  const agentLeaks = report('agents\u2019 files', scanFiles(agentFiles, secrets), secrets, []);
  if (agentLeaks > 0) throw new Error('the invitation secret was found in a file an agent left behind');
  say('result', 'no invitation secret in the agents\u2019 databases or debug logs; the invitation PNG was removed once accepted');
  say('done', `demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().then(
  () => finish(0),
  (e: unknown) => finish(1, e instanceof Error ? e.message : String(e)),
);
