/**
 * Holder agent (a wallet), as its own process:
 *
 *   node --conditions=connector-e2e:source --import tsx scripts/holder.ts --qr-png .tmp/invitation.png
 *   node --conditions=connector-e2e:source --import tsx scripts/holder.ts --invitation '<invitation URL>'
 *
 * Waits for the invitation's QR code as a PNG image, decodes it (what a phone camera does), or
 * takes the invitation URL itself, accepts the invitation (the plugin runs X3DH with the
 * issuer through the connector the invitation names), waits for the credential, verifies its
 * signature, and exits 0 once its end-to-end ack has gone out.
 *
 * Restartable: which invitation it accepted and the resulting connection are kept next to the
 * database. Started again with the same database (after a kill, say), it resumes that
 * connection, listens, and receives the credential exactly once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { E2EConnection, E2EReceivedMessage } from '@connector-e2e/veramo-plugin';
import type { ScriptAgent } from './lib/agent.js';
import { agentFlags, databaseFile, parseFlags, seconds, UsageError } from './lib/flags.js';
import { runScript, waitFor, type Progress } from './lib/run.js';

const USAGE = `Usage: holder.ts [--qr-png <file> | --invitation <url> | --directory <file>] [flags]

The holder always talks to the connector the invitation (or the directory file) names.`;
const FLAGS = [
  ...agentFlags('holder'),
  { name: 'invitation', env: 'E2E_INVITATION', help: 'the invitation URL itself, instead of --qr-png' },
  { name: 'credential-out', env: 'E2E_CREDENTIAL_OUT', help: 'also write the received credential (JWT) to this file (mode 0600)' },
  { name: 'directory', env: 'E2E_DIRECTORY', help: "connect through the connector's key directory to the issuer named in this JSON file (written by issuer.ts --directory), online or not" },
];
const REMOVED = { connector: 'the holder always uses the connector the invitation names' };

/** How long to wait before reading a bad PNG file again: it may have been caught mid-write. */
const REREAD_MS = 500;

