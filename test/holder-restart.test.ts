/**
 * The holder script as its own process, killed (SIGKILL) after it accepted an invitation and
 * started again on the same database: it resumes the connection, receives the credential the
 * issuer sent meanwhile, verifies it, acks it, and never shows it twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngFromDataUrl } from '@connector-e2e/veramo-plugin';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from '../packages/veramo-plugin/test/helpers.js';
import { startTs, stopAll, type Child } from '../scripts/lib/children.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Event = Record<string, unknown> & { event: string };

function startHolder(args: string[]): { child: Child; events: Event[]; next(event: string, timeoutMs?: number): Promise<Event> } {
  const events: Event[] = [];
  const child = startTs('holder', join(root, 'scripts/holder.ts'), args, {
    cwd: root,
    onStdoutLine: (line) => {
      if (line.startsWith('{')) events.push(JSON.parse(line) as Event);
    },
  });
  return {
    child,
    events,
    next: (event, timeoutMs = 30_000) => eventually(() => events.find((e) => e.event === event), timeoutMs, `the holder's "${event}" event (stderr: ${child.stderr()})`),
  };
}

describe('the holder script survives a kill after accepting', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let dir: string;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url });
    dir = mkdtempSync(join(tmpdir(), 'holder-restart-'));
  }, 60_000);

  afterAll(async () => {
    await stopAll();
    await issuer?.close();
    await connector?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('resumes the connection, gets the credential sent while it was down exactly once, and acks it', async () => {
    const png = join(dir, 'invitation.png');
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    writeFileSync(png, pngFromDataUrl(invitation.qr.pngDataUrl));
    const args = ['--db', join(dir, 'holder.sqlite'), '--qr-png', png, '--timeout', '60'];

    const first = startHolder(args);
    const established = await first.next('established');
    const connectionId = established.connectionId as string;
    first.child.proc.kill('SIGKILL');
    expect(await first.child.exited).toBe('SIGKILL');

    // The issuer sends while the holder is down: the connector keeps the ciphertext.
    const conn = await eventually(async () => {
      const c = await issuer.agent.e2eGetConnection({ connectionId });
      return c.state === 'established' ? c : undefined;
    });
    const vc = await issuer.agent.createVerifiableCredential({
      credential: { issuer: { id: issuer.did }, credentialSubject: { id: conn.peerDid!, name: 'Restarted Holder' } },
      proofFormat: 'jwt',
    });
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: vc.proof.jwt as string } } });
    expect(sent.delivered).toBe(true);

    const second = startHolder(args);
    expect(await second.child.exited, second.child.stderr()).toBe(0);
    expect(second.events.find((e) => e.event === 'scanned')).toBeUndefined();
    expect(second.events.find((e) => e.event === 'resumed')?.connectionId).toBe(connectionId);
    const credential = second.events.find((e) => e.event === 'credential');
    expect(credential).toMatchObject({ connectionId, messageId: sent.messageId, verified: true, copies: 1, alreadyStored: false, issuer: issuer.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).unacked === 0, 15_000, 'the end-to-end ack');

    // A third run finds the credential stored once and does not accept anything again.
    const third = startHolder(args);
    expect(await third.child.exited, third.child.stderr()).toBe(0);
    expect(third.events.find((e) => e.event === 'credential')).toMatchObject({ connectionId, messageId: sent.messageId, copies: 1, alreadyStored: true });
  }, 120_000);
});
