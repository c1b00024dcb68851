/**
 * Issuer agent, as its own process:
 *
 *   node --conditions=connector-e2e:source --import tsx scripts/issuer.ts --connector http://127.0.0.1:8080
 *
 * Creates (or reuses) a did:key identity, creates a one-time invitation, prints its QR code in
 * the terminal and writes it as a PNG, waits for a holder to connect (X3DH runs inside the
 * plugin), issues a signed W3C verifiable credential (JWT) to the holder's DID, sends it over
 * the encrypted connection, waits for the holder's end-to-end ack and exits 0.
 *
 * With --directory <file>, instead of an invitation it publishes its pre-keys to the connector's
 * key directory and writes what a holder needs (connector URL, participant id, DID) to <file>;
 * a holder can then connect while this issuer is offline (--directory-exit yes publishes and
 * exits). With --receipt yes it asks for a delivery receipt signed by the holder's DID and
 * writes it to --receipt-out.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { agentFlags, parseFlags, seconds, UsageError } from './lib/flags.js';
import { runScript, waitFor } from './lib/run.js';

const USAGE = 'Usage: issuer.ts --connector <url> [flags]';
const FLAGS = [
  { name: 'connector', env: 'CONNECTOR_URL', help: 'base URL of the connector (required), e.g. http://127.0.0.1:8080', url: true },
  ...agentFlags('issuer'),
  { name: 'type', env: 'E2E_CREDENTIAL_TYPE', help: 'credential type', default: 'UniversityDegreeCredential' },
  { name: 'claims', env: 'E2E_CLAIMS', help: 'credential subject claims as a JSON object', default: '{"name":"Alice Example","degree":"Bachelor of Science"}' },
  { name: 'ttl-seconds', env: 'E2E_INVITATION_TTL', help: 'invitation lifetime in seconds', default: '600' },
  { name: 'envelope', env: 'E2E_ENVELOPE', help: "plain, or etamp: every record and control message travels as a JWS signed by the sender's DID (docs/protocol.md 23)", default: 'plain' },
  { name: 'directory', env: 'E2E_DIRECTORY', help: "publish pre-keys to the connector's key directory instead of an invitation, and write the holder's side of it (connector, participant id, DID) to this JSON file" },
  { name: 'directory-exit', env: 'E2E_DIRECTORY_EXIT', help: 'yes: with --directory, exit once published (a holder then connects while the issuer is offline)', default: 'no' },
  { name: 'receipt', env: 'E2E_RECEIPT', help: "yes: ask for a delivery receipt signed by the holder's DID and wait for it", default: 'no' },
  { name: 'receipt-out', env: 'E2E_RECEIPT_OUT', help: 'with --receipt yes, also write the receipt (a compact JWS) to this file' },
];

runScript('issuer', async ({ progress, onExit }) => {
  const flags = parseFlags(USAGE, FLAGS, process.argv.slice(2), process.env);
  if (!flags) return;
  const connectorUrl = flags.connector;
  if (!connectorUrl) throw new UsageError('--connector / CONNECTOR_URL is required');
  const claims = parseClaims(flags.claims!);
  const envelope = flags.envelope;
  if (envelope !== 'plain' && envelope !== 'etamp') throw new UsageError(`--envelope: plain or etamp, got ${String(envelope)}`);
  const yesNo = (name: string) => {
    const v = flags[name];
    if (v !== 'yes' && v !== 'no') throw new UsageError(`--${name}: yes or no, got ${String(v)}`);
    return v === 'yes';
  };
  const directoryExit = yesNo('directory-exit');
  const receipt = yesNo('receipt');
  if (directoryExit && !flags.directory) throw new UsageError('--directory-exit needs --directory <file>');
  const deadline = Date.now() + seconds('timeout', flags.timeout);
  const pngPath = flags['qr-png']!;
  // Loaded once the flags are known good: --help and flag errors answer without them.
  const [{ pngFromDataUrl }, { connectionSummary, openScriptAgent }] = await Promise.all([import('@connector-e2e/veramo-plugin'), import('./lib/agent.js')]);
  // A holder started meanwhile must not scan the previous run's invitation.
  rmSync(pngPath, { force: true });

  // The PNG carries the invitation secret: gone once a holder accepted, and when we exit.
  onExit(() => rmSync(pngPath, { force: true }));
  const opened = await openScriptAgent({ database: flags.db!, connectorUrl, secretKey: flags['secret-key'], kmsSecretKey: flags['kms-secret-key'], keysFile: flags['keys-file'] });
  onExit(() => opened.close());
  const { agent } = opened;
  const identifier = await agent.didManagerGetOrCreate({ alias: flags.alias!, provider: 'did:key', options: { keyType: 'Ed25519' } });
  const did = identifier.did;
  progress('identity', { did, alias: flags.alias });

  const before = new Set((await agent.e2eListConnections({ did })).connections.map((c) => c.connectionId));
  if (flags.directory) {
    const published = await agent.e2ePublishDirectory({ did, connectorUrl });
    mkdirSync(dirname(flags.directory), { recursive: true });
    writeFileSync(`${flags.directory}.part`, `${JSON.stringify({ connectorUrl: published.connectorUrl, participantId: published.participantId, did })}\n`);
    renameSync(`${flags.directory}.part`, flags.directory);
    progress('published', { participantId: published.participantId, signedPrekeyId: published.signedPrekeyId, stock: published.stock, file: flags.directory });
    if (directoryExit) return;
  } else {
    const invitation = await agent.e2eCreateInvitation({ did, ttlSeconds: Number(flags['ttl-seconds']), envelope });
    // The URL (and so the PNG) carries the invitation secret: the file is readable by its owner only,
    // and appears complete or not at all (a holder polls for it).
    mkdirSync(dirname(pngPath), { recursive: true });
    writeFileSync(`${pngPath}.part`, pngFromDataUrl(invitation.qr.pngDataUrl), { mode: 0o600 });
    renameSync(`${pngPath}.part`, pngPath);
    process.stdout.write(`\nScan this invitation (one-time, expires ${new Date(invitation.expiresAt * 1000).toISOString()}):\n${invitation.qr.terminal}\n`);
    progress('invitation', { tokenId: invitation.tokenId, qrVersion: invitation.qr.version, expiresAt: invitation.expiresAt, png: pngPath });
  }

  let announced = false;
  const connection = await waitFor('a holder to accept the invitation', deadline, async () => {
    const { connections } = await agent.e2eListConnections({ did });
    const mine = connections.find((c) => !before.has(c.connectionId));
    if (!mine) return undefined;
    if (!announced) {
      announced = true;
      rmSync(pngPath, { force: true });
      progress('accepted', { connectionId: mine.connectionId, state: mine.state, pngRemoved: true });
    }
    if (mine.state === 'failed' || mine.state === 'revoked') throw new Error(`handshake_failed: connection ${mine.connectionId} is ${mine.state}: ${mine.error ?? ''}`);
    return mine.state === 'established' ? mine : undefined;
  });
  const holderDid = connection.peerDid;
  if (!holderDid) throw new Error(`handshake_failed: connection ${connection.connectionId} has no peer DID`);
  progress('established', { connectionId: connection.connectionId, holderDid, handshakeMs: connection.handshakeMs, envelope: connection.envelope ?? 'plain' });

  const vc = await agent.createVerifiableCredential({
    credential: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential', flags.type!],
      issuer: { id: did },
      credentialSubject: { id: holderDid, ...claims },
    },
    proofFormat: 'jwt',
  });
  const jwt = vc.proof.jwt as string | undefined;
  if (typeof jwt !== 'string') throw new Error('credential_failed: the JWT provider returned no proof.jwt');
  progress('credential_issued', { type: flags.type, subject: holderDid, claims: Object.keys(claims), jwtBytes: jwt.length });

  const sent = await agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt } }, ...(receipt ? { receipt: true } : {}) });
  progress('sent', { connectionId: connection.connectionId, messageId: sent.messageId, epoch: sent.epoch, counter: sent.counter, delivered: sent.delivered });

  const acked = await waitFor('the holder\u2019s end-to-end ack', deadline, async () => {
    const c = await agent.e2eGetConnection({ connectionId: connection.connectionId });
    return c.unacked === 0 ? c : undefined;
  });
  if (receipt) {
    const got = await waitFor('the holder\u2019s signed delivery receipt', deadline, async () => {
      const r = await agent.e2eGetReceipt({ connectionId: connection.connectionId, messageId: sent.messageId });
      return r.status === 'received' ? r : undefined;
    });
    if (flags['receipt-out']) writeFileSync(flags['receipt-out'], `${got.jwt}\n`);
    progress('receipt', { messageId: sent.messageId, signer: got.issuer, contentHash: got.contentHash, jwtBytes: got.jwt?.length, file: flags['receipt-out'] });
  }
  progress('done', connectionSummary(acked));
});

function parseClaims(text: string): Record<string, unknown> {
  let claims: unknown;
  try {
    claims = JSON.parse(text);
  } catch {
    throw new UsageError('--claims: expected a JSON object');
  }
  if (!claims || typeof claims !== 'object' || Array.isArray(claims)) throw new UsageError('--claims: expected a JSON object');
  if ('id' in claims) throw new UsageError('--claims: the subject id is the holder DID; leave it out');
  return claims as Record<string, unknown>;
}