/** What the holder keeps next to its database to survive restarts. No secrets: a hash of the invitation. */
interface HolderState {
  /** SHA-256 (hex) of the invitation URL. */
  invitation: string;
  connectorUrl: string;
  /** When accepting started (ms), to find the connection if the process died mid-accept. */
  startedAt: number;
  connectionId?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

runScript('holder', async ({ progress, onExit }) => {
  const flags = parseFlags(USAGE, FLAGS, process.argv.slice(2), process.env, { removed: REMOVED });
  if (!flags) return;
  const timeoutMs = seconds('timeout', flags.timeout);
  const deadline = Date.now() + timeoutMs;
  const pngPath = flags['qr-png']!;
  const stateFile = `${databaseFile(flags.db!)}.holder.json`;
  // Loaded once the flags are known good: --help and flag errors answer without them.
  const [{ decodeInvitationUrl }, { decodeQrPng }, { connectionSummary, openScriptAgent }] = await Promise.all([
    import('@connector-e2e/protocol'),
    import('@connector-e2e/veramo-plugin'),
    import('./lib/agent.js'),
  ]);
  const invitationProblem = (url: string): string | undefined => {
    try {
      decodeInvitationUrl(url);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };
  // Through the key directory: the issuer's side of it, from the file issuer.ts --directory wrote.
  const directory = flags.directory !== undefined ? readDirectoryFile(flags.directory) : undefined;
  if (directory && flags.invitation !== undefined) throw new UsageError('--directory and --invitation: give one');
  let state = directory ? undefined : readState(stateFile);

  let invitationUrl: string | undefined;
  if (flags.invitation !== undefined) {
    const problem = invitationProblem(flags.invitation);
    if (problem) throw new UsageError(`--invitation: not a valid invitation URL (${problem})`);
    invitationUrl = flags.invitation.trim();
    progress('invitation', { chars: invitationUrl.length });
  } else if (!directory && (!state?.connectionId || existsSync(pngPath))) {
    const read = () => readInvitationPng(pngPath, decodeQrPng, invitationProblem);
    const readChecked = async () => {
      let found = read();
      if (found?.problem) {
        await new Promise((r) => setTimeout(r, REREAD_MS));
        found = read();
        if (found?.problem) throw new Error(`invitation_unreadable: ${found.problem}`);
      }
      return found?.url;
    };
    // A kept connection is resumed unless a different invitation is waiting in the PNG file.
    const url = state?.connectionId
      ? await readChecked()
      : await waitFor(pngPath, deadline, readChecked, 100).catch((e: Error) => {
          if (!e.message.startsWith('timeout:')) throw e;
          throw new Error(`timeout: ${pngPath} never appeared within ${timeoutMs / 1000} s (start the issuer with the same --qr-png, or pass --invitation <url>)`);
        });
    if (url !== undefined && !(state?.connectionId && sha256(url) === state.invitation)) {
      invitationUrl = url;
      progress('scanned', { png: pngPath, chars: url.length });
    }
  }
  const resuming = invitationUrl === undefined || state?.invitation === sha256(invitationUrl);
  if (!resuming) state = undefined;
  const connectorUrl = directory?.connectorUrl ?? state?.connectorUrl ?? decodeInvitationUrl(invitationUrl).connectorUrl;

  const opened = await openScriptAgent({
    database: flags.db!,
    connectorUrl,
    secretKey: flags['secret-key'],
    kmsSecretKey: flags['kms-secret-key'],
    keysFile: flags['keys-file'],
    // Listening starts explicitly, once the state before it has been read.
    autoListen: false,
  });
  onExit(() => opened.close());
  const { agent } = opened;
  const did = (await agent.didManagerGetOrCreate({ alias: flags.alias!, provider: 'did:key', options: { keyType: 'Ed25519' } })).did;
  progress('identity', { did, alias: flags.alias });

  let connection: E2EConnection | undefined;
  if (state) connection = await keptConnection(opened, state, did);
  let preexisting: E2EReceivedMessage | undefined;
  if (connection) {
    preexisting = await credentialMessage(opened, connection.connectionId);
    await agent.e2eStartListening({});
    progress('resumed', connectionSummary(connection));
  } else if (directory) {
    // Established at once, the issuer online or not: its credential comes when it has started.
    connection = await agent.e2eConnectDirectory({ participantId: directory.participantId, peerDid: directory.did, did });
    await agent.e2eStartListening({});
    progress('connected', { connectionId: connection.connectionId, via: 'directory', participantId: directory.participantId, issuerDid: directory.did });
  } else {
    if (!invitationUrl) throw new Error('invitation_missing: the kept connection is gone and there is no invitation to accept');
    state = { invitation: sha256(invitationUrl), connectorUrl, startedAt: Date.now() };
    writeState(stateFile, state);
    connection = await agent.e2eAcceptInvitation({ invitation: invitationUrl, did, timeoutMs: Math.max(1000, deadline - Date.now()) });
    writeState(stateFile, { ...state, connectionId: connection.connectionId });
  }
  const connectionId = connection.connectionId;
  const sendNextBefore = connection.sendNext ?? 0;
  if (connection.state !== 'established') {
    connection = await waitFor('the handshake to complete', deadline, async () => {
      const c = await agent.e2eGetConnection({ connectionId });
      if (c.state === 'failed' || c.state === 'revoked') throw new Error(`handshake_failed: connection ${connectionId} is ${c.state}: ${c.error ?? ''}`);
      return c.state === 'established' ? c : undefined;
    });
  }
  progress('established', { connectionId, issuerDid: connection.peerDid, handshakeMs: connection.handshakeMs, envelope: connection.envelope ?? 'plain' });

  const received = preexisting ?? (await waitFor('the credential', deadline, () => credentialMessage(opened, connectionId)));
  const jwt = received.message.credentialJwt?.jwt ?? '';
  const result = await agent.verifyCredential({ credential: jwt });
  if (!result.verified) throw new Error(`credential_invalid: ${result.error?.message ?? 'verification failed'}`);
  const vc = result.verifiableCredential as { issuer?: { id?: string } | string; credentialSubject?: Record<string, unknown>; type?: string[]; issuanceDate?: string } | undefined;
  const issuer = typeof vc?.issuer === 'string' ? vc.issuer : vc?.issuer?.id;
  const subject = vc?.credentialSubject?.id;
  if (issuer !== connection.peerDid) throw new Error(`credential_invalid: issued by ${issuer}, but the connection's peer is ${connection.peerDid}`);
  if (subject !== did) throw new Error(`credential_invalid: issued to ${String(subject)}, not to this holder (${did})`);
  await agent.dataStoreSaveVerifiableCredential({ verifiableCredential: result.verifiableCredential });
  if (flags['credential-out']) writeFileSync(flags['credential-out'], `${jwt}\n`, { mode: 0o600 });
  const copies = (await agent.e2eGetMessages({ connectionId })).messages.filter((m) => m.kind === 'credentialJwt').length;
  // On an ETAMP connection, what a third party would check: the record's envelope, exported and
  // verified by did-jwt alone (this agent's resolver, this holder as the audience).
  let envelope: Record<string, unknown> | undefined;
  if (connection.envelope === 'etamp') {
    const exported = await agent.e2eExportRecord({ connectionId, messageId: received.messageId });
    const { decodeJWT, verifyJWT } = await import('did-jwt');
    const checked = await verifyJWT(exported.jwt, { resolver: { resolve: (didUrl: string) => agent.resolveDid({ didUrl }) }, audience: did });
    if (checked.issuer !== connection.peerDid) throw new Error(`envelope_invalid: signed by ${checked.issuer}, but the connection's peer is ${connection.peerDid}`);
    envelope = { verified: checked.verified, signer: checked.issuer, alg: decodeJWT(exported.jwt).header.alg, jwtBytes: exported.jwt.length };
  }
  progress('credential', {
    connectionId,
    messageId: received.messageId,
    verified: true,
    type: vc?.type?.filter((t) => t !== 'VerifiableCredential'),
    issuer,
    subject,
    claims: Object.keys(vc?.credentialSubject ?? {}).filter((k) => k !== 'id'),
    issuanceDate: vc?.issuanceDate,
    copies,
    alreadyStored: preexisting !== undefined,
    ...(envelope ? { envelope } : {}),
  });

  if (!preexisting) await ackSent(opened, connectionId, sendNextBefore, deadline, progress);
  progress('done', connectionSummary(await agent.e2eGetConnection({ connectionId })));
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The invitation in a PNG file: undefined while the file does not exist, else its URL or what
 * is wrong with it (not a PNG, no QR code, a QR code that is not an invitation).
 */
function readInvitationPng(path: string, decodeQrPng: (png: Uint8Array) => string, invitationProblem: (url: string) => string | undefined): { url?: string; problem?: string } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: `${path} cannot be read (${(e as Error).message})` };
  }
  if (bytes.length === 0) return { problem: `${path} is empty, not a PNG image` };
  if (!bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return { problem: `${path} is not a PNG image` };
  let text: string;
  try {
    text = decodeQrPng(bytes);
  } catch (e) {
    const message = (e as Error).message;
    if (/no QR code/i.test(message)) return { problem: `${path} is a PNG image with no QR code in it` };
    return { problem: `${path} is a damaged or truncated PNG image (${message})` };
  }
  const problem = invitationProblem(text);
  if (problem) return { problem: `the QR code in ${path} is not a valid invitation (${problem})` };
  return { url: text };
}

/** The issuer's side of the key directory, as issuer.ts --directory wrote it. */
function readDirectoryFile(file: string): { connectorUrl: string; participantId: string; did: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--directory: ${file} is not a readable JSON file (${(e as Error).message})`);
  }
  const d = parsed as Record<string, unknown>;
  if (typeof d?.connectorUrl !== 'string' || !/^https?:\/\//.test(d.connectorUrl) || typeof d.participantId !== 'string' || typeof d.did !== 'string' || !d.did.startsWith('did:')) {
    throw new UsageError(`--directory: ${file} does not hold { connectorUrl, participantId, did }`);
  }
  return { connectorUrl: d.connectorUrl, participantId: d.participantId, did: d.did };
}

function readState(file: string): HolderState | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as HolderState;
}

function writeState(file: string, state: HolderState): void {
  writeFileSync(`${file}.part`, `${JSON.stringify(state)}\n`, { mode: 0o600 });
  renameSync(`${file}.part`, file);
}

/** The connection a previous run made from this invitation, if it got that far. */
async function keptConnection({ agent }: ScriptAgent, state: HolderState, did: string): Promise<E2EConnection | undefined> {
  if (state.connectionId) return agent.e2eGetConnection({ connectionId: state.connectionId });
  // The previous run died while accepting: the plugin stores the connection before the handshake.
  const { connections } = await agent.e2eListConnections({ did });
  return connections.filter((c) => c.role === 'holder' && Date.parse(c.createdAt) >= state.startedAt).pop();
}

async function credentialMessage({ agent }: ScriptAgent, connectionId: string): Promise<E2EReceivedMessage | undefined> {
  const { messages } = await agent.e2eGetMessages({ connectionId });
  return messages.find((m) => m.kind === 'credentialJwt');
}

/**
 * The plugin acks every stored message end to end with an encrypted ack record, which takes a
 * send counter: once sendNext moves, the ack is sealed and queued. Stopping the agent then waits
 * for the queue to reach the connector.
 */
async function ackSent({ agent }: ScriptAgent, connectionId: string, sendNextBefore: number, deadline: number, progress: Progress): Promise<void> {
  await waitFor('the end-to-end ack to be sealed', deadline, async () => ((await agent.e2eGetConnection({ connectionId })).sendNext ?? 0) > sendNextBefore || undefined);
  await new Promise((r) => setTimeout(r, 100));
  await agent.e2eStopListening({});
  progress('acked', { connectionId });
}
