/**
 * Trust on first use: each agent pins a peer DID's X25519 identity key at the first handshake
 * with it; a later handshake of that DID with another key fails with identity_changed on
 * whichever side sees it, until the user accepts the change.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorE2EError } from '../src/index.js';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

async function failure(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof Error)) throw new Error('expected the call to fail');
  return e;
}

describe('peer identity keys pinned on first use', () => {
  let connector: TestConnector;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-tofu-'));
  const keys = { issuer: { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') }, holder: { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') } };
  const agents: Record<'issuer' | 'holder', TestAgent | undefined> = { issuer: undefined, holder: undefined };
  const open = async (who: 'issuer' | 'holder', did?: string) => (agents[who] = await makeAgent({ connectorUrl: connector.url, database: join(dir, `${who}.sqlite`), ...keys[who], ...(did ? { did } : {}) }));
  /** The agent again, as after a reinstall that kept the DID but lost the X25519 identity key. */
  const reinstall = async (who: 'issuer' | 'holder') => {
    const a = agents[who]!;
    await a.db.query('DELETE FROM e2e_identity');
    await a.close();
    return open(who, a.did);
  };
  const connect = async (timeoutMs?: number) => {
    const invitation = await agents.issuer!.agent.e2eCreateInvitation({ did: agents.issuer!.did });
    return agents.holder!.agent.e2eAcceptInvitation({ invitation: invitation.url, did: agents.holder!.did, ...(timeoutMs ? { timeoutMs } : {}) });
  };

  beforeAll(async () => {
    connector = await startConnector();
    await open('issuer');
    await open('holder');
  }, 60_000);

  afterAll(async () => {
    for (const a of Object.values(agents)) await a?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('the first connection pins; a second one with the same keys connects as before', async () => {
    expect((await connect()).state).toBe('established');
    expect((await connect()).state).toBe('established');
  }, 60_000);

  it("an issuer whose identity key changed is refused by the holder with identity_changed until the holder accepts the change, once", async () => {
    await reinstall('issuer');
    const e = await failure(connect());
    expect(ConnectorE2EError.is(e, 'identity_changed'), e.message).toBe(true);
    expect(e.message).toContain('e2eAcceptIdentityChange');
    const holder = agents.holder!.agent;
    const failed = (await holder.e2eListConnections({})).connections.filter((c) => c.state === 'failed');
    expect(failed).toHaveLength(1);
    // nothing was pinned by the refused handshake: it fails again the same way
    expect(ConnectorE2EError.is(await failure(connect()), 'identity_changed')).toBe(true);
    const accepted = await holder.e2eAcceptIdentityChange({ did: agents.issuer!.did });
    expect(accepted.identityKey).toMatch(/^[0-9a-f]{64}$/);
    expect(ConnectorE2EError.is(await failure(holder.e2eAcceptIdentityChange({ did: agents.issuer!.did })), 'not_found')).toBe(true);
    const connection = await connect();
    expect(connection.state).toBe('established');
    const sent = await agents.issuer!.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'a.b.c' } } });
    await eventually(async () => (await holder.e2eGetMessages({ connectionId: connection.connectionId })).messages.some((m) => m.messageId === sent.messageId));
  }, 90_000);

  it('a holder whose identity key changed is refused by the issuer, whose connection fails with identity_changed', async () => {
    await reinstall('holder');
    // the issuer refuses the init and revokes the connection; the holder, which does not act on
    // an unauthenticated revocation notice, waits for its (short) deadline
    expect(ConnectorE2EError.is(await failure(connect(2_000)), 'handshake_timeout')).toBe(true);
    const issuer = agents.issuer!.agent;
    const failed = await eventually(async () => (await issuer.e2eListConnections({})).connections.find((c) => c.state === 'failed' && /identity_changed/.test(c.error ?? '')));
    expect(failed.peerDid ?? agents.holder!.did).toBe(agents.holder!.did);
    expect((await issuer.e2eAcceptIdentityChange({ did: agents.holder!.did })).did).toBe(agents.holder!.did);
    expect((await connect()).state).toBe('established');
  }, 90_000);

  it('refuses a malformed DID as invalid_argument', async () => {
    expect((await failure(agents.holder!.agent.e2eAcceptIdentityChange({ did: 'not-a-did' }))).message).toMatch(/^invalid_argument: /);
  });
});
