/**
 * Agents at a connector run with `--registration otp` (docs/protocol.md 27): nothing talks to
 * it before e2eRegister, which takes the operator's one-time password once; afterwards the
 * agents connect and exchange messages as anywhere, also after a restart without a new OTP.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorE2EError } from '../src/index.js';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

const ADMIN_TOKEN = 'operator-token-0123456789';

async function issueOtp(connector: TestConnector, identifier: string): Promise<string> {
  const res = await fetch(`${connector.url}/admin/v1/registration-otps`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ identifier }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { otp: string }).otp;
}

async function failure(p: Promise<unknown>): Promise<Error & { code?: string }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof Error)) throw new Error('expected the call to fail');
  return e;
}

describe('agents at a connector that registers with one-time passwords', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let holder: TestAgent;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-otp-'));
  const issuerKeys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };

  beforeAll(async () => {
    connector = await startConnector(undefined, ['--registration', 'otp', '--admin-token', ADMIN_TOKEN]);
    issuer = await makeAgent({ connectorUrl: connector.url, autoListen: false, database: join(dir, 'issuer.sqlite'), ...issuerKeys });
    holder = await makeAgent({ connectorUrl: connector.url, autoListen: false });
  }, 60_000);

  afterAll(async () => {
    for (const a of [issuer, holder]) await a?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('before e2eRegister, a method that talks to the connector fails with registration_required naming e2eRegister', async () => {
    const e = await failure(issuer.agent.e2eCreateInvitation({ did: issuer.did }));
    expect(ConnectorE2EError.is(e, 'registration_required')).toBe(true);
    expect(e.message).toContain('e2eRegister');
  });

  it('e2eRegister refuses a malformed OTP or identifier as invalid_argument, and a wrong OTP as connector_refused naming otp_invalid', async () => {
    for (const args of [{ identifier: 'issuer', otp: 'short' }, { identifier: '', otp: 'AAAAAAAAAA' }, { identifier: 'issuer', otp: 'AAAAAAAAAA', connectorUrl: 'ftp://x' }]) {
      expect((await failure(issuer.agent.e2eRegister(args))).message, JSON.stringify(args)).toMatch(/^invalid_argument: /);
    }
    await issueOtp(connector, 'issuer@example.org');
    const e = await failure(issuer.agent.e2eRegister({ identifier: 'issuer@example.org', otp: 'AAAAAAAAAA' }));
    expect(ConnectorE2EError.is(e, 'connector_refused')).toBe(true);
    expect(e.message).toContain('otp_invalid');
  });

  it('with their OTPs (typed in lower case with a hyphen) both agents register, connect and exchange a message', async () => {
    const issuerOtp = await issueOtp(connector, 'issuer@example.org');
    const registration = await issuer.agent.e2eRegister({ identifier: 'issuer@example.org', otp: `${issuerOtp.slice(0, 5).toLowerCase()}-${issuerOtp.slice(5)}` });
    expect(registration.connectorUrl).toBe(connector.url);
    expect(registration.participantId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const holderOtp = await issueOtp(connector, '+15555550123');
    await holder.agent.e2eRegister({ connectorUrl: connector.url, identifier: '+15555550123', otp: holderOtp });

    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    await issuer.agent.e2eStartListening({});
    const connection = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    const sent = await holder.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'a.b.c' } } });
    const got = await eventually(async () => (await issuer.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages.find((m) => m.messageId === sent.messageId));
    expect(got.message.credentialJwt?.jwt).toBe('a.b.c');
  }, 60_000);

  it('a restarted agent talks to the connector again without a new OTP (its key is registered)', async () => {
    await issuer.close();
    issuer = await makeAgent({ connectorUrl: connector.url, autoListen: false, database: join(dir, 'issuer.sqlite'), did: issuer.did, ...issuerKeys });
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    expect(invitation.connectorUrl).toBe(connector.url);
  }, 60_000);
});
