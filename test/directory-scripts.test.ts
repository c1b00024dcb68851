/**
 * The integration scripts' offline set-up through the key directory, each agent its own process:
 * the issuer publishes its pre-keys and exits; the holder connects while the issuer is offline
 * and waits; the issuer starts again, completes the session, issues the credential with a
 * receipt request, and gets the holder's receipt signed by its DID.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJWT } from 'did-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startConnector, type TestConnector } from '../packages/veramo-plugin/test/helpers.js';
import { startTs, stopAll } from '../scripts/lib/children.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
type Event = Record<string, unknown> & { event: string };

function run(name: 'issuer' | 'holder', args: string[]) {
  const events: Event[] = [];
  const child = startTs(name, join(root, `scripts/${name}.ts`), args, {
    cwd: root,
    onStdoutLine: (line) => {
      if (line.startsWith('{')) events.push(JSON.parse(line) as Event);
    },
  });
  return { child, events, next: (event: string) => eventually(() => events.find((e) => e.event === event), 60_000, `the ${name}'s "${event}" event (stderr: ${child.stderr()})`) };
}

describe('the scripts set up a connection through the key directory while the issuer is offline', () => {
  let connector: TestConnector;
  let dir: string;

  beforeAll(async () => {
    connector = await startConnector();
    dir = mkdtempSync(join(tmpdir(), 'directory-scripts-'));
  }, 60_000);

  afterAll(async () => {
    await stopAll();
    await connector?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes, connects offline, issues with a receipt request and receives the signed receipt', async () => {
    const file = join(dir, 'issuer-directory.json');
    const issuerArgs = ['--connector', connector.url, '--db', join(dir, 'issuer.sqlite'), '--directory', file, '--timeout', '90'];
    const publish = run('issuer', [...issuerArgs, '--directory-exit', 'yes']);
    expect(await publish.child.exited, publish.child.stderr()).toBe(0);
    const published = publish.events.find((e) => e.event === 'published');
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { connectorUrl: string; participantId: string; did: string };
    expect(entry).toMatchObject({ connectorUrl: connector.url, participantId: published?.participantId });

    // The issuer is not running: the holder connects and waits for the credential.
    const holder = run('holder', ['--db', join(dir, 'holder.sqlite'), '--directory', file, '--timeout', '90']);
    const connected = await holder.next('connected');
    expect(connected.issuerDid).toBe(entry.did);

    const receiptFile = join(dir, 'receipt.jws');
    const issuer = run('issuer', [...issuerArgs, '--receipt', 'yes', '--receipt-out', receiptFile]);
    expect(await issuer.child.exited, issuer.child.stderr()).toBe(0);
    expect(await holder.child.exited, holder.child.stderr()).toBe(0);
    expect(issuer.events.find((e) => e.event === 'established')?.connectionId).toBe(connected.connectionId);
    const credential = holder.events.find((e) => e.event === 'credential');
    expect(credential).toMatchObject({ verified: true, issuer: entry.did });

    expect(existsSync(receiptFile)).toBe(true);
    const jws = readFileSync(receiptFile, 'utf8').trim();
    const { header, payload } = decodeJWT(jws);
    expect(header.typ).toBe('connector-e2e-receipt+jwt');
    expect(payload).toMatchObject({ iss: holder.events.find((e) => e.event === 'identity')?.did, aud: entry.did, cid: connected.connectionId, mid: credential?.messageId });
    expect(issuer.events.find((e) => e.event === 'receipt')?.signer).toBe(payload.iss);
  }, 240_000);
});
