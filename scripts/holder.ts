/**
 * Holder agent (a wallet), as its own process:
 *
 *   node --conditions=connector-e2e:source --import tsx scripts/holder.ts --qr-png .tmp/invitation.png
 *
 * Waits for the invitation's QR code as a PNG image, decodes it (what a phone camera does),
 * accepts the invitation (the plugin runs X3DH with the issuer), waits for the credential,
 * verifies its signature, and exits 0 once its end-to-end ack has gone out.
 *
 * Restartable: which invitation it accepted and the resulting connection are kept next to the
 * database. Started again with the same database (after a kill, say), it resumes that
 * connection, listens, and receives the credential exactly once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { decodeInvitationUrl } from '@connector-e2e/protocol';
import { decodeQrPng, type E2EConnection, type E2EReceivedMessage } from '@connector-e2e/veramo-plugin';
import { agentFlags, connectionSummary, openScriptAgent, type ScriptAgent } from './lib/agent.js';
import { parseFlags, seconds } from './lib/flags.js';
import { runScript, waitFor, type Progress } from './lib/run.js';

const USAGE = 'Usage: holder.ts [flags]   (the connector URL comes from the invitation unless --connector is given)';
const FLAGS = [
  { name: 'connector', env: 'CONNECTOR_URL', help: 'base URL of the connector (default: the one the invitation names)' },
  ...agentFlags('holder'),
  { name: 'credential-out', env: 'E2E_CREDENTIAL_OUT', help: 'also write the received credential (JWT) to this file (mode 0600)' },
];

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
  const flags = parseFlags(USAGE, FLAGS, process.argv.slice(2), process.env);
  if (!flags) return;
  const deadline = Date.now() + seconds('timeout', flags.timeout);
  const pngPath = flags['qr-png']!;
  const stateFile = `${flags.db!}.holder.json`;
  let state = readState(stateFile);

  // A kept connection is resumed unless a different invitation is waiting in the PNG file.
  let invitationUrl: string | undefined;
  if (!state?.connectionId || (existsSync(pngPath) && sha256(scan(pngPath) ?? '') !== state.invitation)) {
    invitationUrl = await waitFor(`a readable QR code in ${pngPath}`, deadline, async () => (existsSync(pngPath) ? scan(pngPath) : undefined), 100);
    progress('scanned', { png: pngPath, chars: invitationUrl.length });
  }
  const resuming = invitationUrl === undefined || state?.invitation === sha256(invitationUrl);
  if (!resuming) state = undefined;
  const connectorUrl = flags.connector ?? state?.connectorUrl ?? decodeInvitationUrl(invitationUrl).connectorUrl;

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
  progress('established', { connectionId, issuerDid: connection.peerDid, handshakeMs: connection.handshakeMs });

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
  });

  if (!preexisting) await ackSent(opened, connectionId, sendNextBefore, deadline, progress);
  progress('done', connectionSummary(await agent.e2eGetConnection({ connectionId })));
});

/** Decodes the QR code in the PNG file; undefined while the file is missing or not yet readable. */
function scan(path: string): string | undefined {
  try {
    return decodeQrPng(readFileSync(path));
  } catch {
    return undefined;
  }
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
